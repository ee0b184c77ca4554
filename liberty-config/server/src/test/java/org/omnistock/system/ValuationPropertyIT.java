package org.omnistock.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.omnistock.system.Api.createLocation;
import static org.omnistock.system.Api.createSku;
import static org.omnistock.system.Api.uniqueCode;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import jakarta.jms.Connection;
import jakarta.jms.JMSException;
import jakarta.jms.MessageProducer;
import jakarta.jms.Session;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.junit.jupiter.api.Test;
import org.omnistock.messages.Destinations;

/**
 * The property the books rest on, tried with a thousand random events from outside: whatever mix of receipts,
 * adjustments, transfers (some arriving short), till sales (some selling what the books do not have), purchase
 * orders received in parts, invoiced at other prices and carrying landed costs, every entry balances, the journal's
 * stock equals the valuation at every location, the cost positions hold every unit on hand, and their values add up
 * to it. The seed is printed; a failure names it, and the same seed replays the same events.
 */
class ValuationPropertyIT {

    private static final int EVENTS = 1_000;
    private static final List<String> OUT_REASONS = List.of("DAMAGED", "LOST", "THEFT", "EXPIRED");

    private final Api.Client finance = Api.newClient(null, null, "read", "stock:write", "purchasing:read",
            "purchasing:write", "payables:write", "books:read");
    private final Map<String, Long> expectedOnHand = new HashMap<>();
    private final List<String> skus = new ArrayList<>();
    private final List<String> locations = new ArrayList<>();
    private final List<String> stores = new ArrayList<>();
    private final List<String> orders = new ArrayList<>();
    private String supplier;
    private Instant halfway;
    private Random random;
    private long seed;

    @Test
    void aThousandRandomEventsLeaveTheJournalsStockEqualToTheValuation() throws Exception {
        seed = Long.getLong("omnistock.property.seed", System.nanoTime());
        System.out.println("ValuationPropertyIT seed " + seed);
        random = new Random(seed);
        setUp();
        Map<String, Integer> done = new HashMap<>();
        Broker.StoreUser till = Broker.credentialsOf(stores.get(0));
        try (Connection connection = Broker.asStore(till, null)) {
            Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
            MessageProducer sales = session.createProducer(session.createQueue(Destinations.POS_SALES));
            for (int i = 0; i < EVENTS; i++) {
                if (i == EVENTS / 2) {
                    awaitTillSales();
                    halfway = Instant.now();
                }
                int kind = random.nextInt(100);
                String what = kind < 20 ? receipt() : kind < 35 ? adjustment() : kind < 50 ? transfer()
                        : kind < 70 ? sale(session, sales) : kind < 82 ? purchaseOrder() : kind < 94 ? invoice()
                        : landedCost();
                done.merge(what, 1, Integer::sum);
            }
        }
        System.out.println("ValuationPropertyIT events " + done);
        awaitTillSales();

        JsonObject reconciliation = Api.get("/api/v1/valuation/reconciliation").json();
        assertTrue(reconciliation.getBoolean("balanced"), "seed " + seed + ": " + reconciliation);
        for (String location : locations) {
            JsonObject row = reconciliation.getJsonArray("locations").stream().map(JsonValue::asJsonObject)
                    .filter(r -> r.getString("location").equals(location)).findFirst()
                    .orElseThrow(() -> new AssertionError("seed " + seed + ": " + location + " not reconciled"));
            assertEquals(row.getJsonNumber("onHand").longValue(), row.getJsonNumber("unitsValued").longValue(),
                    "seed " + seed + ": every unit at " + location + " is valued: " + row);
            BigDecimal positions = Api.get("/api/v1/valuation?location=" + location + "&size=100").json()
                    .getJsonArray("items").stream().map(p -> p.asJsonObject().getJsonNumber("value")
                            .bigDecimalValue()).reduce(BigDecimal.ZERO, BigDecimal::add);
            assertEquals(0, positions.compareTo(row.getJsonNumber("journal").bigDecimalValue()),
                    "seed " + seed + ": the positions at " + location + " add up to the journal's stock: " + row);
        }
        for (Instant at : List.of(halfway, Instant.now())) {
            JsonObject then = Api.get("/api/v1/valuation/reconciliation?at=" + at).json();
            assertTrue(then.getBoolean("balanced"), "seed " + seed + " at " + at + ": " + then);
            for (String location : locations) {
                BigDecimal valued = Api.get("/api/v1/valuation/at?at=" + at + "&location=" + location).json()
                        .getJsonNumber("total").bigDecimalValue();
                BigDecimal booked = then.getJsonArray("locations").stream().map(JsonValue::asJsonObject)
                        .filter(r -> r.getString("location").equals(location)).findFirst()
                        .map(r -> r.getJsonNumber("journal").bigDecimalValue()).orElse(BigDecimal.ZERO);
                assertEquals(0, valued.compareTo(booked), "seed " + seed + ": what " + location + " was worth at "
                        + at + " is what the journal says");
            }
        }
        String csv = Api.ADMIN.get("/api/v1/valuation/at/csv?location=" + locations.get(0), "text/csv").body();
        assertTrue(csv.startsWith("at,location,sku,name,category,units,value,currency"), csv);
        int rows = Api.get("/api/v1/valuation/at?location=" + locations.get(0)).json().getJsonArray("rows").size();
        assertTrue(rows > 0, "the warehouse holds stock");
        assertEquals(rows, csv.lines().count() - 1, "one record per SKU at the warehouse: " + csv);
        JsonObject trial = Api.get("/api/v1/journal/trial-balance").json();
        assertEquals(0, trial.getJsonNumber("totalDebits").bigDecimalValue()
                .compareTo(trial.getJsonNumber("totalCredits").bigDecimalValue()), "seed " + seed + ": " + trial);
    }

    private void setUp() {
        String warehouse = uniqueCode("VPW");
        createLocation(warehouse, "WAREHOUSE");
        locations.add(warehouse);
        for (int i = 0; i < 2; i++) {
            String store = uniqueCode("VPS");
            createLocation(store, "STORE");
            locations.add(store);
            stores.add(store);
        }
        supplier = uniqueCode("VPSUP");
        assertEquals(201, finance.post("/api/v1/suppliers", "{\"code\":\"" + supplier + "\",\"name\":\"Property\","
                + "\"leadTimeDays\":3,\"paymentTermsDays\":30,\"overPercent\":100}").status());
        for (int i = 0; i < 3; i++) {
            String sku = uniqueCode("VP");
            createSku(sku);
            skus.add(sku);
            assertEquals(200, Api.put("/api/v1/skus/" + sku + "/cost", "{\"unitCost\":" + price(2, 10) + "}")
                    .status());
            assertEquals(200, finance.put("/api/v1/suppliers/" + supplier + "/items", "{\"sku\":\"" + sku
                    + "\",\"unitPrice\":" + price(2, 10) + ",\"packSize\":1,\"minimumQuantity\":1}").status());
        }
        for (String sku : skus) {
            for (String location : locations) {
                receiptOf(sku, location, 1);
            }
        }
    }

    private String receipt() {
        String sku = any(skus);
        String location = any(locations);
        receiptOf(sku, location, 1 + random.nextInt(20));
        return "receipt";
    }

    private void receiptOf(String sku, String location, long quantity) {
        Api.Reply reply = finance.post("/api/v1/stock/receipts", "{\"sku\":\"" + sku + "\",\"locationId\":\""
                + location + "\",\"quantity\":" + quantity + "}");
        assertEquals(201, reply.status(), reply.body());
        moved(sku, location, quantity);
    }

    private String adjustment() {
        String sku = any(skus);
        String location = any(locations);
        boolean out = random.nextBoolean();
        long quantity = 1 + random.nextInt(5);
        Api.Reply reply = finance.post("/api/v1/stock/adjustments", "{\"sku\":\"" + sku + "\",\"locationId\":\""
                + location + "\",\"quantity\":" + (out ? -quantity : quantity) + ",\"reason\":\""
                + (out ? any(OUT_REASONS) : "FOUND") + "\",\"reference\":\"" + uniqueCode("adj") + "\"}");
        if (reply.status() != 201) {
            assertTrue(reply.status() == 409 || reply.status() == 422, reply.toString());
            return "adjustment refused";
        }
        moved(sku, location, out ? -quantity : quantity);
        return "adjustment";
    }

    private String transfer() {
        String sku = any(skus);
        String from = any(locations);
        String to = any(stores);
        if (from.equals(to)) {
            return receipt();
        }
        long quantity = 1 + random.nextInt(5);
        String reference = uniqueCode("vpt");
        Api.Reply sent = finance.post("/api/v1/transfers", "{\"reference\":\"" + reference + "\",\"sku\":\"" + sku
                + "\",\"fromLocationId\":\"" + from + "\",\"toLocationId\":\"" + to + "\",\"quantity\":" + quantity
                + ",\"expectedAt\":\"" + Instant.now().plusSeconds(86_400) + "\"}");
        if (sent.status() != 201) {
            assertTrue(sent.status() == 409 || sent.status() == 422, sent.toString());
            return "transfer refused";
        }
        moved(sku, from, -quantity);
        long arrived = random.nextInt(4) == 0 ? random.nextInt((int) quantity + 1) : quantity;
        if (arrived == 0) {
            return "transfer still in transit";
        }
        Api.Reply received = finance.post("/api/v1/transfers/" + reference + "/receipt", "{\"quantity\":" + arrived
                + "}");
        assertEquals(200, received.status(), received.body());
        moved(sku, to, arrived);
        return arrived < quantity ? "transfer short" : "transfer";
    }

    private String sale(Session session, MessageProducer sales) throws JMSException {
        String sku = any(skus);
        long quantity = 1 + random.nextInt(3);
        sales.send(session.createTextMessage("{\"schemaVersion\":1,\"storeId\":\"" + stores.get(0)
                + "\",\"receiptId\":\"" + uniqueCode("R") + "\",\"soldAt\":\"" + Instant.now() + "\",\"lines\":[{"
                + "\"sku\":\"" + sku + "\",\"quantity\":" + quantity + ",\"unitPrice\":\"" + price(5, 20) + "\"}]}"));
        moved(sku, stores.get(0), -quantity);
        return "till sale";
    }

    private String purchaseOrder() {
        String sku = any(skus);
        String location = any(locations);
        long quantity = 5 + random.nextInt(30);
        Api.Reply drafted = finance.post("/api/v1/purchase-orders", "{\"supplier\":\"" + supplier + "\",\"lines\":[{"
                + "\"sku\":\"" + sku + "\",\"locationId\":\"" + location + "\",\"quantity\":" + quantity + "}]}");
        assertEquals(201, drafted.status(), drafted.body());
        String number = drafted.json().getString("number");
        assertEquals(200, finance.post("/api/v1/purchase-orders/" + number + "/send", "").status());
        long came = 1 + random.nextInt((int) quantity + 5);
        Api.Reply received = finance.post("/api/v1/purchase-orders/" + number + "/receipts", "{\"locationId\":\""
                + location + "\",\"lines\":[{\"lineNo\":1,\"quantity\":" + came + "}]}");
        assertEquals(200, received.status(), received.body());
        moved(sku, location, came);
        orders.add(number);
        return "purchase order";
    }

    private String invoice() {
        if (orders.isEmpty()) {
            return purchaseOrder();
        }
        String number = any(orders);
        JsonObject line = Api.get("/api/v1/purchase-orders/" + number).json().getJsonArray("lines").getJsonObject(0);
        long open = line.getJsonNumber("received").longValue() - line.getJsonNumber("invoiced").longValue();
        if (open == 0) {
            return landedCost();
        }
        long quantity = 1 + random.nextInt((int) open);
        BigDecimal ordered = line.getJsonNumber("unitPrice").bigDecimalValue();
        BigDecimal price = ordered.multiply(BigDecimal.valueOf(90 + random.nextInt(21)))
                .movePointLeft(2).setScale(4, java.math.RoundingMode.HALF_UP);
        Api.Reply invoiced = finance.post("/api/v1/purchase-orders/" + number + "/invoices", "{\"number\":\""
                + uniqueCode("INV") + "\",\"invoiceDate\":\"" + LocalDate.now(ZoneOffset.UTC) + "\",\"lines\":[{"
                + "\"lineNo\":1,\"quantity\":" + quantity + ",\"unitPrice\":" + price.toPlainString() + "}]}");
        assertEquals(201, invoiced.status(), invoiced.body());
        return "invoice";
    }

    private String landedCost() {
        if (orders.isEmpty()) {
            return purchaseOrder();
        }
        Api.Reply billed = finance.post("/api/v1/purchase-orders/" + any(orders) + "/landed-costs", "{\"number\":\""
                + uniqueCode("FR") + "\",\"billDate\":\"" + LocalDate.now(ZoneOffset.UTC).minusDays(random.nextInt(40))
                + "\",\"amount\":" + price(1, 20) + ",\"spreadBy\":\"" + (random.nextBoolean() ? "VALUE" : "QUANTITY")
                + "\"}");
        assertEquals(201, billed.status(), billed.body());
        return "landed cost";
    }

    /** Till sales are taken from the broker in the background: waits until the ledger shows every one of them. */
    private void awaitTillSales() throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        for (Map.Entry<String, Long> level : expectedOnHand.entrySet()) {
            String[] skuAt = level.getKey().split("@");
            Long onHand = Api.onHand(skuAt[0], skuAt[1]);
            while (!level.getValue().equals(onHand) && System.nanoTime() < deadline) {
                Thread.sleep(250);
                onHand = Api.onHand(skuAt[0], skuAt[1]);
            }
            assertEquals(level.getValue(), onHand, "seed " + seed + ": on hand of " + level.getKey());
        }
    }

    private void moved(String sku, String location, long units) {
        expectedOnHand.merge(sku + "@" + location, units, Long::sum);
    }

    private String price(int from, int to) {
        return BigDecimal.valueOf(from * 100L + random.nextInt((to - from) * 100), 2).toPlainString();
    }

    private <T> T any(List<T> choices) {
        return choices.get(random.nextInt(choices.size()));
    }
}
