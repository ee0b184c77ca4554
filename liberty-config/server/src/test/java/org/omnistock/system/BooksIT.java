package org.omnistock.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.omnistock.system.Api.createLocation;
import static org.omnistock.system.Api.createSku;
import static org.omnistock.system.Api.get;
import static org.omnistock.system.Api.post;
import static org.omnistock.system.Api.uniqueCode;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.jms.Connection;
import jakarta.jms.JMSException;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.omnistock.messages.Destinations;
import org.omnistock.messages.Headers;

/**
 * The books and what stock is worth, from outside: every stock movement and till sale posts a balanced entry in its
 * own transaction, the cost positions follow the moving average, and the journal's stock equals the valuation.
 */
class BooksIT {

    private String sku;
    private String warehouse;
    private String store;

    @BeforeEach
    void aSkuAtFourEuros() {
        sku = uniqueCode("BK");
        warehouse = uniqueCode("BW");
        store = uniqueCode("BS");
        createSku(sku);
        createLocation(warehouse, "WAREHOUSE");
        createLocation(store, "STORE");
        assertEquals(200, Api.put("/api/v1/skus/" + sku + "/cost", "{\"unitCost\":4.00}").status());
    }

    @Test
    void stockMovesAndTillSalesPostBalancedEntriesThatReconcileWithTheValuation() throws JMSException {
        String delivery = uniqueCode("delivery");
        assertEquals(201, post("/api/v1/stock/receipts", "{\"sku\":\"" + sku + "\",\"locationId\":\"" + warehouse
                + "\",\"quantity\":10,\"reference\":\"" + delivery + "\"}").status());
        JsonObject receipt = only(entriesOf("delivery", delivery));
        assertEquals("RECEIPT", receipt.getString("eventType"));
        assertEquals(Map.of("1300@" + warehouse, new BigDecimal("40.00"), "3900@" + warehouse,
                new BigDecimal("-40.00")), net(receipt), "received at the SKU's cost, against opening balances");
        assertPosition(warehouse, 10, "40.00", "4.0000");

        String transfer = uniqueCode("transfer");
        assertEquals(201, post("/api/v1/transfers", "{\"reference\":\"" + transfer + "\",\"sku\":\"" + sku
                + "\",\"fromLocationId\":\"" + warehouse + "\",\"toLocationId\":\"" + store + "\",\"quantity\":4,"
                + "\"expectedAt\":\"" + Instant.now().plusSeconds(86_400) + "\"}").status());
        assertEquals(200, post("/api/v1/transfers/" + transfer + "/receipt", "{\"quantity\":3}").status());
        List<JsonObject> transferEntries = entriesOf("transfer", transfer);
        assertEquals(2, transferEntries.size(), transferEntries.toString());
        assertEquals(Map.of("1310@" + warehouse, new BigDecimal("16.00"), "1300@" + warehouse,
                new BigDecimal("-16.00")), net(transferEntries.get(0)), "four units in transit at the average");
        assertEquals(Map.of("1300@" + store, new BigDecimal("12.00"), "1310@" + warehouse, new BigDecimal("-16.00"),
                "5200@" + store, new BigDecimal("4.00")), net(transferEntries.get(1)),
                "three arrived at the value they left with; the one that did not is shrinkage");
        assertPosition(warehouse, 6, "24.00", "4.0000");
        assertPosition(store, 3, "12.00", "4.0000");

        String damaged = uniqueCode("damaged");
        assertEquals(201, post("/api/v1/stock/adjustments", "{\"sku\":\"" + sku + "\",\"locationId\":\"" + warehouse
                + "\",\"quantity\":-1,\"reason\":\"DAMAGED\",\"reference\":\"" + damaged + "\"}").status());
        JsonObject writeOff = only(entriesOf("stock-correction", damaged));
        assertEquals("DAMAGED", writeOff.getString("reason"));
        assertEquals(Map.of("5200@" + warehouse, new BigDecimal("4.00"), "1300@" + warehouse,
                new BigDecimal("-4.00")), net(writeOff));

        String receiptId = "R-" + UUID.randomUUID();
        sell(receiptId, 5, "19.99");
        List<JsonObject> sale = awaitEntries("till-receipt", "POS " + store + "/" + receiptId, 2);
        JsonObject revenue = sale.stream().filter(e -> e.getString("eventType").equals("SALE")).findFirst()
                .orElseThrow();
        assertEquals(Map.of("1000@" + store, new BigDecimal("99.95"), "4000@" + store, new BigDecimal("-99.95")),
                net(revenue), "the takings against revenue");
        JsonObject cost = sale.stream().filter(e -> e.getString("eventType").equals("SALE_COST")).findFirst()
                .orElseThrow();
        assertEquals(Map.of("5000@" + store, new BigDecimal("20.00"), "1300@" + store, new BigDecimal("-20.00")),
                net(cost), "three units held at 12.00 and two sold beyond them at the last cost, 4.00 each");
        assertPosition(store, -2, "-8.00", "4.0000");

        assertEquals(201, post("/api/v1/stock/receipts", "{\"sku\":\"" + sku + "\",\"locationId\":\"" + store
                + "\",\"quantity\":5}").status());
        assertPosition(store, 3, "12.00", "4.0000");

        JsonObject reconciliation = get("/api/v1/valuation/reconciliation").json();
        assertTrue(reconciliation.getBoolean("balanced"), reconciliation.toString());
        for (String location : List.of(warehouse, store)) {
            JsonObject row = reconciliation.getJsonArray("locations").stream().map(JsonValue::asJsonObject)
                    .filter(r -> r.getString("location").equals(location)).findFirst().orElseThrow();
            assertEquals(row.getJsonNumber("onHand").longValue(), row.getJsonNumber("unitsValued").longValue());
        }

        JsonObject trial = get("/api/v1/journal/trial-balance?location=" + store).json();
        assertEquals(0, trial.getJsonNumber("totalDebits").bigDecimalValue().compareTo(
                trial.getJsonNumber("totalCredits").bigDecimalValue()), trial.toString());
    }

    @Test
    void theFeedHasEveryEntryOnceInCommitOrderAndTheBrokerHasEachAsAnEvent() throws JMSException {
        Connection connection = Broker.asAdmin();
        try {
            connection.start();
            Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
            var events = session.createConsumer(session.createTopic(Destinations.JOURNAL_POSTED),
                    Headers.LOCATION_ID + " = '" + warehouse + "'");
            long before = lastPosition();
            String delivery = uniqueCode("delivery");
            assertEquals(201, post("/api/v1/stock/receipts", "{\"sku\":\"" + sku + "\",\"locationId\":\""
                    + warehouse + "\",\"quantity\":3,\"reference\":\"" + delivery + "\"}").status());
            long id = only(entriesOf("delivery", delivery)).getJsonNumber("id").longValue();

            TextMessage event = (TextMessage) events.receive(15_000);
            assertTrue(event != null && event.getText().contains("\"entryId\":" + id), "the entry on the broker");
            assertTrue(event.getText().contains("\"amount\":12.00,") && event.getText().contains("\"credit\":0.00"),
                    "money at the currency's digits: " + event.getText());

            long seen = 0;
            long deadline = System.currentTimeMillis() + 15_000;
            while (seen == 0 && System.currentTimeMillis() < deadline) {
                JsonObject page = get("/api/v1/journal?after=" + before + "&limit=500").json();
                for (JsonValue entry : page.getJsonArray("entries")) {
                    long position = entry.asJsonObject().getJsonNumber("position").longValue();
                    assertTrue(position > before, "only what follows the cursor");
                    before = position;
                    if (entry.asJsonObject().getJsonNumber("id").longValue() == id) {
                        seen++;
                    }
                }
            }
            assertEquals(1, seen, "the entry joins the feed once it is published");
        } finally {
            connection.close();
        }
    }

    @Test
    void theBooksAreReadWithBooksReadAndEverywhereAndKeptWithBooksAdmin() throws InterruptedException {
        Api.Client merchandiser = Api.newClient(null, null, "read", "catalog:write");
        assertEquals(403, merchandiser.get("/api/v1/journal").status());
        assertEquals(403, merchandiser.get("/api/v1/valuation/reconciliation").status());
        Api.Client storeFinance = Api.newClient(store, null, "read", "books:read");
        assertEquals(403, storeFinance.get("/api/v1/journal").status(), "the feed concerns every location");
        assertEquals(200, storeFinance.get("/api/v1/journal/trial-balance?location=" + store).status());
        assertEquals(403, storeFinance.get("/api/v1/journal/trial-balance?location=" + warehouse).status(),
                "another location's books");
        assertEquals(403, storeFinance.post("/api/v1/accounts", "{\"number\":\"9" + sku.hashCode() % 1000
                + "\",\"name\":\"x\",\"type\":\"ASSET\"}").status());

        String account = "6" + Math.abs(UUID.randomUUID().hashCode() % 100_000);
        assertEquals(201, post("/api/v1/accounts", "{\"number\":\"" + account + "\",\"name\":\"Damaged goods\","
                + "\"type\":\"EXPENSE\"}").status());
        Api.Reply soon = post("/api/v1/accounts/mappings", "{\"eventType\":\"ADJUSTMENT\",\"role\":\"shrinkage\","
                + "\"reason\":\"DAMAGED\",\"location\":\"" + warehouse + "\",\"account\":\"" + account
                + "\",\"effectiveFrom\":\"" + Instant.now() + "\"}");
        assertEquals(422, soon.status(), "no server may post by a mapping it has not read yet");
        assertEquals(422, post("/api/v1/accounts/mappings", "{\"eventType\":\"ADJUSTMENT\",\"role\":\"shrink\","
                + "\"account\":\"" + account + "\"}").status(), "an unknown role");
        Api.Reply mapped = post("/api/v1/accounts/mappings", "{\"eventType\":\"ADJUSTMENT\",\"role\":\"shrinkage\","
                + "\"reason\":\"DAMAGED\",\"location\":\"" + warehouse + "\",\"account\":\"" + account + "\"}");
        assertEquals(201, mapped.status(), mapped.body());
        Instant from = Instant.parse(mapped.json().getString("effectiveFrom"));

        assertEquals(201, post("/api/v1/stock/receipts", "{\"sku\":\"" + sku + "\",\"locationId\":\"" + warehouse
                + "\",\"quantity\":10}").status());
        String before = uniqueCode("damaged");
        adjust(before, "DAMAGED");
        assertTrue(net(only(entriesOf("stock-correction", before))).containsKey("5200@" + warehouse),
                "posted before the mapping applies");
        Thread.sleep(Math.max(0, from.toEpochMilli() - System.currentTimeMillis()) + 1_000);
        String after = uniqueCode("damaged");
        adjust(after, "DAMAGED");
        assertEquals(Map.of(account + "@" + warehouse, new BigDecimal("4.00"), "1300@" + warehouse,
                new BigDecimal("-4.00")), net(only(entriesOf("stock-correction", after))));
        String theft = uniqueCode("theft");
        adjust(theft, "THEFT");
        assertTrue(net(only(entriesOf("stock-correction", theft))).containsKey("5200@" + warehouse),
                "the mapping is narrowed to damage");
        assertFalse(get("/api/v1/valuation/reconciliation").json().getJsonArray("locations").isEmpty());
        assertTrue(get("/api/v1/valuation/reconciliation").json().getBoolean("balanced"),
                "a stock account stays a stock account, whichever account shrinkage goes to");
    }

    private void adjust(String reference, String reason) {
        assertEquals(201, post("/api/v1/stock/adjustments", "{\"sku\":\"" + sku + "\",\"locationId\":\"" + warehouse
                + "\",\"quantity\":-1,\"reason\":\"" + reason + "\",\"reference\":\"" + reference + "\"}").status());
    }

    private void sell(String receiptId, int quantity, String unitPrice) throws JMSException {
        Broker.StoreUser user = Broker.credentialsOf(store);
        try (Connection connection = Broker.asStore(user, null)) {
            Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
            TextMessage message = session.createTextMessage("{\"schemaVersion\":1,\"storeId\":\"" + store
                    + "\",\"receiptId\":\"" + receiptId + "\",\"soldAt\":\"" + Instant.now() + "\",\"lines\":[{"
                    + "\"sku\":\"" + sku + "\",\"quantity\":" + quantity + ",\"unitPrice\":\"" + unitPrice + "\"}]}");
            session.createProducer(session.createQueue(Destinations.POS_SALES)).send(message);
        }
    }

    private void assertPosition(String location, long units, String value, String average) {
        JsonArray items = get("/api/v1/valuation?location=" + location).json().getJsonArray("items");
        JsonObject position = items.stream().map(JsonValue::asJsonObject)
                .filter(p -> p.getString("sku").equals(sku)).findFirst().orElseThrow(() ->
                        new AssertionError("no position of " + sku + " at " + location + ": " + items));
        assertEquals(units, position.getJsonNumber("units").longValue(), position.toString());
        assertEquals(new BigDecimal(value), position.getJsonNumber("value").bigDecimalValue(), position.toString());
        assertEquals(new BigDecimal(average), position.getJsonNumber("average").bigDecimalValue(),
                position.toString());
    }

    private static List<JsonObject> entriesOf(String type, String id) {
        return Api.journalEntries(type, id);
    }

    private static List<JsonObject> awaitEntries(String type, String id, int count) {
        long deadline = System.currentTimeMillis() + 15_000;
        List<JsonObject> entries = entriesOf(type, id);
        while (entries.size() < count && System.currentTimeMillis() < deadline) {
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
            entries = entriesOf(type, id);
        }
        assertEquals(count, entries.size(), entries.toString());
        return entries;
    }

    private static JsonObject only(List<JsonObject> entries) {
        assertEquals(1, entries.size(), entries.toString());
        return entries.get(0);
    }

    private static Map<String, BigDecimal> net(JsonObject entry) {
        return Api.netLines(entry);
    }

    private static long lastPosition() {
        long last = 0;
        JsonObject page;
        do {
            page = get("/api/v1/journal?after=" + last + "&limit=500").json();
            last = page.getJsonNumber("next").longValue();
        } while (!page.getJsonArray("entries").isEmpty());
        return last;
    }
}
