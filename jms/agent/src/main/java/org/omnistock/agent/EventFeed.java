package org.omnistock.agent;

import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

import jakarta.jms.Connection;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSException;
import jakarta.jms.JMSSecurityException;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;

import org.omnistock.messages.Destinations;
import org.omnistock.messages.Headers;
import org.omnistock.messages.JsonCodec;
import org.omnistock.messages.catalog.CatalogChanged;
import org.omnistock.messages.fulfilment.FulfilmentTask;
import org.omnistock.messages.pricing.PriceScope;
import org.omnistock.messages.pricing.PricesChanged;
import org.omnistock.messages.promotion.PromotionChanged;
import org.omnistock.messages.stock.LatestStock;
import org.omnistock.messages.stock.StockChanged;

/**
 * Reads what the server tells the store: prices, promotions and the catalog from the store's durable subscriptions
 * and its work
 * from its task queue (each applied, written to disk, then acknowledged), and live stock levels of the store and
 * its neighbours.
 */
final class EventFeed extends BrokerLink {

    private static final Logger LOG = Logger.getLogger(EventFeed.class.getName());

    private final String store;
    /** The store's price zone: only lists of that zone and of every zone reach it; null for every zone's. */
    private final String priceZone;
    private final List<String> watchedLocations;
    private final PriceBook book;
    private final ItemMaster items;
    private final TaskBoard tasks;
    private final LatestStock stock;
    private final Runnable subscribed;

    /**
     * @param subscribed run each time the subscriptions are in place (the first time they may have just been made)
     */
    EventFeed(String store, String priceZone, List<String> watchedLocations, ConnectionFactory broker,
              PriceBook book, ItemMaster items, TaskBoard tasks, LatestStock stock, Runnable subscribed) {
        super(broker);
        this.store = store;
        this.priceZone = priceZone;
        this.watchedLocations = watchedLocations;
        this.book = book;
        this.items = items;
        this.tasks = tasks;
        this.stock = stock;
        this.subscribed = subscribed;
    }

    @Override
    void open(Connection connection) throws JMSException {
        connection.setClientID(store);
        Session prices = connection.createSession(false, Session.CLIENT_ACKNOWLEDGE);
        prices.createDurableSubscriber(prices.createTopic(Destinations.PRICE_CHANGED),
                        Destinations.subscription(Destinations.PRICE_CHANGED), PriceScope.zoneSelector(priceZone),
                        false)
                .setMessageListener(message -> apply(prices, message,
                        json -> book.apply(JsonCodec.fromJson(json, PricesChanged.class))));
        Session promotions = connection.createSession(false, Session.CLIENT_ACKNOWLEDGE);
        promotions.createDurableSubscriber(promotions.createTopic(Destinations.PROMOTION_CHANGED),
                        Destinations.subscription(Destinations.PROMOTION_CHANGED))
                .setMessageListener(message -> apply(promotions, message,
                        json -> book.apply(JsonCodec.fromJson(json, PromotionChanged.class))));
        Session catalog = connection.createSession(false, Session.CLIENT_ACKNOWLEDGE);
        try {
            catalog.createDurableSubscriber(catalog.createTopic(Destinations.SKU_CHANGED),
                            Destinations.subscription(Destinations.SKU_CHANGED))
                    .setMessageListener(message -> apply(catalog, message,
                            json -> items.apply(JsonCodec.fromJson(json, CatalogChanged.class))));
        } catch (JMSSecurityException e) {
            // Credentials issued before the catalog was sent to stores: prices and work must not wait for new ones.
            LOG.warning(() -> "Not allowed to subscribe to " + Destinations.SKU_CHANGED + " (" + e.getMessage()
                    + "): the item master is kept as it is and loaded over REST; issue the store's broker"
                    + " credentials again to hear of changes");
        }
        Session work = connection.createSession(false, Session.CLIENT_ACKNOWLEDGE);
        work.createConsumer(work.createQueue(Destinations.locationTasks(store)))
                .setMessageListener(message -> apply(work, message,
                        json -> tasks.apply(JsonCodec.fromJson(json, FulfilmentTask.class))));
        Session levels = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
        MessageConsumer stockEvents = levels.createConsumer(levels.createTopic(Destinations.STOCK_CHANGED),
                Headers.LOCATION_ID + " IN (" + watchedLocations.stream().map(l -> "'" + l.replace("'", "''") + "'")
                        .collect(Collectors.joining(", ")) + ")");
        stockEvents.setMessageListener(message -> {
            try {
                stock.apply(JsonCodec.fromJson(((TextMessage) message).getText(), StockChanged.class));
            } catch (JMSException | RuntimeException e) {
                LOG.log(Level.WARNING, "A stock event that could not be read was left out", e);
            }
        });
        connection.start();
        LOG.info(() -> "Receiving prices, promotions, the catalog and the stock of " + watchedLocations);
        subscribed.run();
    }

    /** The listeners do the work; this thread only watches the connection. */
    @Override
    void work() throws InterruptedException {
        pause(RETRY_MILLIS);
    }

    @Override
    String whileAway() {
        return "prices and stock as last received";
    }

    private interface Apply {
        void to(String json);
    }

    /**
     * Applies one event and acknowledges it once the book is on disk. An event that cannot be read is acknowledged
     * and left out (it would otherwise stop every later one); one that could not be written is delivered again.
     */
    private static void apply(Session session, Message message, Apply apply) {
        String json;
        try {
            json = ((TextMessage) message).getText();
        } catch (JMSException | ClassCastException e) {
            LOG.log(Level.WARNING, "An event that is not text was left out", e);
            acknowledge(message);
            return;
        }
        try {
            apply.to(json);
        } catch (java.io.UncheckedIOException e) {
            LOG.log(Level.SEVERE, "What the event said could not be written; it will come again", e);
            try {
                session.recover();
            } catch (JMSException again) {
                LOG.log(Level.WARNING, "Could not ask for the event again", again);
            }
            return;
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "An event that could not be read was left out: " + json, e);
        }
        acknowledge(message);
    }

    private static void acknowledge(Message message) {
        try {
            message.acknowledge();
        } catch (JMSException e) {
            LOG.log(Level.WARNING, "An event was applied but not acknowledged; it comes again and is skipped", e);
        }
    }
}
