package org.omnistock.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.omnistock.system.Api.createLocation;
import static org.omnistock.system.Api.createSku;
import static org.omnistock.system.Api.onHand;
import static org.omnistock.system.Api.receive;
import static org.omnistock.system.Api.uniqueCode;

import java.time.Instant;
import java.util.UUID;

import jakarta.jms.Connection;
import jakarta.jms.JMSException;
import jakarta.jms.JMSSecurityException;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.MessageProducer;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;

import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.omnistock.messages.Destinations;
import org.omnistock.messages.Headers;
import org.omnistock.messages.JsonCodec;
import org.omnistock.messages.stock.StockChanged;

/**
 * A store as it talks to Omnistock: a real JMS client on the Artemis broker, logged in as a store, sending POS sales
 * and subscribed to stock events.
 */
class PosSalesIT {

    private static final String BROKER = System.getProperty("artemis.url", "tcp://127.0.0.1:61616");
    private static final long EVENT_WAIT_MS = 15_000;

    private Connection storeConnection;
    private Session session;
    private String sku;
    private String store;

    @BeforeEach
    void aStoreWithStock() throws JMSException {
        sku = uniqueCode("POS");
        store = uniqueCode("PS");
        createSku(sku);
        createLocation(store, "STORE");
        receive(sku, store, 10);
        storeConnection = new ActiveMQConnectionFactory(BROKER, "store", "store").createConnection();
        storeConnection.start();
        session = storeConnection.createSession(false, Session.AUTO_ACKNOWLEDGE);
    }

    @AfterEach
    void disconnect() throws JMSException {
        storeConnection.close();
    }

    @Test
    void aSaleLowersOnHandOnceAndPublishesTheChange() throws JMSException {
        MessageConsumer events = session.createConsumer(session.createTopic(Destinations.STOCK_CHANGED),
                Headers.SKU + " = '" + sku + "' AND " + Headers.LOCATION_ID + " = '" + store + "'");
        String sale = sale(store, "R-" + UUID.randomUUID(), sku, 3);

        send(sale, null);

        StockChanged event = nextAfterSetup(events);
        assertEquals(7, event.onHand());
        assertEquals(7, event.available());
        assertEquals(2, event.sequence());
        assertEquals("SALE", event.movementType());
        assertEquals(7L, onHand(sku, store));

        send(sale, null);

        assertNull(events.receive(3_000), "the same receipt sent again must not change stock");
        assertEquals(7L, onHand(sku, store));
    }

    @Test
    void aReturnAtTheTillGoesBackOnHandInTheStateTheTillSays() throws JMSException {
        MessageConsumer events = session.createConsumer(session.createTopic(Destinations.STOCK_CHANGED),
                Headers.SKU + " = '" + sku + "' AND " + Headers.LOCATION_ID + " = '" + store + "'");
        String exchange = "{\"schemaVersion\":1,\"storeId\":\"" + store + "\",\"receiptId\":\"R-" + UUID.randomUUID()
                + "\",\"soldAt\":\"" + Instant.now() + "\",\"lines\":[{\"sku\":\"" + sku + "\",\"quantity\":2,"
                + "\"unitPrice\":\"19.99\",\"returnCondition\":\"QUALITY_CONTROL\"}]}";

        send(exchange, null);

        StockChanged event = nextAfterSetup(events);
        assertNotNull(event, "the return is announced");
        assertEquals("RETURN", event.movementType());
        assertEquals(12, event.onHand());
        assertEquals(10, event.available(), "to be inspected before it is sold again");
        assertEquals(12L, onHand(sku, store));
    }

    @Test
    void malformedAndUnknownSalesAreDeadLetteredWithTheReasonAndChangeNothing() throws Exception {
        String marker = UUID.randomUUID().toString();
        send("{this is not json", marker);
        send(sale("NO-SUCH-STORE", "R-1", sku, 1), marker);
        send(sale(store, "R-2", "NO-SUCH-SKU", 1), marker);
        send(sale(store, "R-3", sku, -2), marker);
        String good = sale(store, "R-" + UUID.randomUUID(), sku, 1);
        MessageConsumer events = session.createConsumer(session.createTopic(Destinations.STOCK_CHANGED),
                Headers.SKU + " = '" + sku + "'");
        send(good, null);

        assertNotNull(nextAfterSetup(events), "a good sale behind the bad ones is still recorded");
        assertEquals(9L, onHand(sku, store));
        try (Connection admin = new ActiveMQConnectionFactory(BROKER, "admin", "admin").createConnection()) {
            admin.start();
            Session adminSession = admin.createSession(false, Session.AUTO_ACKNOWLEDGE);
            MessageConsumer deadLetters = adminSession.createConsumer(
                    adminSession.createQueue(Destinations.DEAD_LETTER), "testMarker = '" + marker + "'");
            StringBuilder reasons = new StringBuilder();
            for (int i = 0; i < 4; i++) {
                Message rejected = deadLetters.receive(EVENT_WAIT_MS);
                assertNotNull(rejected, "dead letter " + (i + 1) + " of 4; reasons so far: " + reasons);
                assertEquals(Destinations.POS_SALES, rejected.getStringProperty(Headers.ORIGINAL_DESTINATION));
                reasons.append(rejected.getStringProperty(Headers.REJECT_REASON)).append('\n');
            }
            String all = reasons.toString();
            assertTrue(all.contains("not a valid PosSale"), all);
            assertTrue(all.contains("unknown store NO-SUCH-STORE"), all);
            assertTrue(all.contains("unknown SKU NO-SUCH-SKU"), all);
            assertTrue(all.contains("quantity must be a positive whole number"), all);
        }
    }

    @Test
    void aStoreThatWasOfflineCatchesUpThroughItsDurableSubscription() throws JMSException {
        String clientId = "store-" + store;
        String selector = Headers.LOCATION_ID + " = '" + store + "'";
        try (Connection first = new ActiveMQConnectionFactory(BROKER, "store", "store").createConnection()) {
            first.setClientID(clientId);
            Session subscribing = first.createSession(false, Session.AUTO_ACKNOWLEDGE);
            subscribing.createDurableSubscriber(subscribing.createTopic(Destinations.STOCK_CHANGED), clientId,
                    selector, false).close();
        }

        receive(sku, store, 4);

        try (Connection again = new ActiveMQConnectionFactory(BROKER, "store", "store").createConnection()) {
            again.setClientID(clientId);
            again.start();
            Session catchingUp = again.createSession(false, Session.AUTO_ACKNOWLEDGE);
            MessageConsumer subscription = catchingUp.createDurableSubscriber(
                    catchingUp.createTopic(Destinations.STOCK_CHANGED), clientId, selector, false);
            StockChanged missed = nextAfterSetup(subscription);
            assertNotNull(missed, "the change made while the store was offline");
            assertEquals(14, missed.onHand());
            subscription.close();
            catchingUp.unsubscribe(clientId);
        }
    }

    /**
     * The next stock event after the set-up's receipt (sequence 1), which the outbox may still be publishing when a
     * test subscribes; null if none comes in time.
     */
    private static StockChanged nextAfterSetup(MessageConsumer consumer) throws JMSException {
        long deadline = System.currentTimeMillis() + EVENT_WAIT_MS;
        while (System.currentTimeMillis() < deadline) {
            Message message = consumer.receive(Math.max(1, deadline - System.currentTimeMillis()));
            if (message == null) {
                return null;
            }
            StockChanged event = JsonCodec.fromJson(((TextMessage) message).getText(), StockChanged.class);
            if (event.sequence() > 1) {
                return event;
            }
        }
        return null;
    }

    @Test
    void aStoreMayNotPublishStockEvents() throws JMSException {
        MessageProducer producer = session.createProducer(session.createTopic(Destinations.STOCK_CHANGED));

        assertThrows(JMSSecurityException.class, () -> producer.send(session.createTextMessage("{}")));
    }

    private void send(String body, String marker) throws JMSException {
        TextMessage message = session.createTextMessage(body);
        if (marker != null) {
            message.setStringProperty("testMarker", marker);
        }
        session.createProducer(session.createQueue(Destinations.POS_SALES)).send(message);
    }

    private static String sale(String storeId, String receiptId, String skuCode, int quantity) {
        return "{\"schemaVersion\":1,\"storeId\":\"" + storeId + "\",\"receiptId\":\"" + receiptId
                + "\",\"soldAt\":\"2026-11-26T10:15:00Z\",\"lines\":[{\"sku\":\"" + skuCode + "\",\"quantity\":"
                + quantity + ",\"unitPrice\":\"19.99\"}]}";
    }
}
