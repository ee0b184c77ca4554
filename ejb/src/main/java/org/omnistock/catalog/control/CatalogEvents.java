package org.omnistock.catalog.control;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import org.omnistock.catalog.entity.Sku;
import org.omnistock.messages.Destinations;
import org.omnistock.messages.JsonCodec;
import org.omnistock.messages.catalog.CatalogChanged;
import org.omnistock.messages.catalog.CatalogItem;
import org.omnistock.outbox.control.Outbox;
import org.omnistock.outbox.control.OutgoingEvent;

/**
 * Tells stores of SKUs as they now are on {@code omnistock.sku.changed}, through the outbox, in the transaction that
 * changed them: sent if and only if the change commits. Many SKUs (a catalog file) go in as few messages as fit the
 * outbox's body size, so that a store's item master is written once per message, not once per SKU.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class CatalogEvents {

    /** The most of a message's body the items take: the outbox keeps bodies of up to 32,000 characters. */
    static final int MAX_ITEMS_CHARS = 30_000;

    /** A SKU that changed, with its barcodes as they now are. */
    public record Changed(Sku sku, List<String> barcodes) {
    }

    @Inject
    Outbox outbox;

    @Inject
    Clock clock;

    public void skuChanged(Sku sku, List<String> barcodes) {
        skusChanged(List.of(new Changed(sku, barcodes)));
    }

    /** The SKUs must be locked or new in this transaction, so that their sequences follow the order of commits. */
    public void skusChanged(List<Changed> changes) {
        List<CatalogItem> batch = new ArrayList<>();
        int chars = 0;
        for (Changed change : changes) {
            Sku sku = change.sku();
            CatalogItem item = new CatalogItem(sku.getCode(), sku.getName(), sku.getCategory(), change.barcodes(),
                    sku.nextSequence(), sku.tax().taxClass(), sku.tax().hsnCode());
            int size = JsonCodec.toJson(item).length() + 1;
            if (!batch.isEmpty() && chars + size > MAX_ITEMS_CHARS) {
                publish(batch);
                batch = new ArrayList<>();
                chars = 0;
            }
            batch.add(item);
            chars += size;
        }
        if (!batch.isEmpty()) {
            publish(batch);
        }
    }

    private void publish(List<CatalogItem> items) {
        String eventId = UUID.randomUUID().toString();
        CatalogChanged event = new CatalogChanged(CatalogChanged.SCHEMA_VERSION, eventId, items, clock.instant());
        outbox.enqueue(new OutgoingEvent(Destinations.SKU_CHANGED, true, CatalogChanged.EVENT_TYPE, eventId, Map.of(),
                JsonCodec.toJson(event), "catalog"));
    }
}
