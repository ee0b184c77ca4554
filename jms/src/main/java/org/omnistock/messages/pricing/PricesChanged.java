package org.omnistock.messages.pricing;

import java.time.Instant;
import java.util.List;

/**
 * Published on {@link org.omnistock.messages.Destinations#PRICE_CHANGED} when prices of a list are recorded (each
 * effective at its own instant, usually later), or when the list's scope or window changes ({@code prices} empty).
 * A bulk update is split into several messages of the same list, in order.
 *
 * @param sequence grows by one with every message of this price list
 */
public record PricesChanged(int schemaVersion, String eventId, PriceScope priceList, List<PriceEntry> prices,
                            long sequence, Instant occurredAt) {

    public static final int SCHEMA_VERSION = 1;
    public static final String EVENT_TYPE = "PricesChanged";

    public PricesChanged {
        prices = prices == null ? List.of() : List.copyOf(prices);
    }
}
