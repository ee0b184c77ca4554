package org.omnistock.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.omnistock.system.Api.post;
import static org.omnistock.system.Api.uniqueCode;
import static org.omnistock.system.OrderDesk.Line;
import static org.omnistock.system.OrderDesk.shippedOrder;

import java.time.Instant;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Routing rules as an operations manager changes them: written as a draft, tried on past orders, published, never
 * changed once published; and where an order would go, with why, before anyone places it.
 */
class RoutingIT {

    @AfterEach
    void theStandardRulesAgain() {
        OrderDesk.standardRules();
    }

    @Test
    void aDraftIsTriedOnPastOrdersThenPublishedAndAPublishedVersionNeverChanges() {
        OrderDesk.standardRules();
        String sku = OrderDesk.pricedSku("RT", "10.00");
        String warehouse = OrderDesk.location("RTW", "WAREHOUSE", 51.56, 5.09, null);
        String store = OrderDesk.location("RTS", "STORE", 52.36, 4.90, null);
        Api.receive(sku, warehouse, 50);
        Api.receive(sku, store, 50);
        Api.Client shop = OrderDesk.shop(warehouse, store);
        Instant before = Instant.now().minusSeconds(1);
        for (int i = 0; i < 3; i++) {
            JsonObject order = shop.post("/api/v1/orders", shippedOrder(uniqueCode("web"), null, "10.00",
                    new Line(sku, 1))).json();
            assertEquals(store, order.getJsonArray("fulfilments").getJsonObject(0).getString("location"),
                    "the nearest location");
        }
        Instant after = Instant.now().plusSeconds(1);

        Api.Reply draft = post("/api/v1/routing/rule-sets", "{\"name\":\"Warehouses only\",\"strategies\":["
                + "{\"name\":\"warehouses\",\"locationTypes\":[\"WAREHOUSE\"],\"maxSplits\":0,\"splitPenalty\":5}]}");
        assertEquals(201, draft.status(), draft.body());
        int version = draft.json().getInt("version");
        assertEquals("DRAFT", draft.json().getString("status"));

        Api.Reply replay = post("/api/v1/routing/rule-sets/" + version + "/replays", "{\"from\":\"" + before
                + "\",\"to\":\"" + after + "\",\"max\":10000}");
        assertEquals(200, replay.status(), replay.body());
        JsonObject report = replay.json();
        assertTrue(report.getInt("groups") >= 3, report.toString());
        assertTrue(report.getJsonArray("differences").stream().map(JsonValue::asJsonObject).anyMatch(d ->
                d.getJsonArray("recordedLocations").getString(0).equals(store)
                        && d.getJsonArray("replayedLocations").getString(0).equals(warehouse)), report.toString());

        Api.Reply published = post("/api/v1/routing/rule-sets/" + version + "/publication", "");
        assertEquals(200, published.status(), published.body());
        assertEquals("ACTIVE", published.json().getString("status"));
        JsonObject routed = shop.post("/api/v1/orders", shippedOrder(uniqueCode("web"), null, "10.00",
                new Line(sku, 1))).json();
        assertEquals(warehouse, routed.getJsonArray("fulfilments").getJsonObject(0).getString("location"));
        String decision = Api.get("/api/v1/orders/" + routed.getString("number") + "/routing").body();
        assertTrue(decision.contains("\"ruleSetVersion\":" + version), decision);
        assertTrue(decision.contains("\"reason\":\"LOCATION_TYPE\""), decision);

        Api.Reply changed = Api.put("/api/v1/routing/rule-sets/" + version, "{\"name\":\"changed\","
                + "\"strategies\":[{\"name\":\"any\",\"maxSplits\":0}]}");
        assertEquals(409, changed.status(), changed.body());
        assertTrue(changed.body().contains("rule-set-published"));
    }

    @Test
    void aPreviewSaysWhereAnOrderWouldGoAndWhyAndPlacesNothingAndALocationsChangeCountsAtOnce() {
        OrderDesk.standardRules();
        String sku = OrderDesk.pricedSku("RP", "10.00");
        String near = OrderDesk.location("RPN", "STORE", 52.36, 4.90, null);
        String far = OrderDesk.location("RPF", "STORE", 51.44, 5.48, null);
        Api.receive(sku, near, 3);
        Api.receive(sku, far, 30);

        Api.Reply preview = post("/api/v1/routing/preview", "{\"mode\":\"SHIP\",\"latitude\":52.37,"
                + "\"longitude\":4.89,\"lines\":[{\"sku\":\"" + sku + "\",\"quantity\":1}]}");

        assertEquals(200, preview.status(), preview.body());
        JsonObject decision = preview.json();
        assertEquals("ALLOCATED", decision.getString("outcome"));
        assertEquals(near, decision.getJsonObject("plan").getJsonArray("allocations").getJsonObject(0)
                .getString("location"));
        assertEquals(far, decision.getJsonObject("runnerUp").getJsonArray("allocations").getJsonObject(0)
                .getString("location"));
        assertTrue(decision.getString("summary").contains("km farther"), decision.getString("summary"));
        assertEquals(3, OrderDesk.available(sku, near), "a preview holds nothing");

        Api.Reply stopsShipping = Api.put("/api/v1/locations/" + near + "/fulfilment", "{\"ships\":false,"
                + "\"offersPickup\":true,\"fulfilmentCost\":5,\"acceptWithin\":\"PT1H\",\"collectWithin\":\"P7D\","
                + "\"timeZone\":\"Europe/Amsterdam\"}");
        assertEquals(200, stopsShipping.status(), stopsShipping.body());
        JsonObject after = post("/api/v1/routing/preview", "{\"mode\":\"SHIP\",\"latitude\":52.37,"
                + "\"longitude\":4.89,\"lines\":[{\"sku\":\"" + sku + "\",\"quantity\":1}]}").json();
        assertEquals(far, after.getJsonObject("plan").getJsonArray("allocations").getJsonObject(0)
                .getString("location"), "the change counts at the next decision, not a second later");
        assertTrue(after.toString().contains("\"location\":\"" + near + "\",\"reason\":\"CANNOT_SHIP\""),
                after.toString());
    }

    @Test
    void onlyThoseWhoMayChangeRoutingRulesDoAndBadRulesAreRefused() {
        Api.Client shop = Api.newClient(null, null, "read", "orders:write");
        Api.Client store = Api.newClient(OrderDesk.location("RB", "STORE", 52.0, 5.0, null), null, "read",
                "routing:write");
        String rules = "{\"name\":\"mine\",\"strategies\":[{\"name\":\"any\",\"maxSplits\":0}]}";

        assertEquals(403, shop.post("/api/v1/routing/rule-sets", rules).status());
        assertEquals(403, store.post("/api/v1/routing/rule-sets", rules).status(), "rules concern every location");
        Api.Reply tooManySplits = post("/api/v1/routing/rule-sets", "{\"name\":\"greedy\",\"strategies\":["
                + "{\"name\":\"any\",\"maxSplits\":40,\"weights\":{\"distance\":-1}}]}");
        assertEquals(400, tooManySplits.status(), tooManySplits.body());
        assertTrue(tooManySplits.body().contains("maxSplits"), tooManySplits.body());
        assertTrue(tooManySplits.body().contains("distance"), tooManySplits.body());
    }
}
