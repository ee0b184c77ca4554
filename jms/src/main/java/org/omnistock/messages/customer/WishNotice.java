package org.omnistock.messages.customer;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * A SKU a customer wished for is back on sale, or costs them less, on
 * {@link org.omnistock.messages.Destinations#WISH_NOTICE}: for the system that tells the customer (e-mail, app), which
 * looks up how to reach them and whether they agreed to it (the consents are here as a first filter). No personal
 * data.
 *
 * @param reason        {@code BACK_ON_SALE}: the channel may sell it again ({@code sellable} units), after it could
 *                      not; {@code PRICE_DROP}: the customer's price ({@code price}, for their customer group) is below
 *                      the one they were last told of ({@code previousPrice})
 * @param channel       the channel it is back on sale in; for a price drop, the channel the wish was made in (null:
 *                      a store or the back office)
 */
public record WishNotice(int schemaVersion, String eventId, String customerNumber, String sku, String reason,
                         String channel, Long sellable, String currency, BigDecimal price, BigDecimal previousPrice,
                         boolean emailConsent, boolean smsConsent, Instant at) {

    public static final int SCHEMA_VERSION = 1;
    public static final String EVENT_TYPE = "WishNotice";
    public static final String BACK_ON_SALE = "BACK_ON_SALE";
    public static final String PRICE_DROP = "PRICE_DROP";
}
