package org.omnistock.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.omnistock.system.Api.get;
import static org.omnistock.system.Api.post;
import static org.omnistock.system.Api.uniqueCode;
import static org.omnistock.system.OrderDesk.Line;
import static org.omnistock.system.OrderDesk.available;
import static org.omnistock.system.OrderDesk.shippedOrder;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Orders from outside, as a web shop places them: once however often they are sent, priced by the basket engine,
 * routed and held without ever overselling, cancelled while not packed, and only by those who may.
 */
class OrdersIT {

    private String channel;
    private Api.Client shop;
    private String sku;
    private String near;
    private String far;

    @BeforeEach
    void aShopAndTwoStoresWithStock() {
        OrderDesk.standardRules();
        channel = uniqueCode("OCH");
        sku = OrderDesk.pricedSku("ORD", "25.00");
        near = OrderDesk.location("ON", "STORE", 52.36, 4.90, null);
        far = OrderDesk.location("OF", "STORE", 51.92, 4.48, null);
        assertEquals(201, post("/api/v1/channels", "{\"code\":\"" + channel + "\",\"name\":\"Order tests\","
                + "\"type\":\"WEB\",\"locationIds\":[\"" + near + "\",\"" + far + "\"]}").status());
        shop = Api.newClient(null, channel, "read", "orders:write");
        Api.receive(sku, near, 5);
        Api.receive(sku, far, 5);
    }

    @Test
    void anOrderPlacedTwiceIsOneOrderAndItsIdWithOtherContentIsRefused() {
        String externalId = uniqueCode("web");
        String order = shippedOrder(externalId, null, "50.00", new Line(sku, 2));

        Api.Reply first = shop.post("/api/v1/orders", order);
        Api.Reply again = shop.post("/api/v1/orders", order);
        Api.Reply other = shop.post("/api/v1/orders", shippedOrder(externalId, null, "25.00", new Line(sku, 1)));

        assertEquals(201, first.status(), first.body());
        assertEquals(200, again.status(), again.body());
        assertEquals(first.json().getString("number"), again.json().getString("number"));
        assertTrue(again.json().getBoolean("replayed"));
        assertEquals(409, other.status(), other.body());
        assertTrue(other.body().contains("urn:omnistock:problem:order-exists"), other.body());
        JsonObject placed = first.json();
        assertEquals("ALLOCATED", placed.getString("status"));
        assertEquals(channel, placed.getString("channel"));
        assertEquals("50.00", placed.getJsonNumber("total").bigDecimalValue().toPlainString());
        JsonObject fulfilment = placed.getJsonArray("fulfilments").getJsonObject(0);
        assertEquals(near, fulfilment.getString("location"), "the store nearest the customer with stock");
        assertEquals("SHIP", fulfilment.getString("mode"));
        assertEquals(3, available(sku, near), "two units held for the order");
        assertEquals(5, available(sku, far));
        List<String> kinds = placed.getJsonArray("timeline").stream().map(e -> e.asJsonObject().getString("kind"))
                .toList();
        assertEquals(List.of("PLACED", "ROUTED"), kinds);
    }

    @Test
    void anOrderThatNoLongerCostsWhatTheCustomerSawIsRefusedAndNothingIsHeld() {
        Api.Reply refused = shop.post("/api/v1/orders", shippedOrder(uniqueCode("web"), null, "40.00",
                new Line(sku, 2)));

        assertEquals(409, refused.status(), refused.body());
        assertTrue(refused.body().contains("basket-price-changed"), refused.body());
        assertEquals(5, available(sku, near));
    }

    @Test
    void unitsNoSingleStoreHasAreSplitAndUnitsNobodyHasWait() {
        String onlyNear = OrderDesk.pricedSku("ORD", "25.00");
        String onlyFar = OrderDesk.pricedSku("ORD", "10.00");
        String nowhere = OrderDesk.pricedSku("ORD", "10.00");
        Api.receive(onlyNear, near, 3);
        Api.receive(onlyFar, far, 3);

        JsonObject order = shop.post("/api/v1/orders", shippedOrder(uniqueCode("web"), null, "45.00",
                new Line(onlyNear, 1), new Line(onlyFar, 1), new Line(nowhere, 1))).json();

        assertEquals("PARTLY_ALLOCATED", order.getString("status"), order.toString());
        assertEquals(2, order.getJsonArray("fulfilments").size(), "one parcel from each store");
        assertEquals(1, order.getJsonArray("lines").getJsonObject(2).getInt("waiting"));
        JsonObject decision = array(get("/api/v1/orders/" + order.getString("number") + "/routing")).get(0);
        assertEquals("PARTLY_ALLOCATED", decision.getString("outcome"));
        JsonObject explained = decision.getJsonObject("decision");
        assertEquals("split", explained.getString("strategy"));
        assertEquals(List.of(far, near), explained.getJsonObject("plan").getJsonArray("allocations").stream()
                .map(a -> a.asJsonObject().getString("location")).toList());
        assertTrue(explained.getJsonArray("attempts").getJsonObject(0).getString("result")
                .startsWith("not for ship"), explained.toString());
        assertEquals(nowhere, explained.getJsonArray("unfilled").getJsonObject(0).getString("sku"));
        assertTrue(explained.getJsonArray("candidates").size() >= 2);
    }

    @Test
    void fiftyOrdersForTheLastUnitsAtTheSameMomentNeverOversell() throws Exception {
        int orders = 50;
        ExecutorService pool = Executors.newFixedThreadPool(orders);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<JsonObject>> placed = new ArrayList<>();
        try {
            for (int i = 0; i < orders; i++) {
                String externalId = uniqueCode("rush");
                Callable<JsonObject> place = () -> {
                    start.await();
                    Api.Reply reply = shop.post("/api/v1/orders", shippedOrder(externalId, null, "25.00",
                            new Line(sku, 1)));
                    assertEquals(201, reply.status(), reply.body());
                    return reply.json();
                };
                placed.add(pool.submit(place));
            }
            start.countDown();
            int allocated = 0;
            int waiting = 0;
            for (Future<JsonObject> order : placed) {
                String status = order.get().getString("status");
                if (status.equals("ALLOCATED")) {
                    allocated++;
                } else {
                    assertEquals("UNFILLABLE", status, order.get().toString());
                    waiting++;
                }
            }
            assertEquals(10, allocated, "exactly the ten units on hand were allocated");
            assertEquals(40, waiting);
            assertEquals(0, available(sku, near));
            assertEquals(0, available(sku, far));
            JsonObject reconciliation = get("/api/v1/stock/reconciliation").json();
            assertEquals(0, reconciliation.getJsonArray("mismatches").size(), reconciliation.toString());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aCancelledOrderGivesItsStockBackAndAPackedOneCannotBeCancelled() {
        JsonObject order = shop.post("/api/v1/orders", shippedOrder(uniqueCode("web"), null, "25.00",
                new Line(sku, 1))).json();
        String number = order.getString("number");

        Api.Reply cancelled = shop.post("/api/v1/orders/" + number + "/cancellation",
                "{\"reason\":\"customer changed their mind\"}");

        assertEquals(200, cancelled.status(), cancelled.body());
        assertEquals("CANCELLED", cancelled.json().getString("status"));
        assertEquals("CANCELLED", cancelled.json().getJsonArray("fulfilments").getJsonObject(0).getString("status"));
        assertEquals(5, available(sku, near));

        JsonObject packed = shop.post("/api/v1/orders", shippedOrder(uniqueCode("web"), null, "25.00",
                new Line(sku, 1))).json();
        String fulfilment = packed.getJsonArray("fulfilments").getJsonObject(0).getString("code");
        OrderDesk.report(Api.ADMIN, fulfilment, "{\"step\":\"PACK\"}");
        Api.Reply late = shop.post("/api/v1/orders/" + packed.getString("number") + "/cancellation",
                "{\"reason\":\"too late\"}");
        assertEquals(409, late.status(), late.body());
        assertTrue(late.body().contains("too-late-to-cancel"), late.body());
    }

    @Test
    void onlyTheOrdersChannelSeesItAndOnlyClientsThatMayPlaceOrdersPlaceThem() {
        JsonObject order = shop.post("/api/v1/orders", shippedOrder(uniqueCode("web"), null, "25.00",
                new Line(sku, 1))).json();
        String number = order.getString("number");
        String otherChannel = uniqueCode("OCH");
        assertEquals(201, post("/api/v1/channels", "{\"code\":\"" + otherChannel + "\",\"name\":\"Other shop\","
                + "\"type\":\"WEB\",\"locationIds\":[\"" + near + "\"]}").status());
        Api.Client otherShop = Api.newClient(null, otherChannel, "read", "orders:write");
        Api.Client readOnly = Api.newClient(null, null, "read");
        Api.Client otherStore = Api.newClient(far, null, "read", "orders:write");

        assertEquals(404, otherShop.get("/api/v1/orders/" + number).status());
        assertEquals(404, otherShop.post("/api/v1/orders/" + number + "/cancellation", "{\"reason\":\"x\"}")
                .status());
        assertEquals(404, otherStore.get("/api/v1/orders/" + number).status(), "no work of the far store in it");
        assertEquals(403, otherShop.post("/api/v1/orders", shippedOrder(uniqueCode("web"), channel, "25.00",
                new Line(sku, 1))).status(), "a shop sells only as its own channel");
        assertEquals(403, readOnly.post("/api/v1/orders", shippedOrder(uniqueCode("web"), channel, "25.00",
                new Line(sku, 1))).status());
        assertEquals(401, Api.ANONYMOUS.post("/api/v1/orders", "{}").status());
        Api.Reply theirs = otherShop.get("/api/v1/orders");
        assertEquals(200, theirs.status());
        assertFalse(theirs.body().contains(number), "a shop lists only its own channel's orders");
        String fulfilment = order.getJsonArray("fulfilments").getJsonObject(0).getString("code");
        assertEquals(404, otherStore.post("/api/v1/fulfilments/" + fulfilment + "/reports",
                "{\"step\":\"ACCEPT\"}").status(), "another store's work does not exist for it");
        assertEquals(403, otherStore.get("/api/v1/locations/" + near + "/fulfilments").status());
    }

    @Test
    void badOrdersAreRefusedWithProblemsAndChangeNothing() {
        Api.Reply noAddress = shop.post("/api/v1/orders", "{\"externalId\":\"" + uniqueCode("web") + "\","
                + "\"currency\":\"EUR\",\"expectedTotal\":25,\"lines\":[{\"sku\":\"" + sku + "\",\"quantity\":1}],"
                + "\"deliveryGroups\":[{\"id\":\"home\",\"mode\":\"SHIP\"}]}");
        Api.Reply hugeQuantity = shop.post("/api/v1/orders", shippedOrder(uniqueCode("web"), null, "25",
                new Line(sku, 1_000_000)));
        Api.Reply unknownSku = shop.post("/api/v1/orders", shippedOrder(uniqueCode("web"), null, "25",
                new Line("NO-SUCH-SKU", 1)));
        Api.Reply pickupNowhere = shop.post("/api/v1/orders", OrderDesk.collectedOrder(uniqueCode("web"), null,
                "25.00", "NO-SUCH-STORE", new Line(sku, 1)));

        assertEquals(422, noAddress.status(), noAddress.body());
        assertTrue(noAddress.body().contains("incomplete-delivery"), noAddress.body());
        assertTrue(noAddress.body().contains("deliveryGroups[0].address"), noAddress.body());
        assertEquals(400, hugeQuantity.status(), hugeQuantity.body());
        assertEquals(422, unknownSku.status(), unknownSku.body());
        assertEquals(422, pickupNowhere.status(), pickupNowhere.body());
        assertEquals(5, available(sku, near));
        assertEquals(5, available(sku, far));
    }

    private static List<JsonObject> array(Api.Reply reply) {
        return jakarta.json.Json.createReader(new java.io.StringReader(reply.body())).readArray().stream()
                .map(JsonValue::asJsonObject).toList();
    }
}
