package org.omnistock.marketplace.control;

import java.io.StringReader;
import java.sql.Timestamp;
import java.time.Clock;
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
 * Marks what is due for a marketplace from the events the relay has just published, in its transaction
 * (marketplace package documentation): a channel's stock change sets the account's listing's wanted figure; a price
 * change marks the listings of its SKUs in the channels the list prices for; an order of the channel is queued for
 * its acknowledgement (new, on Amazon) and its shipment's confirmation (shipped in full). Cheap when no account
 * sells the channel: one small query per batch.
 */
@ApplicationScoped
public class MarketplaceMarks {

    private static final Logger LOG = Logger.getLogger(MarketplaceMarks.class.getName());
    private static final JsonProvider JSON = JsonProvider.provider();

    @PersistenceContext(unitName = "omnistock")
    EntityManager em;

    @Inject
    Event<WorkDue> due;

    @Inject
    Clock clock;

    /** Fired when something was marked: the pusher starts once the marking commits. */
    public record WorkDue() {
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
                } else if (event.getDestination().equals(Destinations.ORDER_CHANGED)) {
                    marked |= markOrder(channels, read(event.getBody()));
                }
            } catch (JsonException | ClassCastException | NullPointerException e) {
                LOG.log(Level.WARNING, "Event " + event.getEventId() + " cannot be read for marketplace listings", e);
            }
        }
        if (marked) {
            due.fire(new WorkDue());
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
        String listChannel = scope.containsKey("channel") && !scope.isNull("channel") ? scope.getString("channel")
                : null;
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

    /**
     * An order of the channel with the marketplace's id: new (its first event), its acknowledgement waits where the
     * marketplace asks for one (Amazon); shipped in full, its shipment's confirmation waits. Once per account, order
     * and step.
     */
    private boolean markOrder(List<String> channels, JsonObject event) {
        String channel = event.getString("channel");
        if (!channels.contains(channel) || event.isNull("externalId")) {
            return false;
        }
        boolean marked = false;
        if (event.getJsonNumber("sequence").longValue() == 1) {
            marked = confirmationDue(channel, event, MarketplaceState.Step.ACKNOWLEDGE, " AND a.kind = 'AMAZON'");
        }
        if ("SHIPPED".equals(event.getString("status"))) {
            marked |= confirmationDue(channel, event, MarketplaceState.Step.SHIP, "");
        }
        return marked;
    }

    private boolean confirmationDue(String channel, JsonObject event, MarketplaceState.Step step,
                                    String accounts) {
        return em.createNativeQuery("INSERT INTO marketplace_shipment (account_id, order_number, external_id, step, "
                        + "state, attempts, created_at) SELECT a.id, CAST(? AS VARCHAR(32)), CAST(? AS VARCHAR(64)), "
                        + "CAST(? AS VARCHAR(16)), 'PENDING', 0, CAST(? AS TIMESTAMP) FROM marketplace_account a "
                        + "WHERE a.channel_code = ? AND a.enabled = TRUE" + accounts + " AND NOT EXISTS (SELECT 1 "
                        + "FROM marketplace_shipment s WHERE s.account_id = a.id AND s.order_number = ? "
                        + "AND s.step = ?)")
                .setParameter(1, event.getString("orderNumber")).setParameter(2, event.getString("externalId"))
                .setParameter(3, step.name()).setParameter(4, Timestamp.from(clock.instant()))
                .setParameter(5, channel).setParameter(6, event.getString("orderNumber"))
                .setParameter(7, step.name()).executeUpdate() > 0;
    }

    private static JsonObject read(String body) {
        return JSON.createReader(new StringReader(body)).readObject();
    }
}
