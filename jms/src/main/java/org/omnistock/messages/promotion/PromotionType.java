package org.omnistock.messages.promotion;

public enum PromotionType {
    /** {@code percent} off the qualifying items, or off the basket when the target is the basket. */
    PERCENT_OFF,
    /** {@code amount} off each qualifying unit, or once off the basket when the target is the basket. */
    AMOUNT_OFF,
    /** For every {@code buyQuantity + getQuantity} qualifying units, the {@code getQuantity} cheapest are free
     * (or {@code percent} off, when given). */
    BUY_X_GET_Y,
    /** One unit of each SKU of the target together cost {@code bundlePrice}. */
    BUNDLE_PRICE,
    /** Shipping is free when the basket reaches {@code minimumSubtotal}. */
    FREE_SHIPPING
}
