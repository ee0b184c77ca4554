package org.omnistock.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.omnistock.system.Api.uniqueCode;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.jms.Connection;
import jakarta.jms.JMSException;
import jakarta.jms.MessageProducer;
import jakarta.jms.Session;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.junit.jupiter.api.Test;
import org.omnistock.messages.Destinations;

/**
 * A store's till day (docs/sale-to-cash.md, "till days"): opened with a float, its X report adding up receipts by
 * tender, tax and document, closed with a cash difference that needs a reason and is posted; receipts recorded
 * while it closes each land in exactly one day; the wrong store and the wrong role refused.
 */
class TillDaysIT {

    private final String store = uniqueCode("TD");
    private final String sku = OrderDesk.pricedSku("TD", "10.00");
    private final Api.Client manager;
    private final Broker.StoreUser till;

    TillDaysIT() {
        Api.createLocation(store, "STORE");
        Api.receive(sku, store, 1_000);
        manager = Api.newClient(store, null, "read", "till:days");
        till = Broker.credentialsOf(store);
    }

    @Test
    void aDayOpensAddsUpItsReceiptsAndClosesWithACountedDifference() throws Exception {
        Api.Reply opened = manager.post("/api/v1/stores/" + store + "/days", "{\"openingFloat\":100.00}");
        assertEquals(201, opened.status(), opened.body());
        assertEquals(409, manager.post("/api/v1/stores/" + store + "/days", "{\"openingFloat\":0}").status(),
                "one day open at a time");

        sell("R1", 2, null, "[{\"type\":\"CASH\",\"amount\":\"20.00\",\"given\":\"50.00\"}]");
        sell("R2", 1, null, "[{\"type\":\"CARD\",\"amount\":\"10.00\",\"reference\":\"T-1\"}]");
        sell("R3", 1, null, null);
        sell("R4", 1, "AVAILABLE", "[{\"type\":\"CASH\",\"amount\":\"-10.00\"}]");
        JsonObject x = awaitReceipts(4);

        Map<String, BigDecimal> totals = totals(x);
        assertEquals(new BigDecimal("10.00"), totals.get("TENDER/CASH"), "20.00 in, 10.00 paid back: " + x);
        assertEquals(new BigDecimal("10.00"), totals.get("TENDER/CARD"));
        assertEquals(new BigDecimal("10.00"), totals.get("TENDER/UNSAID"));
        assertEquals(new BigDecimal("40.00"), totals.get("DOCUMENT/SIMPLIFIED"));
        assertEquals(new BigDecimal("-10.00"), totals.get("DOCUMENT/CREDIT_NOTE"));
        assertEquals(new BigDecimal("110.00"), x.getJsonNumber("expectedCash").bigDecimalValue(), "float and cash");

        Api.Reply unexplained = manager.post("/api/v1/stores/" + store + "/days/current/close",
                "{\"countedCash\":108.00}");
        assertEquals(422, unexplained.status(), unexplained.body());
        assertTrue(unexplained.body().contains("say why they differ by -2.00"), unexplained.body());
        Api.Reply closed = manager.post("/api/v1/stores/" + store + "/days/current/close",
                "{\"countedCash\":108.00,\"reason\":\"two euros short in the second till\"}");
        assertEquals(200, closed.status(), closed.body());
        JsonObject z = closed.json();
        assertEquals("CLOSED", z.getString("state"));
        assertEquals(new BigDecimal("-2.00"), z.getJsonNumber("difference").bigDecimalValue());
        Map<String, BigDecimal> posted = Api.netLines(Api.journalEntries("till-day", store + "/" + z.getInt("id"))
                .get(0));
        assertEquals(new BigDecimal("-2.00"), posted.get("1010@" + store), "less cash than the books said");
        assertEquals(new BigDecimal("2.00"), posted.get("5400@" + store));
        assertEquals(404, manager.get("/api/v1/stores/" + store + "/days/current").status(), "no day open");

        sell("R5", 1, null, null);
        JsonObject next = awaitReceipts(1);
        assertEquals("first receipt", next.getString("openedBy"), "the next receipt opens the next day");
        assertEquals(2, manager.get("/api/v1/stores/" + store + "/days").jsonArray().size());
    }

    @Test
    void receiptsRecordedWhileTheDayClosesEachLandInOneDay() throws Exception {
        int tills = 4;
        int each = 15;
        ExecutorService sending = Executors.newFixedThreadPool(tills);
        try {
            List<Future<?>> sent = new java.util.ArrayList<>();
            for (int t = 0; t < tills; t++) {
                int number = t;
                sent.add(sending.submit(() -> {
                    try (Connection connection = Broker.asStore(till, null)) {
                        Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
                        MessageProducer producer = session.createProducer(session.createQueue(
                                Destinations.POS_SALES));
                        for (int i = 0; i < each; i++) {
                            producer.send(session.createTextMessage(sale("C" + number + "-" + i, 1, null, null)));
                            Thread.sleep(20);
                        }
                    }
                    return null;
                }));
            }
            awaitReceipts(1);
            Api.Reply closed = manager.post("/api/v1/stores/" + store + "/days/current/close",
                    "{\"countedCash\":0}");
            assertEquals(200, closed.status(), closed.body());
            for (Future<?> future : sent) {
                future.get();
            }
        } finally {
            sending.shutdownNow();
        }
        long deadline = System.currentTimeMillis() + 30_000;
        long counted = 0;
        BigDecimal documented = BigDecimal.ZERO;
        while (System.currentTimeMillis() < deadline) {
            counted = 0;
            documented = BigDecimal.ZERO;
            for (JsonValue value : manager.get("/api/v1/stores/" + store + "/days").jsonArray()) {
                JsonObject day = value.asJsonObject();
                counted += day.getJsonNumber("receipts").longValue();
                documented = documented.add(totals(day).getOrDefault("DOCUMENT/SIMPLIFIED", BigDecimal.ZERO));
            }
            if (counted == (long) tills * each) {
                break;
            }
            Thread.sleep(200);
        }
        assertEquals((long) tills * each, counted, "every receipt in a day, none in two");
        assertEquals(new BigDecimal("600.00"), documented);
    }

    @Test
    void anotherStoreAndAnotherRoleAreRefused() {
        String other = uniqueCode("TDO");
        Api.createLocation(other, "STORE");
        assertEquals(403, Api.newClient(other, null, "read", "till:days").post("/api/v1/stores/" + store + "/days",
                "{\"openingFloat\":0}").status(), "another store's manager");
        assertEquals(403, Api.newClient(store, null, "read", "stock:write").get("/api/v1/stores/" + store
                + "/days").status(), "stock rights are not till rights");
        assertEquals(400, manager.post("/api/v1/stores/" + store + "/days", "{\"openingFloat\":-5}").status());
        String warehouse = uniqueCode("TDW");
        Api.createLocation(warehouse, "WAREHOUSE");
        assertEquals(422, Api.post("/api/v1/stores/" + warehouse + "/days", "{\"openingFloat\":0}").status(),
                "a warehouse has no tills");
    }

    private void sell(String receipt, int quantity, String returnCondition, String tenders) throws JMSException {
        try (Connection connection = Broker.asStore(till, null)) {
            Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
            session.createProducer(session.createQueue(Destinations.POS_SALES)).send(session.createTextMessage(
                    sale(receipt, quantity, returnCondition, tenders)));
        }
    }

    private String sale(String receipt, int quantity, String returnCondition, String tenders) {
        return "{\"schemaVersion\":1,\"storeId\":\"" + store + "\",\"receiptId\":\"" + receipt + "\",\"soldAt\":\""
                + Instant.now() + "\",\"lines\":[{\"sku\":\"" + sku + "\",\"quantity\":" + quantity
                + ",\"unitPrice\":\"10.00\"" + (returnCondition == null ? "" : ",\"returnCondition\":\""
                + returnCondition + "\"") + "}]" + (tenders == null ? "" : ",\"tenders\":" + tenders) + "}";
    }

    private JsonObject awaitReceipts(long receipts) throws InterruptedException {
        return awaitReceipts(manager, store, receipts);
    }

    /** The store's open day's X report once it counts at least this many receipts. */
    static JsonObject awaitReceipts(Api.Client client, String store, long receipts) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 15_000;
        while (true) {
            Api.Reply current = client.get("/api/v1/stores/" + store + "/days/current");
            if (current.status() == 200 && current.json().getJsonNumber("receipts").longValue() >= receipts) {
                return current.json();
            }
            assertTrue(System.currentTimeMillis() < deadline, "the day's receipts: " + current.body());
            Thread.sleep(100);
        }
    }

    /** A day report's totals as kind/key -> amount (TENDER/CASH). */
    static Map<String, BigDecimal> totals(JsonObject report) {
        Map<String, BigDecimal> totals = new HashMap<>();
        for (JsonValue value : report.getJsonArray("totals")) {
            JsonObject total = value.asJsonObject();
            totals.put(total.getString("kind") + "/" + total.getString("key"),
                    total.getJsonNumber("amount").bigDecimalValue());
        }
        return totals;
    }
}
