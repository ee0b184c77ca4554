package org.omnistock.messages.pricing;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * The price of a SKU in a list from a minimum quantity, in force from {@code effectiveFrom} until a later entry of
 * the same list, SKU and minimum quantity takes over.
 *
 * @param amount the unit price, in the list's currency
 */
public record PriceEntry(String sku, BigDecimal amount, int minQuantity, Instant effectiveFrom) {
}
