package org.omnistock.messages.promotion;

import java.math.BigDecimal;
import java.util.List;

/**
 * @param subtotal      the lines before discounts
 * @param discountTotal all discounts, on lines and on shipping
 * @param total         subtotal + shipping - discountTotal
 */
public record PricedBasket(String currency, List<PricedLine> lines, BigDecimal subtotal, BigDecimal shipping,
                           BigDecimal shippingDiscount, List<AppliedPromotion> applied,
                           List<SkippedPromotion> skipped, BigDecimal discountTotal, BigDecimal total) {
}
