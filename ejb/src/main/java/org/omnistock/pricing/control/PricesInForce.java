package org.omnistock.pricing.control;

import java.util.List;

/**
 * CDI event, fired in the transaction that recorded prices which take effect at once: the SKUs of a price list whose
 * price may have changed now (prices that take effect later are not announced here when they do).
 */
public record PricesInForce(String currency, List<String> skus) {
}
