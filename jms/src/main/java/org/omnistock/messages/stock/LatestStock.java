package org.omnistock.messages.stock;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What a store or channel knows of stock levels, fed by {@link StockChanged} events in whatever order they arrive:
 * an event whose sequence is not newer than the one held for its SKU at its location is stale and ignored. This is
 * the rule every receiver applies; a store agent or connector can use this class as it is.
 */
public final class LatestStock {

    private final Map<Key, StockChanged> levels = new ConcurrentHashMap<>();

    /** @return true if the event was newer and is now held; false if it was stale or a repeat */
    public boolean apply(StockChanged event) {
        Key key = new Key(event.sku(), event.locationId());
        boolean[] applied = {false};
        levels.compute(key, (k, held) -> {
            if (held == null || event.sequence() > held.sequence()) {
                applied[0] = true;
                return event;
            }
            return held;
        });
        return applied[0];
    }

    public Optional<StockChanged> level(String sku, String locationId) {
        return Optional.ofNullable(levels.get(new Key(sku, locationId)));
    }

    private record Key(String sku, String locationId) {
    }
}
