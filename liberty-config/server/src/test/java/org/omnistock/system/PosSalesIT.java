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

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.jms.Connection;
import jakarta.jms.ConnectionFactory;
import jakarta.jms.JMSException;
import jakarta.jms.JMSSecurityException;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.MessageProducer;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;
import jakarta.json.JsonObject;

import org.apache.qpid.jms.JmsConnectionFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.omnistock.messages.Destinations;
import org.omnistock.messages.Headers;
import org.omnistock.messages.JsonCodec;
import org.omnistock.messages.stock.StockChanged;
import org.omnistock.platform.ServerSignals;

/**
 * A store as it talks to Omnistock: a real client on the Artemis broker, logged in as the store itself, sending POS
 * sales and subscribed to stock events. Tills in Java (CORE), in any language over STOMP (a few lines on a socket),
 * and over AMQP (the Qpid JMS client) alike.
 */
class PosSalesIT {

    private static final long EVENT_WAIT_MS = 15_000;

    private Connection storeConnection;
    private Session session;
    private String sku;
    private String store;
    private Broker.StoreUser storeUser;

    @BeforeEach
    void aStoreWithStock() throws JMSException {
        sku = uniqueCode("POS");
        store = uniqueCode("PS");
        createSku(sku);
        createLocation(store, "STORE");
        receive(sku, store, 10);
        storeUser = Broker.credentialsOf(store);
        storeConnection = Broker.asStore(storeUser, null);
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
        String all = String.join("\n", deadLettered(marker, 4, "testMarker"));
        assertTrue(all.contains("not a valid PosSale"), all);
        assertTrue(all.contains("a sale of store NO-SUCH-STORE sent by broker user " + store), all);
        assertTrue(all.contains("unknown SKU NO-SUCH-SKU"), all);
        assertTrue(all.contains("quantity must be a positive whole number"), all);
    }

    @Test
    void theTillsPromotionsAreCountedOncePerReceiptEvenBeyondTheBudget() throws Exception {
        String code = uniqueCode("TILL").replace("-", "");
        assertEquals(201, Api.post("/api/v1/promotions", "{\"code\":\"" + code + "\",\"name\":\"Till deal\","
                + "\"type\":\"PERCENT_OFF\",\"target\":\"SKU\",\"targetValues\":[\"" + sku + "\"],"
                + "\"percent\":10,\"stacking\":\"COMBINABLE\",\"maxRedemptions\":1,\"budgetAmount\":3.00}")
                .status());
        MessageConsumer events = session.createConsumer(session.createTopic(Destinations.STOCK_CHANGED),
                Headers.SKU + " = '" + sku + "' AND " + Headers.LOCATION_ID + " = '" + store + "'");
        String first = withPromotion(sale(store, "R-" + UUID.randomUUID(), sku, 1), code, "2.00");
        String second = withPromotion(sale(store, "R-" + UUID.randomUUID(), sku, 1), code, "2.00");

        send(first, null);
        send(first, null);
        send(second, null);

        assertNotNull(nextAfterSetup(events));
        assertNotNull(events.receive(EVENT_WAIT_MS), "both receipts are recorded");
        JsonObject promotion = awaitRedemptions(code, 2);
        assertEquals(2, promotion.getJsonNumber("redemptions").longValue(), "once per receipt");
        assertEquals("4.00", promotion.getJsonNumber("discountGiven").bigDecimalValue().toPlainString());
        assertEquals(1, promotion.getJsonNumber("overrunRedemptions").longValue(), "the second went beyond 1");
        assertEquals("1.00", promotion.getJsonNumber("overrunAmount").bigDecimalValue().toPlainString(),
                "and 1.00 beyond the 3.00 budget");

        String marker = UUID.randomUUID().toString();
        send(withPromotion(sale(store, "R-" + UUID.randomUUID(), sku, 1), "NO-SUCH-PROMOTION", "1.00"), marker);
        String reason = deadLettered(marker, 1, "testMarker").get(0);
        assertTrue(reason.contains("there is no promotion NO-SUCH-PROMOTION"), reason);
        assertEquals(8L, onHand(sku, store), "the refused sale changed nothing");
    }

    /** The promotion once its sales have been counted (the listener records them as they arrive). */
    private static JsonObject awaitRedemptions(String code, long redemptions) throws InterruptedException {
        long deadline = System.currentTimeMillis() + EVENT_WAIT_MS;
        JsonObject promotion = Api.get("/api/v1/promotions/" + code).json();
        while (promotion.getJsonNumber("redemptions").longValue() < redemptions
                && System.currentTimeMillis() < deadline) {
            Thread.sleep(200);
            promotion = Api.get("/api/v1/promotions/" + code).json();
        }
        return promotion;
    }

    private static String withPromotion(String sale, String code, String amount) {
        return sale.substring(0, sale.length() - 1) + ",\"promotions\":[{\"promotion\":\"" + code
                + "\",\"amount\":" + amount + "}]}";
    }

    @Test
    void aStoreCannotSellForAnotherStore() throws Exception {
        String other = uniqueCode("PO");
        createLocation(other, "STORE");
        receive(sku, other, 10);
        String marker = UUID.randomUUID().toString();

        send(sale(other, "R-" + UUID.randomUUID(), sku, 3), marker);

        String reason = deadLettered(marker, 1, "testMarker").get(0);
        assertTrue(reason.contains("a sale of store " + other + " sent by broker user " + store
                + ": a store sends only its own sales"), reason);
        assertEquals(10L, onHand(sku, other), "nothing sold at the other store");
    }

    @Test
    void aBadSaleIsDeadLetteredWithItsReasonOnTheFirstDelivery() throws Exception {
        String marker = UUID.randomUUID().toString();
        long sent = System.currentTimeMillis();

        send(sale(store, "R".repeat(65), sku, 1), marker);

        String reason = deadLettered(marker, 1, "testMarker").get(0);
        assertTrue(reason.contains("receiptId is longer than 64 characters"), reason);
        assertTrue(System.currentTimeMillis() - sent < 10_000, "not retried with back-off first");
        assertEquals(10L, onHand(sku, store));
    }

    /**
     * Sales sent at once are recorded in batches: each good one once, a receipt sent twice once, and a bad one
     * dead-lettered alone without undoing the good ones it shared a batch with.
     */
    @Test
    void salesSentTogetherCountOnceEachAndABadOneFailsAlone() throws Exception {
        receive(sku, store, 90);
        String marker = UUID.randomUUID().toString();
        MessageProducer producer = session.createProducer(session.createQueue(Destinations.POS_SALES));
        int good = 40;
        for (int i = 0; i < good; i++) {
            String sale = sale(store, "B-" + i + "-" + marker, sku, 1);
            producer.send(session.createTextMessage(sale));
            if (i % 8 == 0) {
                producer.send(session.createTextMessage(sale));
            }
            if (i % 10 == 0) {
                send(sale(store, "BAD-" + i + "-" + marker, "NO-SUCH-SKU", 1), marker);
            }
        }

        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (onHand(sku, store) > 100 - good && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertEquals(100L - good, onHand(sku, store), "each good sale once");
        List<String> reasons = deadLettered(marker, 4, "testMarker");
        assertTrue(reasons.stream().allMatch(reason -> reason.contains("unknown SKU NO-SUCH-SKU")), reasons.toString());
        Thread.sleep(2_000);
        assertEquals(100L - good, onHand(sku, store), "the receipts sent twice changed nothing the second time");
    }

    @Test
    void aStompTillSellsWithAndWithoutContentLengthAndItsOddHeadersNeverStopADeadLetter() throws Exception {
        MessageConsumer events = session.createConsumer(session.createTopic(Destinations.STOCK_CHANGED),
                Headers.SKU + " = '" + sku + "' AND " + Headers.LOCATION_ID + " = '" + store + "'");
        String marker = UUID.randomUUID().toString();
        try (StompTill till = new StompTill(storeUser.user(), storeUser.password())) {
            till.sell(sale(store, "R-" + UUID.randomUUID(), sku, 2), true, marker);
            till.sell(sale(store, "R-" + UUID.randomUUID(), sku, 1), false, marker);
            till.sell("{\"schemaVersion\":1,\"storeId\":\"" + store + "\"}", true, marker);
        }

        assertNotNull(nextAfterSetup(events), "a sale in a bytes message (content-length) is recorded");
        long deadline = System.currentTimeMillis() + EVENT_WAIT_MS;
        while (onHand(sku, store) != 7L && System.currentTimeMillis() < deadline) {
            Thread.sleep(200);
        }
        assertEquals(7L, onHand(sku, store), "both good sales, in a bytes and in a text message");
        Message rejected = deadLetteredMessages(marker, 1, "stomp-marker").get(0);
        String reason = rejected.getStringProperty(Headers.REJECT_REASON);
        assertTrue(reason.contains("receiptId is required"), reason);
        String original = rejected.getStringProperty(Headers.ORIGINAL_PROPERTIES);
        assertTrue(original != null && original.contains("content-length") && original.contains("destination-type"),
                "the headers JMS cannot carry are kept: " + original);
        assertEquals(store, rejected.getStringProperty(Headers.ORIGINAL_SENDER));
    }

    @Test
    void anAmqpTillSellsAndCannotPassItselfOffAsAnotherStore() throws Exception {
        String other = uniqueCode("PA");
        createLocation(other, "STORE");
        receive(sku, other, 10);
        String marker = UUID.randomUUID().toString();
        ConnectionFactory amqp = new JmsConnectionFactory(storeUser.user(),
                storeUser.password(), Broker.URL.replace("tcp://", "amqp://"));
        try (Connection till = amqp.createConnection()) {
            Session amqpSession = till.createSession(false, Session.AUTO_ACKNOWLEDGE);
            MessageProducer producer = amqpSession.createProducer(amqpSession.createQueue(Destinations.POS_SALES));
            producer.send(amqpSession.createTextMessage(sale(store, "R-" + UUID.randomUUID(), sku, 4)));
            TextMessage forged = amqpSession.createTextMessage(sale(other, "R-" + UUID.randomUUID(), sku, 4));
            forged.setStringProperty(Headers.SENDER, other);
            forged.setStringProperty("_AMQ_VALIDATED_USER", other);
            forged.setStringProperty("testMarker", marker);
            producer.send(forged);
        }

        long deadline = System.currentTimeMillis() + EVENT_WAIT_MS;
        while (onHand(sku, store) != 6L && System.currentTimeMillis() < deadline) {
            Thread.sleep(200);
        }
        assertEquals(6L, onHand(sku, store), "the AMQP till's own sale is recorded");
        String reason = deadLettered(marker, 1, "testMarker").get(0);
        assertTrue(reason.contains("sent by broker user " + store), reason);
        assertEquals(10L, onHand(sku, other), "a sender written by the client counts for nothing");
    }

    /** The servers tell each other of changes on a topic of their own: a store neither hears nor sends there. */
    @Test
    void aStoreNeitherHearsNorSendsTheServersSignals() throws JMSException {
        try (Connection store = Broker.asStore(storeUser, null)) {
            Session session = store.createSession(false, Session.AUTO_ACKNOWLEDGE);
            assertThrows(JMSSecurityException.class, () -> session.createConsumer(
                    session.createTopic(ServerSignals.ADDRESS)), "hear them");
            assertThrows(JMSSecurityException.class, () -> session.createProducer(
                    session.createTopic(ServerSignals.ADDRESS)).send(session.createMessage()), "send one");
        }
    }

    @Test
    void aStoreCannotReadNorDeleteAnotherStoresSubscription() throws JMSException {
        String other = uniqueCode("PD");
        createLocation(other, "STORE");
        try (Connection owner = Broker.asStore(other)) {
            Session ownerSession = owner.createSession(false, Session.AUTO_ACKNOWLEDGE);
            ownerSession.createDurableSubscriber(ownerSession.createTopic(Destinations.STOCK_CHANGED), other).close();
        }
        try (Connection intruder = Broker.asStore(storeUser, other)) {
            Session intruding = intruder.createSession(false, Session.AUTO_ACKNOWLEDGE);
            assertThrows(JMSSecurityException.class, () -> intruding.createDurableSubscriber(
                    intruding.createTopic(Destinations.STOCK_CHANGED), other), "read it");
            assertThrows(JMSSecurityException.class, () -> intruding.unsubscribe(other), "delete it");
            assertThrows(JMSSecurityException.class, () -> intruding.createDurableSubscriber(
                    intruding.createTopic(Destinations.STOCK_CHANGED), "mine"), "make one under another name");
        }
        try (Connection owner = Broker.asStore(other)) {
            owner.createSession(false, Session.AUTO_ACKNOWLEDGE).unsubscribe(other);
        }
    }

    /** The reasons of the dead letters that carry the marker, in the order they came. */
    private static List<String> deadLettered(String marker, int count, String property)
            throws JMSException {
        List<String> reasons = new ArrayList<>();
        for (Message message : deadLetteredMessages(marker, count, property)) {
            assertEquals(Destinations.POS_SALES, message.getStringProperty(Headers.ORIGINAL_DESTINATION));
            reasons.add(message.getStringProperty(Headers.REJECT_REASON));
        }
        return reasons;
    }

    private static List<Message> deadLetteredMessages(String marker, int count, String property)
            throws JMSException {
        try (Connection admin = Broker.asAdmin()) {
            admin.start();
            Session adminSession = admin.createSession(false, Session.AUTO_ACKNOWLEDGE);
            MessageConsumer deadLetters = adminSession.createConsumer(
                    adminSession.createQueue(Destinations.DEAD_LETTER), property.equals("testMarker")
                            ? "testMarker = '" + marker + "'"
                            : Headers.ORIGINAL_PROPERTIES + " LIKE '%" + marker + "%'");
            List<Message> found = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                Message rejected = deadLetters.receive(EVENT_WAIT_MS);
                assertNotNull(rejected, "dead letter " + (i + 1) + " of " + count + "; so far: " + found);
                found.add(rejected);
            }
            return found;
        }
    }

    @Test
    void aStoreThatWasOfflineCatchesUpThroughItsDurableSubscription() throws JMSException {
        String clientId = store;
        String selector = Headers.LOCATION_ID + " = '" + store + "'";
        try (Connection first = Broker.asStore(storeUser, clientId)) {
            Session subscribing = first.createSession(false, Session.AUTO_ACKNOWLEDGE);
            subscribing.createDurableSubscriber(subscribing.createTopic(Destinations.STOCK_CHANGED), clientId,
                    selector, false).close();
        }

        receive(sku, store, 4);

        try (Connection again = Broker.asStore(storeUser, clientId)) {
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
