package org.omnistock.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.omnistock.system.Api.get;
import static org.omnistock.system.Api.post;
import static org.omnistock.system.Api.receive;
import static org.omnistock.system.Api.uniqueCode;

import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Carts as a web shop keeps them: anonymous on a phone, the customer's on a laptop, one cart once they sign in,
 * priced live for that customer, and an order at checkout; another channel's client never sees them.
 */
class CartsIT {

    private String channel;
    private Api.Client shop;
    private String jacket;
    private String scarf;
    private String customerId;
    private String number;
    private String store;

    @BeforeEach
    void aShopACustomerAndTwoProducts() {
        OrderDesk.standardRules();
        store = OrderDesk.location("CST", "STORE", 52.37, 4.90, null);
        channel = OrderDesk.channel(store);
        shop = Api.newClient(null, channel, "read", "orders:write");
        jacket = OrderDesk.pricedSku("CJ", "80.00");
        scarf = OrderDesk.pricedSku("CS", "15.00");
        receive(jacket, store, 10);
        receive(scarf, store, 10);
        customerId = uniqueCode("acct");
        Api.Reply created = post("/api/v1/customers", "{\"name\":\"Gerda Kok\",\"keys\":[{\"kind\":\"EXTERNAL\","
                + "\"value\":\"" + channel + ":" + customerId + "\"}]}");
        assertEquals(201, created.status(), created.body());
        number = created.json().getString("number");
    }

    private String open(String customer) {
        Api.Reply opened = shop.post("/api/v1/carts", "{\"currency\":\"EUR\"" + (customer == null ? ""
                : ",\"customerId\":\"" + customer + "\"") + "}");
        assertTrue(opened.status() == 201 || opened.status() == 200, opened.body());
        return opened.json().getString("token");
    }

    private JsonObject put(String cart, String sku, int quantity) {
        Api.Reply put = shop.put("/api/v1/carts/" + cart + "/lines/" + sku, "{\"quantity\":" + quantity + "}");
        assertEquals(200, put.status(), put.body());
        return put.json();
    }

    private static Map<String, Integer> lines(JsonObject cart) {
        Map<String, Integer> lines = new TreeMap<>();
        cart.getJsonArray("lines").forEach(l -> lines.put(l.asJsonObject().getString("sku"),
                l.asJsonObject().getInt("quantity")));
        return lines;
    }

    @Test
    void anAnonymousCartMergesIntoTheCustomersCartWhenTheySignIn() {
        String laptop = open(customerId);
        put(laptop, jacket, 1);
        String phone = open(null);
        put(phone, jacket, 2);
        put(phone, scarf, 1);

        Api.Reply signedIn = shop.post("/api/v1/carts/" + phone + "/sign-in", "{\"customerId\":\"" + customerId
                + "\"}");

        assertEquals(200, signedIn.status(), signedIn.body());
        JsonObject merged = signedIn.json();
        assertEquals(laptop, merged.getString("token"), "the customer's cart, on every device");
        assertEquals(Map.of(jacket, 2, scarf, 1), lines(merged), "a SKU in both keeps the larger quantity");
        assertEquals(number, merged.getString("customer"));
        JsonObject old = shop.get("/api/v1/carts/" + phone).json();
        assertEquals("MERGED", old.getString("status"));
        assertEquals(laptop, old.getString("mergedInto"));
        assertEquals(409, shop.put("/api/v1/carts/" + phone + "/lines/" + scarf, "{\"quantity\":3}").status(),
                "a merged cart no longer changes");
        assertEquals(laptop, open(customerId), "opening a cart for the customer again finds theirs");
        assertTrue(get("/api/v1/customers/" + number + "/timeline").body().contains("\"CART\""));
    }

    @Test
    void aCartIsPricedLiveForItsCustomerAndBecomesAnOrderAtCheckout() {
        String cart = open(customerId);
        JsonObject filled = put(cart, jacket, 1);
        put(cart, scarf, 2);
        JsonObject priced = put(cart, scarf, 1);
        assertEquals("80.00", filled.getJsonObject("quote").getJsonObject("basket").getJsonNumber("total")
                .bigDecimalValue().toPlainString());
        assertEquals("95.00", priced.getJsonObject("quote").getJsonObject("basket").getJsonNumber("total")
                .bigDecimalValue().toPlainString());
        String checkout = "{\"externalId\":\"" + uniqueCode("web") + "\",\"expectedTotal\":95.00,\"deliveryGroups\":[{"
                + "\"id\":\"home\",\"mode\":\"SHIP\",\"address\":{\"line1\":\"Damrak 1\",\"postalCode\":\"1012 LG\","
                + "\"city\":\"Amsterdam\",\"country\":\"NL\",\"latitude\":52.3745,\"longitude\":4.8980}}]}";

        Api.Reply ordered = shop.post("/api/v1/carts/" + cart + "/order", checkout);
        Api.Reply again = shop.post("/api/v1/carts/" + cart + "/order", checkout);

        assertEquals(201, ordered.status(), ordered.body());
        assertEquals(200, again.status(), "a checkout sent again finds its order: " + again.body());
        JsonObject order = ordered.json();
        assertEquals(order.getString("number"), again.json().getString("number"));
        assertEquals(number, get("/api/v1/orders/" + order.getString("number")).json().getString("customerId"),
                "the order is the customer's");
        JsonObject closed = shop.get("/api/v1/carts/" + cart).json();
        assertEquals("ORDERED", closed.getString("status"));
        assertEquals(order.getString("number"), closed.getString("orderNumber"));
        assertEquals(95, get("/api/v1/customers/" + number + "/loyalty").json().getInt("balance"),
                "the order earned the customer's points");
    }

    @Test
    void anotherChannelsClientDoesNotSeeTheCart() {
        String cart = open(null);
        put(cart, scarf, 1);
        Api.Client other = Api.newClient(null, OrderDesk.channel(), "read", "orders:write");

        assertEquals(404, other.get("/api/v1/carts/" + cart).status());
        assertEquals(404, other.put("/api/v1/carts/" + cart + "/lines/" + scarf, "{\"quantity\":9}").status());
        assertEquals(404, other.post("/api/v1/carts/" + cart + "/sign-in", "{\"customerId\":\"x\"}").status());
        assertEquals(404, other.put("/api/v1/carts/" + cart + "/hold", hold(store)).status());
        String elsewhere = OrderDesk.location("CSX", "STORE", 52.0, 5.0, null);
        assertEquals(403, Api.newClient(elsewhere, channel, "read", "orders:write").put("/api/v1/carts/" + cart
                + "/hold", hold(store)).status(), "a client of one store holds no stock at another");
        assertEquals(10, OrderDesk.available(scarf, store), "nothing held");
        assertEquals(Map.of(scarf, 1), lines(shop.get("/api/v1/carts/" + cart).json()), "nothing changed");
        assertEquals(422, shop.post("/api/v1/carts/" + cart + "/sign-in", "{\"customerId\":\"nobody-"
                + uniqueCode("x") + "\"}").status(), "an unknown customer cannot sign in");
        assertEquals(403, Api.newClient(null, channel, "read").put("/api/v1/carts/" + cart + "/lines/" + scarf,
                "{\"quantity\":2}").status(), "changing a cart needs orders:write");
    }

    private static boolean notHeld(JsonObject cart) {
        return !cart.containsKey("heldAt") || cart.isNull("heldAt");
    }

    private static String hold(String location) {
        return "{\"locationId\":\"" + location + "\",\"holdSeconds\":900}";
    }

    @Test
    void aCartHoldsItsStockAtTheCollectingStoreUntilItIsOrdered() {
        String cart = open(customerId);
        put(cart, jacket, 2);

        Api.Reply held = shop.put("/api/v1/carts/" + cart + "/hold", hold(store));

        assertEquals(200, held.status(), held.body());
        assertEquals(store, held.json().getString("heldAt"));
        assertEquals(8, OrderDesk.available(jacket, store));
        put(cart, jacket, 3);
        assertEquals(7, OrderDesk.available(jacket, store), "the hold follows the lines");
        String rival = open(null);
        put(rival, jacket, 8);
        Api.Reply refused = shop.put("/api/v1/carts/" + rival + "/hold", hold(store));
        assertEquals(422, refused.status(), refused.body());
        assertTrue(notHeld(shop.get("/api/v1/carts/" + rival).json()), "refused: it holds nothing");
        assertEquals(7, OrderDesk.available(jacket, store));

        Api.Reply ordered = shop.post("/api/v1/carts/" + cart + "/order", "{\"externalId\":\"" + uniqueCode("web")
                + "\",\"expectedTotal\":240.00,\"deliveryGroups\":[{\"id\":\"store\",\"mode\":\"PICKUP\","
                + "\"pickupLocationId\":\"" + store + "\",\"recipient\":\"Gerda Kok\"}]}");

        assertEquals(201, ordered.status(), ordered.body());
        assertEquals(7, OrderDesk.available(jacket, store), "the cart's hold became the order's, nothing else");
        assertTrue(notHeld(shop.get("/api/v1/carts/" + cart).json()));
        JsonObject order = OrderDesk.awaitOrder(ordered.json().getString("number"),
                o -> !OrderDesk.fulfilmentsAt(o, store).isEmpty(), Duration.ofSeconds(10));
        assertEquals(1, OrderDesk.fulfilmentsAt(order, store).size(), "routed to the store that held it");
        assertEquals(422, shop.put("/api/v1/carts/" + rival + "/hold", hold(store)).status(),
                "7 left: 8 cannot be held");
        put(rival, jacket, 7);
        assertEquals(200, shop.put("/api/v1/carts/" + rival + "/hold", hold(store)).status());
        assertEquals(0, OrderDesk.available(jacket, store));
        assertEquals(200, shop.delete("/api/v1/carts/" + rival + "/hold").status());
        assertEquals(7, OrderDesk.available(jacket, store), "let go");
    }

    @Test
    void aMergeOfTwoCustomersFoldsTheirCartsAndLetsGoOfWhatTheyHeldWhoeverMerges() {
        String mine = open(customerId);
        put(mine, jacket, 1);
        String otherId = uniqueCode("acct");
        Api.Reply other = post("/api/v1/customers", "{\"name\":\"G. Kok\",\"keys\":[{\"kind\":\"EXTERNAL\","
                + "\"value\":\"" + channel + ":" + otherId + "\"}]}");
        assertEquals(201, other.status(), other.body());
        String theirs = open(otherId);
        put(theirs, scarf, 2);
        assertEquals(200, shop.put("/api/v1/carts/" + mine + "/hold", hold(store)).status());
        assertEquals(200, shop.put("/api/v1/carts/" + theirs + "/hold", hold(store)).status());
        assertEquals(9, OrderDesk.available(jacket, store));
        Api.Client crm = Api.newClient(null, null, "read", "customers:read", "customers:write");

        Api.Reply merged = crm.post("/api/v1/customers/" + number + "/merges", "{\"merged\":\""
                + other.json().getString("number") + "\"}");

        assertEquals(200, merged.status(), "a CRM without orders:write may merge: " + merged.body());
        JsonObject cart = shop.get("/api/v1/carts/" + mine).json();
        assertEquals(Map.of(jacket, 1, scarf, 2), lines(cart));
        assertTrue(notHeld(cart), "two carts folded into one hold nothing until the shop holds again");
        assertEquals(10, OrderDesk.available(jacket, store));
        assertEquals(10, OrderDesk.available(scarf, store));
        assertEquals("MERGED", shop.get("/api/v1/carts/" + theirs).json().getString("status"));
    }
}
