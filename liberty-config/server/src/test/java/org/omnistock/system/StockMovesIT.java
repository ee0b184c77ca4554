package org.omnistock.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.omnistock.system.Api.post;
import static org.omnistock.system.Api.uniqueCode;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Amsterdam sold 15 of its 18 units in the last days and is about to run out; Utrecht, 35 km away, sells none of its
 * 60; a warehouse holds 100. Stock moves suggest what to send, and an accepted one is a transfer, once.
 */
class StockMovesIT {

    private String category;
    private String sku;
    private String amsterdam;
    private String utrecht;
    private String warehouse;

    @BeforeEach
    void aStoreAboutToRunOutAndAnotherSittingOnStock() throws Exception {
        category = uniqueCode("Moves");
        sku = uniqueCode("MV");
        assertEquals(201, post("/api/v1/skus", "{\"code\":\"" + sku + "\",\"name\":\"Moved tee\",\"category\":\""
                + category + "\"}").status());
        amsterdam = OrderDesk.location("MVA", "STORE", 52.370, 4.890, null);
        utrecht = OrderDesk.location("MVU", "STORE", 52.090, 5.110, null);
        warehouse = OrderDesk.location("MVW", "WAREHOUSE", 51.560, 5.090, null);
        Api.receive(sku, amsterdam, 18);
        Api.receive(sku, utrecht, 60);
        Api.receive(sku, warehouse, 100);
        AnalyticsIT.tillSale(amsterdam, sku, 15, "20.00");
        AnalyticsIT.awaitSales("?category=" + category, r -> r.getJsonObject("total").getInt("units") == 15);
    }

    private static JsonArray suggestions(Api.Client client, String query) {
        Api.Reply reply = client.get("/api/v1/stock-moves?" + query);
        assertEquals(200, reply.status(), reply.body());
        return reply.jsonArray();
    }

    private String acceptance(String from, String to, String source) {
        return "{\"sku\":\"" + sku + "\",\"fromLocationId\":\"" + from + "\",\"toLocationId\":\"" + to + "\","
                + "\"terms\":{\"source\":\"" + source + "\",\"targetCoverDays\":21,\"leadTimeDays\":7,"
                + "\"maxDistanceKm\":150}}";
    }

    @Test
    void theStoreAboutToRunOutGetsTheSurplusOfTheNearestStoreOnceAccepted() {
        JsonArray moves = suggestions(Api.ADMIN, "category=" + category);

        assertEquals(1, moves.size(), moves.toString());
        JsonObject move = moves.getJsonObject(0);
        assertEquals(utrecht, move.getString("fromLocationId"));
        assertEquals(amsterdam, move.getString("toLocationId"));
        assertEquals(8, move.getInt("quantity"), "15 sold in 30 days is half a unit a day: 21 days is 11, it has 3");
        assertEquals(6.0, move.getJsonNumber("toCoverBefore").doubleValue(), 1e-9);
        assertEquals(22.0, move.getJsonNumber("toCoverAfter").doubleValue(), 1e-9);
        assertEquals(1, move.getInt("unitsSaved"), "a week is 3.5 units, 4 rounded up, 3 on hand");

        Api.Reply accepted = post("/api/v1/stock-moves/acceptances", acceptance(utrecht, amsterdam, "STORES"));
        assertEquals(201, accepted.status(), accepted.body());
        assertEquals(move.getString("reference"), accepted.json().getString("reference"));
        assertEquals(8, accepted.json().getInt("quantity"));
        Api.Reply again = post("/api/v1/stock-moves/acceptances", acceptance(utrecht, amsterdam, "STORES"));
        assertEquals(200, again.status(), "accepted twice is one transfer: " + again.body());
        assertEquals(52L, Api.onHand(sku, utrecht), "8 left Utrecht, once");
        assertEquals(0, suggestions(Api.ADMIN, "category=" + category).size(),
                "the units on their way count: Amsterdam is no longer short");
    }

    @Test
    void warehousesReplenishTheSameStoreWhenAskedTo() {
        JsonArray moves = suggestions(Api.ADMIN, "source=WAREHOUSES&category=" + category);

        assertEquals(1, moves.size(), moves.toString());
        assertEquals(warehouse, moves.getJsonObject(0).getString("fromLocationId"));
        assertEquals(8, moves.getJsonObject(0).getInt("quantity"));
        Api.Reply csv = Api.ADMIN.get("/api/v1/stock-moves?source=WAREHOUSES&category=" + category, "text/csv");
        assertEquals(200, csv.status());
        assertTrue(csv.body().startsWith("sku,name,fromLocationId,toLocationId,quantity"), csv.body());
    }

    @Test
    void staffSeeTheirStoresMovesAndShipOnlyFromTheirOwnAndStaleOrBadOnesAreRefused() {
        Api.Client amsterdamStaff = Api.newClient(amsterdam, null, "read", "stock:write");
        Api.Client elsewhere = Api.newClient(OrderDesk.location("MVX", "STORE", 53.2, 6.5, null), null, "read",
                "stock:write");

        assertEquals(1, suggestions(amsterdamStaff, "category=" + category).size(), "to their store");
        assertEquals(0, suggestions(elsewhere, "category=" + category).size(), "neither to nor from theirs");
        assertEquals(403, amsterdamStaff.post("/api/v1/stock-moves/acceptances",
                acceptance(utrecht, amsterdam, "STORES")).status(), "the units leave Utrecht: Utrecht ships them");
        assertEquals(403, Api.newClient(null, null, "read").post("/api/v1/stock-moves/acceptances",
                acceptance(utrecht, amsterdam, "STORES")).status());
        Api.Client boundMover = Api.newClient(amsterdam, null, "read", "stock:moves");
        assertEquals(403, boundMover.post("/api/v1/stock-moves/acceptances", acceptance(utrecht, amsterdam,
                "STORES")).status(), "stock:moves bound to a store moves nothing from another");
        assertEquals(60L, Api.onHand(sku, utrecht), "nothing moved");
        Api.Client merchandising = Api.newClient(null, null, "read", "stock:moves");
        Api.Reply moved = merchandising.post("/api/v1/stock-moves/acceptances", acceptance(utrecht, amsterdam,
                "STORES"));
        assertEquals(201, moved.status(), "stock:moves ships a suggested move without stock:write: " + moved.body());
        assertEquals(52L, Api.onHand(sku, utrecht));
        assertEquals(403, merchandising.post("/api/v1/stock/adjustments", "{\"sku\":\"" + sku
                + "\",\"locationId\":\"" + utrecht + "\",\"quantity\":-1,\"reason\":\"DAMAGED\"}").status(),
                "but adjusts no stock");

        Api.Reply stale = post("/api/v1/stock-moves/acceptances", acceptance(warehouse, amsterdam, "STORES"));
        assertEquals(409, stale.status(), stale.body());
        assertEquals("urn:omnistock:problem:no-longer-suggested", stale.json().getString("type"));
        assertEquals(422, Api.get("/api/v1/stock-moves?source=EVERYWHERE").status());
        assertEquals(400, Api.get("/api/v1/stock-moves?targetCoverDays=0").status());
        assertEquals(400, post("/api/v1/stock-moves/acceptances", "{\"sku\":\"" + sku + "\"}").status());
        assertEquals(100L, Api.onHand(sku, warehouse), "nothing left the warehouse");
    }
}
