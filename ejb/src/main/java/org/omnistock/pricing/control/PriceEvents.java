package org.omnistock.pricing.control;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import org.omnistock.messages.Destinations;
import org.omnistock.messages.Headers;
import org.omnistock.messages.JsonCodec;
import org.omnistock.messages.pricing.PriceEntry;
import org.omnistock.messages.pricing.PricesChanged;
import org.omnistock.outbox.control.Outbox;
import org.omnistock.outbox.control.OutgoingEvent;
import org.omnistock.pricing.entity.PriceList;

/**
 * Announces recorded prices on {@code omnistock.price.changed} through the outbox, in the transaction that records
 * them, so a change is sent when it is recorded, ahead of its effective instant.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class PriceEvents {

    /**
     * Prices per message: a 10,000-SKU update is 67 messages per store rather than thousands, and a message stays
     * within the outbox's body size (32,000) even with the longest SKU codes and amounts (at most 172 characters a
     * price).
     */
    static final int PRICES_PER_MESSAGE = 150;

    @Inject
    Outbox outbox;

    @Inject
    Clock clock;

    /** The list must be locked by the caller, so that its sequence numbers follow the order of commits. */
    public int pricesRecorded(PriceList list, List<PriceEntry> prices) {
        int messages = 0;
        for (int from = 0; from < prices.size(); from += PRICES_PER_MESSAGE) {
            publish(list, prices.subList(from, Math.min(prices.size(), from + PRICES_PER_MESSAGE)));
            messages++;
        }
        return messages;
    }

    /** The list's scope or window changed, or the list was created: receivers learn it with no prices. */
    public void listChanged(PriceList list) {
        publish(list, List.of());
    }

    /**
     * The list no longer prices for the stores of a zone: they hear its new scope (selected by the zone they left),
     * by which they leave it out.
     */
    public void listLeftZone(PriceList list, String zoneHeader) {
        publish(list, List.of(), zoneHeader);
    }

    private void publish(PriceList list, List<PriceEntry> prices) {
        publish(list, prices, list.scope().zoneHeader());
    }

    private void publish(PriceList list, List<PriceEntry> prices, String zoneHeader) {
        Instant now = clock.instant();
        String eventId = UUID.randomUUID().toString();
        PricesChanged event = new PricesChanged(PricesChanged.SCHEMA_VERSION, eventId, list.scope(), prices,
                list.nextSequence(), now);
        outbox.enqueue(new OutgoingEvent(Destinations.PRICE_CHANGED, true, PricesChanged.EVENT_TYPE, eventId,
                Map.of(Headers.PRICE_ZONE, zoneHeader, Headers.PRICE_LIST, list.getCode()),
                JsonCodec.toJson(event), "price-list:" + list.getCode()));
    }
}
