package org.omnistock.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.omnistock.system.Api.createLocation;
import static org.omnistock.system.Api.createSku;
import static org.omnistock.system.Api.get;
import static org.omnistock.system.Api.post;
import static org.omnistock.system.Api.receive;
import static org.omnistock.system.Api.uniqueCode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Reservations, counts and quantity states through the REST API, against the assembled server. */
class StockReservationsIT {

    private String sku;
    private String store;

    @BeforeEach
    void newSkuAndStore() {
        sku = uniqueCode("RES");
        store = uniqueCode("RV");
        createSku(sku);
        createLocation(store, "STORE");
    }

    @Test
    void aHundredBuyersOnTenUnitsNeverOversell() throws Exception {
        receive(sku, store, 10);
        int buyers = 100;
        ExecutorService pool = Executors.newFixedThreadPool(buyers);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Api.Reply>> replies = new ArrayList<>();
            for (int i = 0; i < buyers; i++) {
                String body = reservation("buyer-" + i, null, line(sku, store, 1));
                replies.add(pool.submit(() -> {
                    start.await();
                    return post("/api/v1/reservations", body);
                }));
            }
            start.countDown();
            List<Api.Reply> done = new ArrayList<>();
            for (Future<Api.Reply> reply : replies) {
                done.add(reply.get());
            }
            Map<Integer, Long> byStatus = done.stream()
                    .collect(Collectors.groupingBy(Api.Reply::status, Collectors.counting()));

            assertEquals(Map.of(201, 10L, 422, 90L), byStatus, "replies by HTTP status");
            assertTrue(done.stream().filter(r -> r.status() == 422)
                    .allMatch(r -> r.json().getString("type").endsWith(":insufficient-stock")));
        } finally {
            pool.shutdownNow();
        }
        JsonObject level = level();
        assertEquals(10, level.getInt("onHand"));
        assertEquals(10, level.getInt("reserved"));
        assertEquals(0, level.getInt("available"));
        assertBalanced();
    }

    @Test
    void aReservationOfSeveralLinesHoldsAllOrNothing() {
        String other = uniqueCode("RES");
        createSku(other);
        receive(sku, store, 5);
        receive(other, store, 1);

        Api.Reply refused = post("/api/v1/reservations",
                reservation("order-1", null, line(sku, store, 2), line(other, store, 2)));

        assertEquals(422, refused.status());
        assertTrue(refused.json().getString("detail").startsWith("line 2:"), refused.body());
        assertEquals(0, level().getInt("reserved"));

        Api.Reply held = post("/api/v1/reservations",
                reservation("order-1", null, line(sku, store, 2), line(other, store, 1)));

        assertEquals(201, held.status(), held.body());
        assertEquals(2, held.json().getJsonArray("reservations").size());
        assertEquals(2, level().getInt("reserved"));
        assertBalanced();
    }

    @Test
    void aRepeatedReservationWithItsKeyHoldsNothingMore() {
        receive(sku, store, 5);
        String key = UUID.randomUUID().toString();
        String body = reservation("order-2", null, line(sku, store, 2));

        Api.Reply first = post("/api/v1/reservations", body, key);
        Api.Reply again = post("/api/v1/reservations", body, key);
        Api.Reply other = post("/api/v1/reservations", reservation("order-2", null, line(sku, store, 3)), key);

        assertEquals(201, first.status());
        assertEquals(first.json().getJsonArray("reservations"), again.json().getJsonArray("reservations"));
        assertEquals(409, other.status());
        assertEquals(2, level().getInt("reserved"));
    }

    /**
     * A client that sends its request again before the first answer came (a retry on a timeout) uses the same key:
     * requests queued for one level are taken together, and a key's second use in one batch is answered by its
     * first, never held twice. Buyers without a key run alongside, so that the copies share batches with others.
     */
    @Test
    void copiesOfOneRequestSentAtOnceHoldOnce() throws Exception {
        receive(sku, store, 50);
        String key = UUID.randomUUID().toString();
        String body = reservation("order-retried", null, line(sku, store, 2));
        int copies = 20;
        int others = 20;
        ExecutorService pool = Executors.newFixedThreadPool(copies + others);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Api.Reply>> replies = new ArrayList<>();
            for (int i = 0; i < copies + others; i++) {
                boolean copy = i % 2 == 0;
                String request = copy ? body : reservation("walk-in-" + i, null, line(sku, store, 1));
                replies.add(pool.submit(() -> {
                    start.await();
                    return copy ? post("/api/v1/reservations", request, key) : post("/api/v1/reservations", request);
                }));
            }
            start.countDown();
            List<JsonObject> copyAnswers = new ArrayList<>();
            for (int i = 0; i < replies.size(); i++) {
                Api.Reply reply = replies.get(i).get();
                assertEquals(201, reply.status(), reply.toString());
                if (i % 2 == 0) {
                    copyAnswers.add(reply.json().getJsonArray("reservations").getJsonObject(0));
                }
            }
            assertEquals(1, copyAnswers.stream().map(answer -> answer.getJsonNumber("id").longValue()).distinct()
                    .count(), "every copy is answered with the one reservation: " + copyAnswers);
        } finally {
            pool.shutdownNow();
        }
        assertEquals(2 + others, level().getInt("reserved"));
        assertBalanced();
    }

    @Test
    void fulfilmentTakesStockOffTheShelfOnceAndReleaseGivesItBack() {
        receive(sku, store, 5);
        long fulfilled = reserveOne(2);
        long released = reserveOne(1);

        assertEquals("FULFILLED", post("/api/v1/reservations/" + fulfilled + "/fulfilment", "").json()
                .getString("status"));
        assertEquals("RELEASED", post("/api/v1/reservations/" + released + "/release", "").json()
                .getString("status"));
        assertEquals(409, post("/api/v1/reservations/" + fulfilled + "/fulfilment", "").status());
        assertEquals(409, post("/api/v1/reservations/" + released + "/fulfilment", "").status());
        assertEquals(404, get("/api/v1/reservations/999999999").status());

        JsonObject level = level();
        assertEquals(3, level.getInt("onHand"));
        assertEquals(0, level.getInt("reserved"));
        assertEquals(3, level.getInt("available"));
        assertBalanced();
    }

    @Test
    void aCartHoldExpiresByItself() throws InterruptedException {
        receive(sku, store, 3);
        Api.Reply held = post("/api/v1/reservations", reservation("cart-1", 1L, line(sku, store, 3)));
        long id = held.json().getJsonArray("reservations").getJsonObject(0).getJsonNumber("id").longValue();
        assertEquals(0, level().getInt("available"));

        String status = "OPEN";
        for (int i = 0; i < 60 && status.equals("OPEN"); i++) {
            Thread.sleep(500);
            status = get("/api/v1/reservations/" + id).json().getString("status");
        }

        assertEquals("EXPIRED", status);
        assertEquals(3, level().getInt("available"));
    }

    @Test
    void aCountIsRefusedWhenOnHandChangedSinceItStarted() {
        receive(sku, store, 8);

        Api.Reply stale = post("/api/v1/stock/counts", count(10, 6));
        Api.Reply counted = post("/api/v1/stock/counts", count(8, 6));

        assertEquals(422, stale.status());
        assertEquals("urn:omnistock:problem:count-mismatch", stale.json().getString("type"));
        assertTrue(stale.json().getString("detail").contains("on hand is 8"), stale.body());
        assertEquals(201, counted.status());
        assertEquals(-2, counted.json().getInt("quantity"));
        assertEquals(6, level().getInt("onHand"));
    }

    @Test
    void damagedQualityControlAndSafetyStockAreNotAvailable() {
        receive(sku, store, 10);

        assertEquals(201, post("/api/v1/stock/state-moves", "{\"sku\":\"" + sku + "\",\"locationId\":\"" + store
                + "\",\"quantity\":3,\"from\":\"AVAILABLE\",\"to\":\"DAMAGED\"}").status());
        assertEquals(201, post("/api/v1/stock/state-moves", "{\"sku\":\"" + sku + "\",\"locationId\":\"" + store
                + "\",\"quantity\":1,\"from\":\"AVAILABLE\",\"to\":\"QUALITY_CONTROL\"}").status());
        assertEquals(201, post("/api/v1/stock/safety-stock", "{\"sku\":\"" + sku + "\",\"locationId\":\"" + store
                + "\",\"quantity\":2}").status());
        Api.Reply tooMany = post("/api/v1/reservations", reservation("order-3", null, line(sku, store, 5)));

        JsonObject level = level();
        assertEquals(10, level.getInt("onHand"));
        assertEquals(3, level.getInt("damaged"));
        assertEquals(1, level.getInt("qualityControl"));
        assertEquals(2, level.getInt("safetyStock"));
        assertEquals(4, level.getInt("available"));
        assertEquals(422, tooMany.status());
        assertEquals(4, get("/api/v1/skus/" + sku + "/movements?location=" + store).json().getInt("total"),
                "the receipt, two moves and the safety stock are in the ledger, and the refused hold is not");
        assertBalanced();
    }

    @Test
    void announcedGoodsAreIncomingUntilTheirReceiptArrives() {
        String order = "PO-" + UUID.randomUUID();
        String announcement = "{\"sku\":\"" + sku + "\",\"locationId\":\"" + store + "\",\"quantity\":20,"
                + "\"expectedAt\":\"2026-12-01T08:00:00Z\",\"reference\":\"" + order + "\"}";

        assertEquals(201, post("/api/v1/stock/incoming", announcement).status());
        assertEquals(422, post("/api/v1/stock/incoming", announcement).status(), "one announcement per reference");
        JsonObject expected = level();
        assertEquals(20, expected.getInt("incoming"));
        assertEquals("2026-12-01T08:00:00Z", expected.getString("nextExpectedAt"));
        assertEquals(0, expected.getInt("available"));

        Api.Reply received = post("/api/v1/stock/receipts", "{\"sku\":\"" + sku + "\",\"locationId\":\"" + store
                + "\",\"quantity\":18,\"reference\":\"" + order + "\"}");

        assertEquals(201, received.status(), received.body());
        JsonObject level = level();
        assertEquals(18, level.getInt("onHand"));
        assertEquals(0, level.getInt("incoming"));
        assertEquals(18, level.getInt("available"));
        assertBalanced();
    }

    private long reserveOne(int quantity) {
        Api.Reply held = post("/api/v1/reservations", reservation("order-" + UUID.randomUUID(), null,
                line(sku, store, quantity)));
        assertEquals(201, held.status(), held.body());
        return held.json().getJsonArray("reservations").getJsonObject(0).getJsonNumber("id").longValue();
    }

    private JsonObject level() {
        return get("/api/v1/skus/" + sku + "/stock").json().getJsonArray("levels").getJsonObject(0);
    }

    /** The whole database's books agree, not only this test's. */
    private static void assertBalanced() {
        JsonObject report = get("/api/v1/stock/reconciliation").json();
        assertTrue(report.getJsonArray("mismatches").isEmpty(), report.toString());
        assertTrue(report.getInt("checkedLevels") > 0);
    }

    private String count(long expected, long counted) {
        return "{\"sku\":\"" + sku + "\",\"locationId\":\"" + store + "\",\"expectedOnHand\":" + expected
                + ",\"countedOnHand\":" + counted + "}";
    }

    private static String line(String skuCode, String location, int quantity) {
        return "{\"sku\":\"" + skuCode + "\",\"locationId\":\"" + location + "\",\"quantity\":" + quantity + "}";
    }

    private static String reservation(String reference, Long holdSeconds, String... lines) {
        return "{\"reference\":\"" + reference + "\"" + (holdSeconds == null ? "" : ",\"holdSeconds\":" + holdSeconds)
                + ",\"lines\":[" + String.join(",", lines) + "]}";
    }
}
