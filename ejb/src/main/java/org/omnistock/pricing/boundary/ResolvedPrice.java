package org.omnistock.pricing.boundary;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * The price of a SKU for a context, and where it comes from.
 *
 * @param priceZone         the zone of the context's location, if any
 * @param lowestPriorPrice  the lowest unit price of the 30 days before {@code at} (the EU's prior price rule)
 */
public record ResolvedPrice(String sku, String currency, int quantity, BigDecimal amount, String priceList,
                            int minQuantity, Instant effectiveFrom, BigDecimal lowestPriorPrice, String channel,
                            String location, String priceZone, String customerGroup, Instant at) {
}
