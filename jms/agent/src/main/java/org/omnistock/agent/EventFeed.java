package org.omnistock.agent;

import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

import jakarta.jms.Connection;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;

import org.omnistock.messages.Destinations;
import org.omnistock.messages.Headers;
import org.omnistock.messages.JsonCodec;
import org.omnistock.messages.pricing.PricesChanged;
import org.omnistock.messages.promotion.PromotionChanged;
import org.omnistock.messages.stock.LatestStock;
import org.omnistock.messages.stock.StockChanged;

/**
 * Reads what the server tells the store: prices and promotions from the store's durable subscriptions (applied,
 * written to disk, then acknowledged), and live stock levels of the store and its neighbours. Connects again every
 * {@link SaleForwarder#RETRY_MILLIS} ms while the broker cannot be reached.
 */
final class EventFeed implements Runnable {

    private static final Logger LOG = Logger.getLogger(EventFeed.class.getName());

    private final String store;
    private final List<String> watchedLocations;
    private final ConnectionFactory broker;
    private final PriceBook book;
    private final LatestStock stock;
    private final Runnable subscribed;
    private final Object lock = new Object();
    private volatile boolean running = true;
    private volatile boolean connected;
    private Connection connection;

    /**
     * @param subscribed run each time the subscriptions are in place (the first time they may have just been made)
     */
    EventFeed(String store, List<String> watchedLocations, ConnectionFactory broker, PriceBook book,
              LatestStock stock, Runnable subscribed) {
        this.store = store;
        this.watchedLocations = watchedLocations;
        this.broker = broker;
        this.book = book;
        this.stock = stock;
        this.subscribed = subscribed;
    }

    boolean connected() {
        return connected;
    }

    void stop() {
        running = false;
        synchronized (lock) {
            lock.notifyAll();
        }
    }

    @Override
    public void run() {
        try {
            while (running) {
                if (!connected) {
                    disconnect();
                    try {
                        connect();
                    } catch (JMSException | RuntimeException e) {
                        LOG.warning(() -> "Broker unreachable, prices and stock as last received: " + e);
                        disconnect();
                    }
                }
                synchronized (lock) {
                    lock.wait(SaleForwarder.RETRY_MILLIS);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            disconnect();
        }
    }

    private void connect() throws JMSException {
        connection = broker.createConnection();
        connection.setClientID(store);
        connection.setExceptionListener(e -> {
            LOG.warning(() -> "Lost the broker: " + e);
            connected = false;
        });
        Session prices = connection.createSession(false, Session.CLIENT_ACKNOWLEDGE);
        prices.createDurableSubscriber(prices.createTopic(Destinations.PRICE_CHANGED),
                        Destinations.subscription(Destinations.PRICE_CHANGED))
                .setMessageListener(message -> apply(prices, message,
                        json -> book.apply(JsonCodec.fromJson(json, PricesChanged.class))));
        Session promotions = connection.createSession(false, Session.CLIENT_ACKNOWLEDGE);
        promotions.createDurableSubscriber(promotions.createTopic(Destinations.PROMOTION_CHANGED),
                        Destinations.subscription(Destinations.PROMOTION_CHANGED))
                .setMessageListener(message -> apply(promotions, message,
                        json -> book.apply(JsonCodec.fromJson(json, PromotionChanged.class))));
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
        connected = true;
        subscribed.run();
        LOG.info(() -> "Receiving prices, promotions and the stock of " + watchedLocations);
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
            LOG.log(Level.SEVERE, "The price book could not be written; the event will come again", e);
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

    private void disconnect() {
        connected = false;
        if (connection != null) {
            try {
                connection.close();
            } catch (JMSException e) {
                LOG.log(Level.FINE, "Closing a broken connection", e);
            }
            connection = null;
        }
    }
}
