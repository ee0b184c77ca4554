package org.omnistock.marketplace.control;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.json.spi.JsonProvider;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.omnistock.messages.Destinations;
import org.omnistock.outbox.control.EventsPublished;
import org.omnistock.outbox.entity.OutboxMessage;

/**
 * Marks listings due for a push from the events the relay has just published, in its transaction (marketplace
 * package documentation): a channel's stock change sets the account's listing's wanted figure; a price change marks
 * the listings of its SKUs in the channels the list prices for. Cheap when no account sells the channel: one small
 * query per batch.
 */
@ApplicationScoped
public class ListingMarks {

    private static final Logger LOG = Logger.getLogger(ListingMarks.class.getName());
    private static final JsonProvider JSON = JsonProvider.provider();

    @PersistenceContext(unitName = "omnistock")
    EntityManager em;

    @Inject
    Event<ListingsDue> due;

    /** Fired when listings were marked: the pusher starts once the marking commits. */
    public record ListingsDue() {
    }

    @SuppressWarnings("unchecked")
    void onPublished(@Observes EventsPublished published) {
        List<String> channels = em.createNativeQuery("SELECT DISTINCT channel_code FROM marketplace_account "
                + "WHERE enabled = TRUE").getResultList();
        if (channels.isEmpty()) {
            return;
        }
        boolean marked = false;
        for (OutboxMessage event : published.events()) {
            try {
                if (event.getDestination().equals(Destinations.CHANNEL_STOCK_CHANGED)) {
                    marked |= markStock(channels, read(event.getBody()));
                } else if (event.getDestination().equals(Destinations.PRICE_CHANGED)) {
                    marked |= markPrices(channels, read(event.getBody()));
                }
            } catch (JsonException | ClassCastException | NullPointerException e) {
                LOG.log(Level.WARNING, "Event " + event.getEventId() + " cannot be read for marketplace listings", e);
            }
        }
        if (marked) {
            due.fire(new ListingsDue());
        }
    }

    private boolean markStock(List<String> channels, JsonObject event) {
        String channel = event.getString("channel");
        if (!channels.contains(channel)) {
            return false;
        }
        return em.createNativeQuery("UPDATE marketplace_listing SET wanted_quantity = ?, stock_due = TRUE, "
                        + "state = 'PENDING' WHERE sku = ? AND account_id IN (SELECT id FROM marketplace_account "
                        + "WHERE channel_code = ? AND enabled = TRUE)")
                .setParameter(1, event.getJsonNumber("sellable").longValue()).setParameter(2, event.getString("sku"))
                .setParameter(3, channel).executeUpdate() > 0;
    }

    private boolean markPrices(List<String> channels, JsonObject event) {
        JsonObject scope = event.getJsonObject("priceList");
        String listChannel = scope.isNull("channel") ? null : scope.getString("channel", null);
        List<String> skus = new ArrayList<>();
        for (JsonValue price : event.getJsonArray("prices")) {
            skus.add(price.asJsonObject().getString("sku"));
        }
        boolean marked = false;
        for (String channel : channels) {
            if (listChannel != null && !listChannel.equals(channel)) {
                continue;
            }
            for (int from = 0; from < skus.size(); from += 500) {
                marked |= em.createQuery("UPDATE MarketplaceListing l SET l.priceDue = TRUE WHERE l.sku IN :skus "
                                + "AND l.accountId IN (SELECT a.id FROM MarketplaceAccount a WHERE "
                                + "a.channelCode = :channel AND a.enabled = TRUE)")
                        .setParameter("skus", skus.subList(from, Math.min(skus.size(), from + 500)))
                        .setParameter("channel", channel).executeUpdate() > 0;
            }
        }
        return marked;
    }

    private static JsonObject read(String body) {
        return JSON.createReader(new StringReader(body)).readObject();
    }
}
