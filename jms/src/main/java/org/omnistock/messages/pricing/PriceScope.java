package org.omnistock.messages.pricing;

import java.time.Instant;

import org.omnistock.messages.Headers;

/**
 * A price list, as far as choosing a price goes.
 *
 * @param channel       a channel code, or null for every channel
 * @param priceZone     a price zone code, or null for every location
 * @param customerGroup a customer group code, or null for every customer
 * @param validFrom     null for "since ever"
 * @param validTo       exclusive; null for "until further notice"
 * @param taxIncluded   whether its prices include tax (docs/sale-to-cash.md, "tax"); null (a message from before it
 *                      was said) for yes, as every list was then
 */
public record PriceScope(String priceList, String currency, String channel, String priceZone, String customerGroup,
                         int priority, Instant validFrom, Instant validTo, Boolean taxIncluded) {

    /** The value of the {@code priceZone} header of a list that applies in every zone. */
    public static final String ALL_ZONES = "ALL";

    /** Whether its prices include tax: a list that does not say does. */
    public boolean pricesIncludeTax() {
        return taxIncluded == null || taxIncluded;
    }

    public boolean validAt(Instant at) {
        return (validFrom == null || !validFrom.isAfter(at)) && (validTo == null || validTo.isAfter(at));
    }

    /** Group 4, channel 2, zone 1: see the package documentation. */
    public int specificity() {
        return (customerGroup != null ? 4 : 0) + (channel != null ? 2 : 0) + (priceZone != null ? 1 : 0);
    }

    public String zoneHeader() {
        return priceZone == null ? ALL_ZONES : priceZone;
    }

    /**
     * The selector a store in this zone subscribes to price changes with: its zone's lists and those of every zone
     * ({@code priceZone IN ('NL','ALL')}); every list for a store in no zone (null).
     */
    public static String zoneSelector(String zone) {
        return zone == null ? null : Headers.PRICE_ZONE + " IN ('" + zone.replace("'", "''") + "', '" + ALL_ZONES
                + "')";
    }

    boolean matches(PriceQuery query) {
        return currency.equals(query.currency()) && fits(channel, query.channel()) && fits(priceZone, query.priceZone())
                && fits(customerGroup, query.customerGroup());
    }

    private static boolean fits(String scoped, String asked) {
        return scoped == null || scoped.equals(asked);
    }
}
