package org.omnistock.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.omnistock.system.Api.createLocation;
import static org.omnistock.system.Api.createSku;
import static org.omnistock.system.Api.get;
import static org.omnistock.system.Api.post;
import static org.omnistock.system.Api.receive;
import static org.omnistock.system.Api.uniqueCode;

import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;

/**
 * Stock as of an earlier instant, as a merchandiser asks it ("what could store S001 promise at 10:15 yesterday?"):
 * read from the ledger, it equals replaying the level's movements up to that instant.
 */
class StockAsOfIT {

    /** A moment that lies between what was recorded before it and what is recorded after it. */
    private static Instant between() throws InterruptedException {
        Thread.sleep(20);
        Instant at = Instant.now();
        Thread.sleep(20);
        return at;
    }

    private static Map<String, JsonObject> levels(String sku, Instant asOf, Api.Client client) {
        Api.Reply reply = client.get("/api/v1/skus/" + sku + "/stock" + (asOf == null ? "" : "?asOf=" + asOf));
        assertEquals(200, reply.status(), reply.body());
        Map<String, JsonObject> levels = new TreeMap<>();
        reply.json().getJsonArray("levels").forEach(l -> levels.put(l.asJsonObject().getString("locationId"),
                l.asJsonObject()));
        return levels;
    }

    /** On hand and reserved of the level replayed from its movements recorded by then. */
    private static long[] replayed(String sku, String location, Instant at) {
        long[] sums = new long[2];
        get("/api/v1/skus/" + sku + "/movements?location=" + location + "&size=500").json().getJsonArray("items")
                .stream().map(m -> m.asJsonObject())
                .filter(m -> !Instant.parse(m.getString("recordedAt")).isAfter(at))
                .forEach(m -> {
                    sums[0] += m.getJsonNumber("quantity").longValue();
                    sums[1] += m.getJsonObject("change").getJsonNumber("reserved").longValue();
                });
        return sums;
    }

    @Test
    void stockAsOfAnInstantEqualsTheLedgerReplayedToThatInstant() throws Exception {
        String sku = uniqueCode("ASOF");
        String store = uniqueCode("AS");
        String warehouse = uniqueCode("AW");
        createSku(sku);
        createLocation(store, "STORE");
        createLocation(warehouse, "WAREHOUSE");
        receive(sku, store, 10);
        Instant afterReceipt = between();
        assertEquals(201, post("/api/v1/stock/adjustments", "{\"sku\":\"" + sku + "\",\"locationId\":\"" + store
                + "\",\"quantity\":-3,\"reason\":\"DAMAGED\"}").status());
        receive(sku, warehouse, 4);
        assertEquals(201, post("/api/v1/reservations", "{\"reference\":\"asof-" + sku + "\",\"lines\":[{\"sku\":\""
                + sku + "\",\"locationId\":\"" + store + "\",\"quantity\":2}]}").status());
        Instant afterReservation = between();
        receive(sku, store, 5);

        Map<String, JsonObject> first = levels(sku, afterReceipt, Api.ADMIN);
        assertEquals(1, first.size(), "the warehouse had no stock of it yet: " + first);
        assertEquals(10, first.get(store).getInt("onHand"));
        assertEquals(10, first.get(store).getInt("available"));
        Map<String, JsonObject> second = levels(sku, afterReservation, Api.ADMIN);
        assertEquals(7, second.get(store).getInt("onHand"));
        assertEquals(2, second.get(store).getInt("reserved"));
        assertEquals(5, second.get(store).getInt("available"), "what the store could promise then");
        assertEquals(4, second.get(warehouse).getInt("onHand"));
        for (Instant at : new Instant[] {afterReceipt, afterReservation}) {
            Map<String, JsonObject> asOf = levels(sku, at, Api.ADMIN);
            for (String location : asOf.keySet()) {
                long[] replay = replayed(sku, location, at);
                assertEquals(replay[0], asOf.get(location).getInt("onHand"), location + " at " + at);
                assertEquals(replay[1], asOf.get(location).getInt("reserved"), location + " at " + at);
            }
        }
        Map<String, JsonObject> live = levels(sku, null, Api.ADMIN);
        Map<String, JsonObject> late = levels(sku, Instant.now().plusSeconds(60), Api.ADMIN);
        for (String location : live.keySet()) {
            for (String quantity : new String[] {"onHand", "reserved", "available"}) {
                assertEquals(live.get(location).getInt(quantity), late.get(location).getInt(quantity),
                        "as of now, the ledger is the level: " + location + " " + quantity);
            }
        }
    }

    @Test
    void aStoresClientSeesOnlyItsOwnPastAndABadInstantIsSaidSo() throws Exception {
        String sku = uniqueCode("ASOF");
        String store = uniqueCode("AS");
        String other = uniqueCode("AS");
        createSku(sku);
        createLocation(store, "STORE");
        createLocation(other, "STORE");
        receive(sku, store, 3);
        receive(sku, other, 8);
        Instant at = between();

        Map<String, JsonObject> seen = levels(sku, at, Api.newClient(store, null, "read"));

        assertEquals(Set.of(store), seen.keySet(), "another store's stock is not this store's to see");
        Api.Reply bad = get("/api/v1/skus/" + sku + "/stock?asOf=yesterday");
        assertEquals(422, bad.status(), bad.body());
        assertTrue(bad.body().contains("invalid-instant"), bad.body());
        assertEquals(404, get("/api/v1/skus/NO-SUCH-" + sku + "/stock?asOf=" + at).status());
    }
}
