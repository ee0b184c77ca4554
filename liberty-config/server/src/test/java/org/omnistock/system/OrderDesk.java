package org.omnistock.system;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

/**
 * What the order tests share: the routing rules they run under, SKUs with a price, locations at chosen places with
 * chosen fulfilment settings, and orders as a web shop writes them.
 */
final class OrderDesk {

    /** The name of the rule set every order test expects to be active; a test that publishes others restores it. */
    static final String RULES = "System tests";

    /**
     * Click and collect from the store's own stock, else shipped to it; a shipment from one location if one has
     * everything, else split over up to three, with what cannot be filled waiting.
     */
    static final String RULES_JSON = "{\"name\":\"" + RULES + "\",\"strategies\":["
            + "{\"name\":\"collect from the store\",\"modes\":[\"PICKUP\"],\"shipToStore\":false,\"maxSplits\":0,"
            + "\"splitPenalty\":5,\"weights\":{\"distance\":1,\"stockCover\":1,\"capacity\":1,\"cost\":0.1,"
            + "\"rejections\":2}},"
            + "{\"name\":\"ship to the store\",\"modes\":[\"PICKUP\"],\"shipToStore\":true,\"maxSplits\":0,"
            + "\"splitPenalty\":5,\"weights\":{\"distance\":1,\"stockCover\":1,\"capacity\":1,\"cost\":0.1,"
            + "\"rejections\":2}},"
            + "{\"name\":\"one parcel\",\"modes\":[\"SHIP\"],\"maxSplits\":0,\"splitPenalty\":5,"
            + "\"weights\":{\"distance\":1,\"stockCover\":1,\"capacity\":1,\"cost\":0.1,\"rejections\":2}},"
            + "{\"name\":\"split\",\"modes\":[\"SHIP\"],\"maxSplits\":2,\"splitPenalty\":3,\"allowPartial\":true,"
            + "\"weights\":{\"distance\":1,\"stockCover\":1,\"capacity\":1,\"cost\":0.1,\"rejections\":2}}]}";

    /** Amsterdam, where the tests' customers live. */
    static final String AMSTERDAM = "\"latitude\":52.370000,\"longitude\":4.890000";

    private OrderDesk() {
    }

    /** Makes {@link #RULES} the active rule set, if it is not. */
    static synchronized void standardRules() {
        boolean active = Api.get("/api/v1/routing/rule-sets").body().contains("\"name\":\"" + RULES
                + "\",\"status\":\"ACTIVE\"");
        if (!active) {
            Api.Reply draft = Api.post("/api/v1/routing/rule-sets", RULES_JSON);
            assertEquals(201, draft.status(), draft.body());
            int version = draft.json().getInt("version");
            Api.Reply published = Api.post("/api/v1/routing/rule-sets/" + version + "/publication", "");
            assertEquals(200, published.status(), published.body());
        }
    }

    /** A SKU of its own, priced in a price list of its own. */
    static String pricedSku(String prefix, String price) {
        String sku = Api.uniqueCode(prefix);
        Api.createSku(sku);
        String list = Api.uniqueCode("OPL");
        Api.Reply created = Api.post("/api/v1/price-lists", "{\"code\":\"" + list + "\",\"name\":\"Order tests\","
                + "\"currency\":\"EUR\"}");
        assertEquals(201, created.status(), created.body());
        Api.Reply priced = Api.post("/api/v1/price-lists/" + list + "/prices", "[{\"sku\":\"" + sku
                + "\",\"amount\":" + price + "}]");
        assertEquals(200, priced.status(), priced.body());
        return sku;
    }

    /**
     * A location of its own at a place.
     *
     * @param settings its fulfilment settings, as JSON members (ships, offersPickup, ...), or null for the defaults
     */
    static String location(String prefix, String type, double latitude, double longitude, String settings) {
        String code = Api.uniqueCode(prefix);
        Api.Reply created = Api.post("/api/v1/locations", "{\"code\":\"" + code + "\",\"name\":\"Order test " + code
                + "\",\"type\":\"" + type + "\",\"latitude\":" + latitude + ",\"longitude\":" + longitude + "}");
        assertEquals(201, created.status(), created.body());
        String merged = "{\"ships\":true,\"offersPickup\":" + "STORE".equals(type) + ",\"fulfilmentCost\":5,"
                + "\"acceptWithin\":\"PT1H\",\"collectWithin\":\"P7D\",\"timeZone\":\"Europe/Amsterdam\""
                + (settings == null ? "" : "," + settings) + "}";
        Api.Reply set = Api.put("/api/v1/locations/" + code + "/fulfilment", merged);
        assertEquals(200, set.status(), set.body());
        return code;
    }

    /**
     * A web channel of its own, drawing on these locations (its orders take stock only there), or on a store of its
     * own when none is given (a channel sells from somewhere).
     */
    static String channel(String... locations) {
        String channel = Api.uniqueCode("OCH");
        List<String> drawsOn = locations.length == 0 ? List.of(location("OCS", "STORE", 52.0, 5.0, null))
                : List.of(locations);
        Api.Reply created = Api.post("/api/v1/channels", "{\"code\":\"" + channel + "\",\"name\":\"Order tests\","
                + "\"type\":\"WEB\",\"locationIds\":[" + String.join(",", drawsOn.stream().map(l -> "\"" + l + "\"")
                .toList()) + "]}");
        assertEquals(201, created.status(), created.body());
        return channel;
    }

    /** A web shop's client, selling as a channel of its own that draws on these locations. */
    static Api.Client shop(String... locations) {
        return Api.newClient(null, channel(locations), "read", "orders:write");
    }

    /** An order line: SKU and quantity, for {@link #order}. */
    record Line(String sku, int quantity) {
    }

    /** An order shipped to Amsterdam. */
    static String shippedOrder(String externalId, String channel, String expectedTotal, Line... lines) {
        return order(externalId, channel, expectedTotal, "{\"id\":\"home\",\"mode\":\"SHIP\",\"address\":{"
                + "\"recipient\":\"A. Customer\",\"line1\":\"Damrak 1\",\"postalCode\":\"1012 LG\","
                + "\"city\":\"Amsterdam\",\"country\":\"NL\"," + AMSTERDAM + "}}", lines);
    }

    /** An order collected at a store. */
    static String collectedOrder(String externalId, String channel, String expectedTotal, String store,
                                 Line... lines) {
        return order(externalId, channel, expectedTotal, "{\"id\":\"store\",\"mode\":\"PICKUP\","
                + "\"pickupLocationId\":\"" + store + "\",\"recipient\":\"A. Customer\"}", lines);
    }

    private static String order(String externalId, String channel, String expectedTotal, String group,
                                Line... lines) {
        List<String> items = new ArrayList<>();
        for (Line line : lines) {
            items.add("{\"sku\":\"" + line.sku() + "\",\"quantity\":" + line.quantity() + "}");
        }
        return "{\"externalId\":\"" + externalId + "\"" + (channel == null ? "" : ",\"channel\":\"" + channel + "\"")
                + ",\"currency\":\"EUR\",\"customerId\":\"c-" + externalId + "\",\"expectedTotal\":" + expectedTotal
                + ",\"lines\":[" + String.join(",", items) + "],\"deliveryGroups\":[" + group + "]}";
    }

    /** The order as the admin sees it, once it satisfies the condition (the server works on some things later). */
    static JsonObject awaitOrder(String number, Predicate<JsonObject> condition, Duration within) {
        long deadline = System.nanoTime() + within.toNanos();
        JsonObject order;
        do {
            order = Api.get("/api/v1/orders/" + number).json();
            if (condition.test(order)) {
                return order;
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        } while (System.nanoTime() < deadline);
        throw new AssertionError("order " + number + " did not get there within " + within + ": " + order);
    }

    /** The order's fulfilments at a location, in order. */
    static List<JsonObject> fulfilmentsAt(JsonObject order, String location) {
        List<JsonObject> found = new ArrayList<>();
        for (JsonValue value : order.getJsonArray("fulfilments")) {
            if (value.asJsonObject().getString("location").equals(location)) {
                found.add(value.asJsonObject());
            }
        }
        return found;
    }

    /** The one fulfilment of the order in this status. */
    static JsonObject fulfilmentIn(JsonObject order, String status) {
        List<JsonObject> found = order.getJsonArray("fulfilments").stream().map(JsonValue::asJsonObject)
                .filter(f -> f.getString("status").equals(status)).toList();
        assertEquals(1, found.size(), "fulfilments " + status + ": " + order);
        return found.get(0);
    }

    /** Reports a step of a fulfilment as the client, and expects it accepted. */
    static JsonObject report(Api.Client client, String fulfilment, String reportJson) {
        Api.Reply reply = client.post("/api/v1/fulfilments/" + fulfilment + "/reports", reportJson);
        assertEquals(200, reply.status(), reply.body());
        return reply.json();
    }

    /** Available units of the SKU at the location (0 without a level). */
    static long available(String sku, String location) {
        return Api.get("/api/v1/skus/" + sku + "/stock").json().getJsonArray("levels").stream()
                .map(JsonValue::asJsonObject).filter(level -> level.getString("locationId").equals(location))
                .mapToLong(level -> level.getJsonNumber("available").longValue()).findFirst().orElse(0);
    }
}
