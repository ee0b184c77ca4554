package org.omnistock.messages.tax;

import java.math.BigDecimal;

/**
 * A line as the customer pays for it: after promotions and points, at the currency's digits, zero or more;
 * tax-inclusive or not as its price list keeps prices.
 */
public record TaxableLine(String sku, TaxClass taxClass, String hsn, BigDecimal amount) {
}
