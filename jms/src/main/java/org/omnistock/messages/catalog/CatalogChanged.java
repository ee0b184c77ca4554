package org.omnistock.messages.catalog;

import java.time.Instant;
import java.util.List;

/**
 * Published on {@link org.omnistock.messages.Destinations#SKU_CHANGED} when SKUs are created or their name,
 * category or barcodes change: each SKU as it now is, so that a store's item master finds it by any of its barcodes
 * offline. A catalog file's changes come in several messages, each within the broker's message size.
 */
public record CatalogChanged(int schemaVersion, String eventId, List<CatalogItem> items, Instant occurredAt) {

    public static final int SCHEMA_VERSION = 1;
    public static final String EVENT_TYPE = "CatalogChanged";

    public CatalogChanged {
        items = items == null ? List.of() : List.copyOf(items);
    }
}
