package org.omnistock.messages.pricing;

/**
 * Whom a price is for. Null channel, zone or group means "none in particular": only lists without that scope apply.
 */
public record PriceQuery(String currency, String channel, String priceZone, String customerGroup, int quantity) {
}
