package org.omnistock.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.omnistock.system.Api.uniqueCode;
import static org.omnistock.system.OrderDesk.Line;
import static org.omnistock.system.OrderDesk.available;
import static org.omnistock.system.OrderDesk.awaitOrder;
import static org.omnistock.system.OrderDesk.collectedOrder;
import static org.omnistock.system.OrderDesk.fulfilmentIn;
import static org.omnistock.system.OrderDesk.report;
import static org.omnistock.system.OrderDesk.shippedOrder;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import jakarta.jms.Connection;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.MessageProducer;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.omnistock.messages.Destinations;
import org.omnistock.messages.Headers;
import org.omnistock.messages.JsonCodec;
import org.omnistock.messages.fulfilment.FulfilmentTask;

/**
 * Stores and warehouses at work on orders: over JMS as a store's systems are, and through the API; rejections and
 * missed deadlines send the order elsewhere at once; click and collect from the code to the collection.
 */
class FulfilmentIT {

    private String sku;

    @BeforeEach
    void aPricedSku() {
        OrderDesk.standardRules();
        sku = OrderDesk.pricedSku("FUL", "20.00");
    }

    @Test
    void aStoreThatRejectsOverJmsLosesTheOrderToTheNextStoreAtOnceAndHearsNoMoreOfIt() throws Exception {
        String near = OrderDesk.location("FN", "STORE", 52.36, 4.90, null);
        String next = OrderDesk.location("FX", "STORE", 52.09, 5.12, null);
        Api.Client shop = OrderDesk.shop(near, next);
        Api.receive(sku, near, 4);
        Api.receive(sku, next, 4);
        Broker.StoreUser nearUser = Broker.credentialsOf(near);
        try (Connection connection = Broker.asStore(nearUser, null)) {
            connection.start();
            Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
            MessageConsumer tasks = session.createConsumer(session.createQueue(Destinations.locationTasks(near)));

            JsonObject order = shop.post("/api/v1/orders", shippedOrder(uniqueCode("web"), null, "20.00",
                    new Line(sku, 1))).json();
            String number = order.getString("number");
            FulfilmentTask task = task(tasks.receive(10_000));
            assertEquals(FulfilmentTask.Kind.FULFIL, task.kind());
            assertEquals(number, task.orderNumber());
            assertEquals(near, task.locationId());
            assertEquals(sku, task.lines().get(0).sku());
            assertEquals("Amsterdam", task.shipTo().city());

            MessageProducer updates = session.createProducer(session.createQueue(Destinations.FULFILMENT_UPDATES));
            updates.send(session.createTextMessage("{\"schemaVersion\":1,\"fulfilmentId\":\"" + task.fulfilmentId()
                    + "\",\"locationId\":\"" + near + "\",\"action\":\"REJECT\",\"reason\":\"NO_STOCK\","
                    + "\"lines\":[{\"lineNo\":1,\"countedOnHand\":0}]}"));

            JsonObject rerouted = awaitOrder(number, o -> o.getJsonArray("fulfilments").size() == 2,
                    Duration.ofSeconds(20));
            assertEquals("REJECTED", OrderDesk.fulfilmentsAt(rerouted, near).get(0).getString("status"));
            assertEquals("SENT", OrderDesk.fulfilmentsAt(rerouted, next).get(0).getString("status"));
            assertEquals("ALLOCATED", rerouted.getString("status"));
            assertEquals(0L, Api.onHand(sku, near), "the store counted none: the ledger learns it");
            assertEquals(3, available(sku, next));
            List<JsonObject> decisions = jakarta.json.Json.createReader(new java.io.StringReader(
                    Api.get("/api/v1/orders/" + number + "/routing").body())).readArray().stream()
                    .map(JsonValue::asJsonObject).toList();
            assertEquals(2, decisions.size());
            assertEquals("REJECTION", decisions.get(1).getString("trigger"));
            assertTrue(decisions.get(1).getJsonObject("decision").getJsonArray("exclusions").stream()
                    .map(JsonValue::asJsonObject).anyMatch(e -> e.getString("location").equals(near)
                            && e.getString("reason").equals("EXCLUDED_FOR_ORDER")), decisions.get(1).toString());
            assertNull(tasks.receive(2_000), "the store that rejected gets nothing more for the order");
        }
    }

    @Test
    void anUpdateFromAnotherLocationOrForAStepNotAllowedIsDeadLetteredWithItsReason() throws Exception {
        String store = OrderDesk.location("FS", "STORE", 52.36, 4.90, null);
        String intruder = OrderDesk.location("FI", "STORE", 52.36, 4.90, null);
        Api.Client shop = OrderDesk.shop(store, intruder);
        Api.receive(sku, store, 2);
        JsonObject order = shop.post("/api/v1/orders", shippedOrder(uniqueCode("web"), null, "20.00",
                new Line(sku, 1))).json();
        String fulfilment = order.getJsonArray("fulfilments").getJsonObject(0).getString("code");
        try (Connection asIntruder = Broker.asStore(Broker.credentialsOf(intruder), null);
             Connection asStore = Broker.asStore(Broker.credentialsOf(store), null);
             Connection admin = Broker.asAdmin()) {
            admin.start();
            Session adminSession = admin.createSession(false, Session.AUTO_ACKNOWLEDGE);
            MessageConsumer deadLetters = adminSession.createConsumer(adminSession.createQueue(
                    Destinations.DEAD_LETTER), Headers.ORIGINAL_SENDER + " IN ('" + intruder + "', '" + store + "')");
            Session intruderSession = asIntruder.createSession(false, Session.AUTO_ACKNOWLEDGE);
            intruderSession.createProducer(intruderSession.createQueue(Destinations.FULFILMENT_UPDATES))
                    .send(intruderSession.createTextMessage("{\"schemaVersion\":1,\"fulfilmentId\":\"" + fulfilment
                            + "\",\"locationId\":\"" + store + "\",\"action\":\"REJECT\",\"reason\":\"OTHER\"}"));
            Session storeSession = asStore.createSession(false, Session.AUTO_ACKNOWLEDGE);
            storeSession.createProducer(storeSession.createQueue(Destinations.FULFILMENT_UPDATES))
                    .send(storeSession.createTextMessage("{\"schemaVersion\":1,\"fulfilmentId\":\"" + fulfilment
                            + "\",\"locationId\":\"" + store + "\",\"action\":\"COLLECT\",\"pickupCode\":\"123456\"}"));

            Message first = deadLetters.receive(10_000);
            Message second = deadLetters.receive(10_000);

            assertNotNull(first);
            assertNotNull(second);
            String reasons = first.getStringProperty(Headers.REJECT_REASON) + " | "
                    + second.getStringProperty(Headers.REJECT_REASON);
            assertTrue(reasons.contains("sent by broker user " + intruder), reasons);
            assertTrue(reasons.contains("cannot collect"), reasons);
        }
        assertEquals("SENT", Api.get("/api/v1/orders/" + order.getString("number")).json()
                .getJsonArray("fulfilments").getJsonObject(0).getString("status"), "nothing changed");
    }

    @Test
    void clickAndCollectGoesFromTheStoresStockToTheCustomerWithTheRightCodeOnly() {
        String store = OrderDesk.location("FC", "STORE", 52.36, 4.90, null);
        Api.Client shop = OrderDesk.shop(store);
        Api.receive(sku, store, 3);
        Api.Client storeSystems = Api.newClient(store, null, "read", "orders:write");

        JsonObject order = shop.post("/api/v1/orders", collectedOrder(uniqueCode("web"), null, "40.00", store,
                new Line(sku, 2))).json();
        String number = order.getString("number");
        JsonObject fulfilment = order.getJsonArray("fulfilments").getJsonObject(0);
        assertEquals("PICKUP", fulfilment.getString("mode"));
        assertEquals(store, fulfilment.getString("location"));
        String code = fulfilment.getString("code");

        report(storeSystems, code, "{\"step\":\"ACCEPT\"}");
        report(storeSystems, code, "{\"step\":\"PICK\"}");
        JsonObject ready = report(storeSystems, code, "{\"step\":\"PACK\"}");
        assertEquals("READY_FOR_PICKUP", ready.getString("status"));
        assertFalse(ready.containsKey("pickupCode"), "the store does not see the customer's code");
        JsonObject asShop = shop.get("/api/v1/orders/" + number).json();
        assertEquals("READY_FOR_PICKUP", asShop.getString("status"));
        String pickupCode = asShop.getJsonArray("fulfilments").getJsonObject(0).getString("pickupCode");
        assertTrue(pickupCode.matches("[0-9]{6}"));
        assertFalse(storeSystems.get("/api/v1/orders/" + number).body().contains(pickupCode));

        String wrong = pickupCode.equals("000000") ? "111111" : "000000";
        Api.Reply refused = storeSystems.post("/api/v1/fulfilments/" + code + "/reports",
                "{\"step\":\"COLLECT\",\"pickupCode\":\"" + wrong + "\"}");
        assertEquals(422, refused.status(), refused.body());
        assertTrue(refused.body().contains("wrong-pickup-code"));
        assertEquals(3L, Api.onHand(sku, store));

        JsonObject collected = report(storeSystems, code, "{\"step\":\"COLLECT\",\"pickupCode\":\"" + pickupCode
                + "\"}");
        assertEquals("COLLECTED", collected.getString("status"));
        assertEquals(1L, Api.onHand(sku, store), "the two units left with the customer");
        assertEquals("COMPLETED", Api.get("/api/v1/orders/" + number).json().getString("status"));
        JsonObject again = report(storeSystems, code, "{\"step\":\"COLLECT\",\"pickupCode\":\"" + pickupCode
                + "\"}");
        assertTrue(again.getBoolean("replayed"), "the same step again changes nothing");
        assertEquals(1L, Api.onHand(sku, store));
    }

    @Test
    void aPickupNobodyCollectsInTimeGoesBackOnTheShelf() {
        String store = OrderDesk.location("FM", "STORE", 52.36, 4.90, "\"collectWithin\":\"PT2S\"");
        Api.Client shop = OrderDesk.shop(store);
        Api.receive(sku, store, 3);
        Api.Client storeSystems = Api.newClient(store, null, "read", "orders:write");
        JsonObject order = shop.post("/api/v1/orders", collectedOrder(uniqueCode("web"), null, "20.00", store,
                new Line(sku, 1))).json();
        String code = order.getJsonArray("fulfilments").getJsonObject(0).getString("code");
        report(storeSystems, code, "{\"step\":\"PACK\"}");
        assertEquals(2, available(sku, store));

        JsonObject missed = awaitOrder(order.getString("number"), o -> o.getString("status").equals("CANCELLED"),
                Duration.ofSeconds(20));

        assertEquals("NOT_COLLECTED", missed.getJsonArray("fulfilments").getJsonObject(0).getString("status"));
        assertEquals(1, missed.getJsonArray("lines").getJsonObject(0).getInt("cancelled"));
        assertEquals(3, available(sku, store), "the unit is available again");
        assertEquals(3L, Api.onHand(sku, store));
    }

    @Test
    void aStoreThatDoesNotAcceptInTimeLosesTheOrder() {
        String slow = OrderDesk.location("FL", "STORE", 52.36, 4.90, "\"acceptWithin\":\"PT2S\"");
        String next = OrderDesk.location("FX", "STORE", 52.09, 5.12, null);
        Api.Client shop = OrderDesk.shop(slow, next);
        Api.receive(sku, slow, 2);
        Api.receive(sku, next, 2);

        JsonObject order = shop.post("/api/v1/orders", shippedOrder(uniqueCode("web"), null, "20.00",
                new Line(sku, 1))).json();
        assertEquals(slow, order.getJsonArray("fulfilments").getJsonObject(0).getString("location"));

        JsonObject moved = awaitOrder(order.getString("number"), o -> o.getJsonArray("fulfilments").size() == 2,
                Duration.ofSeconds(20));

        assertEquals("EXPIRED", OrderDesk.fulfilmentsAt(moved, slow).get(0).getString("status"));
        assertEquals("SENT", OrderDesk.fulfilmentsAt(moved, next).get(0).getString("status"));
        assertEquals(2, available(sku, slow));
        assertEquals(1, available(sku, next));
    }

    @Test
    void aStoreAtItsDailyCapacityIsPassedOverAndTheDecisionSaysSo() {
        String busy = OrderDesk.location("FB", "STORE", 52.36, 4.90, "\"dailyCapacity\":1");
        String other = OrderDesk.location("FO", "STORE", 50.85, 5.69, null);
        Api.Client shop = OrderDesk.shop(busy, other);
        Api.receive(sku, busy, 5);
        Api.receive(sku, other, 5);

        JsonObject first = shop.post("/api/v1/orders", shippedOrder(uniqueCode("web"), null, "20.00",
                new Line(sku, 1))).json();
        JsonObject second = shop.post("/api/v1/orders", shippedOrder(uniqueCode("web"), null, "20.00",
                new Line(sku, 1))).json();

        assertEquals(busy, first.getJsonArray("fulfilments").getJsonObject(0).getString("location"),
                "busier, but 180 km nearer");
        assertEquals(other, second.getJsonArray("fulfilments").getJsonObject(0).getString("location"));
        String routing = Api.get("/api/v1/orders/" + second.getString("number") + "/routing").body();
        assertTrue(routing.contains("\"location\":\"" + busy + "\",\"reason\":\"AT_CAPACITY\""), routing);
        assertTrue(routing.contains("1/1 fulfilments today"), routing);
    }

    @Test
    void aPickupAtAStoreWithoutTheUnitsIsShippedThereAndHandedOverWhenItArrives() {
        String warehouse = OrderDesk.location("FW", "WAREHOUSE", 51.56, 5.09, null);
        String store = OrderDesk.location("FP", "STORE", 52.36, 4.90, null);
        Api.Client shop = OrderDesk.shop(warehouse, store);
        assertEquals(200, Api.put("/api/v1/skus/" + sku + "/cost", "{\"unitCost\":7.00}").status());
        Api.receive(sku, warehouse, 10);
        Api.Client warehouseSystems = Api.newClient(warehouse, null, "read", "orders:write");
        Api.Client storeSystems = Api.newClient(store, null, "read", "orders:write");

        JsonObject order = shop.post("/api/v1/orders", collectedOrder(uniqueCode("web"), null, "20.00", store,
                new Line(sku, 1))).json();
        String number = order.getString("number");
        JsonObject shipment = order.getJsonArray("fulfilments").getJsonObject(0);
        assertEquals("SHIP_TO_STORE", shipment.getString("mode"));
        assertEquals(warehouse, shipment.getString("location"));
        assertEquals(store, shipment.getString("pickupLocation"));

        report(warehouseSystems, shipment.getString("code"), "{\"step\":\"SHIP\",\"carrier\":\"PostNL\","
                + "\"trackingNumber\":\"3SABC123\"}");
        JsonObject onItsWay = Api.get("/api/v1/orders/" + number).json();
        assertEquals("SHIPPED", onItsWay.getString("status"));
        JsonObject pickup = fulfilmentIn(onItsWay, "AWAITING_ARRIVAL");
        assertEquals(store, pickup.getString("location"));
        assertEquals(9L, Api.onHand(sku, warehouse));

        report(storeSystems, pickup.getString("code"), "{\"step\":\"ARRIVE\"}");
        JsonObject ready = Api.get("/api/v1/orders/" + number).json();
        assertEquals("READY_FOR_PICKUP", ready.getString("status"));
        assertEquals(1L, Api.onHand(sku, store), "on hand at the store, held for the customer");
        assertEquals(0, available(sku, store));
        String pickupCode = fulfilmentIn(ready, "READY_FOR_PICKUP").getString("pickupCode");
        report(storeSystems, pickup.getString("code"), "{\"step\":\"COLLECT\",\"pickupCode\":\"" + pickupCode
                + "\"}");
        assertEquals("COMPLETED", Api.get("/api/v1/orders/" + number).json().getString("status"));
        assertEquals(0L, Api.onHand(sku, store));

        List<JsonObject> transfer = Api.journalEntries("transfer", shipment.getString("code"));
        assertEquals(2, transfer.size(), "in transit to the store, not sold: " + transfer);
        assertEquals(Map.of("1310@" + warehouse, new BigDecimal("7.00"), "1300@" + warehouse,
                new BigDecimal("-7.00")), Api.netLines(transfer.get(0)));
        assertEquals(Map.of("1300@" + store, new BigDecimal("7.00"), "1310@" + warehouse, new BigDecimal("-7.00")),
                Api.netLines(transfer.get(1)));
        Map<String, BigDecimal> revenue = Api.netLines(Api.journalEntries("fulfilment", pickup.getString("code"))
                .get(0));
        assertEquals(revenue.get("1100@" + store).negate(), revenue.get("4000@" + store), revenue.toString());
        assertTrue(revenue.get("1100@" + store).signum() > 0, "revenue when the customer collects");
        assertTrue(Api.valueReconciliation().getBoolean("balanced"), Api.valueReconciliation().toString());
    }

    private static FulfilmentTask task(Message message) throws JMSException {
        assertNotNull(message, "the store got no task");
        return JsonCodec.fromJson(((TextMessage) message).getText(), FulfilmentTask.class);
    }
}
