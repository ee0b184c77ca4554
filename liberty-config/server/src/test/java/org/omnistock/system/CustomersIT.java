package org.omnistock.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.omnistock.system.Api.createLocation;
import static org.omnistock.system.Api.createSku;
import static org.omnistock.system.Api.get;
import static org.omnistock.system.Api.post;
import static org.omnistock.system.Api.receive;
import static org.omnistock.system.Api.uniqueCode;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.jms.Connection;
import jakarta.jms.JMSException;
import jakarta.jms.Session;
import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;
import org.omnistock.messages.Destinations;

/**
 * Customer profiles as a web shop, a till and a store manager use them: one person found by any key however it is
 * typed, points earned at a till once, spent once, taken back by a return, kept whole through a merge, and personal
 * data only for those allowed to see it.
 */
class CustomersIT {

    static String customer(String name, String... keys) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < keys.length; i += 2) {
            parts.add("{\"kind\":\"" + keys[i] + "\",\"value\":\"" + keys[i + 1] + "\"}");
        }
        Api.Reply created = post("/api/v1/customers", "{\"name\":\"" + name + "\",\"keys\":[" + String.join(",", parts)
                + "],\"emailConsent\":true}");
        assertEquals(201, created.status(), created.body());
        return created.json().getString("number");
    }

    static String uniqueDigits() {
        return String.valueOf(Math.abs(UUID.randomUUID().getMostSignificantBits()) % 90_000_000L + 10_000_000L);
    }

    private static String lookup(String kind, String value) {
        Api.Reply found = get("/api/v1/customers/lookup?kind=" + kind + "&value="
                + URLEncoder.encode(value, StandardCharsets.UTF_8));
        return found.status() == 200 ? found.json().getString("number") : "HTTP " + found.status();
    }

    static long balance(String number) {
        return get("/api/v1/customers/" + number + "/loyalty").json().getJsonNumber("balance").longValue();
    }

    static long awaitBalance(String number, long expected) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        long balance = balance(number);
        while (balance != expected && System.nanoTime() < deadline) {
            Thread.sleep(200);
            balance = balance(number);
        }
        return balance;
    }

    static void adjust(String number, long points) {
        Api.Reply adjusted = post("/api/v1/customers/" + number + "/loyalty/adjustments", "{\"points\":" + points
                + ",\"reason\":\"welcome gift\",\"reference\":\"" + UUID.randomUUID() + "\"}");
        assertEquals(200, adjusted.status(), adjusted.body());
    }

    @Test
    void aCustomerIsFoundByAnyOfItsKeysHoweverTheyAreTyped() {
        String digits = uniqueDigits();
        String email = "anna." + digits + "@example.nl";
        String channelId = "WEB:" + digits;
        String number = customer("Anna de Vries", "EMAIL", email.toUpperCase(), "PHONE", "06-" + digits,
                "CARD", "lc-" + digits, "EXTERNAL", channelId);

        assertEquals(number, lookup("EMAIL", "  " + email + " "));
        assertEquals(number, lookup("PHONE", "+316" + digits));
        assertEquals(number, lookup("PHONE", "0031 6 " + digits));
        assertEquals(number, lookup("CARD", "LC" + digits));
        assertEquals(number, lookup("EXTERNAL", channelId));
        assertEquals("HTTP 404", lookup("CARD", "LC" + uniqueDigits()));
        assertEquals(number, get("/api/v1/customers?q=" + digits).json().getJsonArray("items").getJsonObject(0)
                .getString("number"), "searching by a part of a key");

        Api.Reply taken = post("/api/v1/customers", "{\"name\":\"Someone else\",\"keys\":[{\"kind\":\"PHONE\","
                + "\"value\":\"+31 6 " + digits + "\"}]}");
        assertEquals(409, taken.status(), taken.body());
        assertTrue(taken.body().contains("key-taken") && taken.body().contains(number), taken.body());
        Api.Reply invalid = post("/api/v1/customers", "{\"keys\":[{\"kind\":\"EMAIL\",\"value\":\"not-an-address\"}]}");
        assertEquals(422, invalid.status(), invalid.body());
        assertTrue(invalid.body().contains("keys[0]"), invalid.body());
        assertEquals("HTTP 422", lookup("EMAIL", "not-an-address"), "not a key: said so, not 'nobody'");
    }

    @Test
    void aTillsSaleWithALoyaltyCardEarnsPointsOnceAndAReturnTakesThemBack() throws Exception {
        String card = "LC" + uniqueDigits();
        String number = customer("Bram Jansen", "CARD", card);
        String store = uniqueCode("CS");
        String sku = uniqueCode("CSKU");
        createSku(sku);
        createLocation(store, "STORE");
        receive(sku, store, 10);
        String receipt = "R-" + UUID.randomUUID();
        String sale = "{\"schemaVersion\":1,\"storeId\":\"" + store + "\",\"receiptId\":\"" + receipt
                + "\",\"soldAt\":\"" + Instant.now() + "\",\"loyaltyCard\":\"" + card.toLowerCase() + "\","
                + "\"lines\":[{\"sku\":\"" + sku + "\",\"quantity\":3,\"unitPrice\":\"19.99\"}]}";

        try (Connection till = Broker.asStore(Broker.credentialsOf(store), null)) {
            Session session = till.createSession(false, Session.AUTO_ACKNOWLEDGE);
            send(session, sale);
            assertEquals(59, awaitBalance(number, 59), "59.97 earns 59 whole points");
            send(session, sale);
            send(session, "{\"schemaVersion\":1,\"storeId\":\"" + store + "\",\"receiptId\":\"R-" + UUID.randomUUID()
                    + "\",\"soldAt\":\"" + Instant.now() + "\",\"loyaltyCard\":\"" + card + "\",\"lines\":[{\"sku\":\""
                    + sku + "\",\"quantity\":1,\"unitPrice\":\"19.99\",\"returnCondition\":\"AVAILABLE\"}]}");
            assertEquals(40, awaitBalance(number, 40), "the return of 19.99 takes back 19 points");
        }
        assertEquals(8L, Api.onHand(sku, store), "the sale counted once, the return back on hand");
        JsonObject loyalty = get("/api/v1/customers/" + number + "/loyalty").json();
        assertEquals(List.of("REVERSE", "EARN"), loyalty.getJsonObject("movements").getJsonArray("items").stream()
                .map(m -> m.asJsonObject().getString("kind")).toList(), "the same receipt twice earns once");
        List<String> timeline = get("/api/v1/customers/" + number + "/timeline").json().getJsonArray("items")
                .stream().map(e -> e.asJsonObject().getString("kind")).toList();
        assertEquals(2, timeline.stream().filter("SALE"::equals).count(), timeline.toString());
        assertEquals(2, timeline.stream().filter("POINTS"::equals).count(), timeline.toString());
    }

    @Test
    void twoTillsSpendingTheLastPointsSpendThemOnce() throws Exception {
        String number = customer("Carla Smit", "CARD", "LC" + uniqueDigits());
        adjust(number, 100);
        ExecutorService tills = Executors.newFixedThreadPool(8);
        List<Callable<Api.Reply>> attempts = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            String reference = "till-" + i + "-" + UUID.randomUUID();
            attempts.add(() -> post("/api/v1/customers/" + number + "/loyalty/redemptions",
                    "{\"points\":100,\"reference\":\"" + reference + "\"}"));
        }
        List<Api.Reply> replies = new ArrayList<>();
        for (Future<Api.Reply> reply : tills.invokeAll(attempts)) {
            replies.add(reply.get());
        }
        tills.shutdown();

        assertEquals(1, replies.stream().filter(r -> r.status() == 200).count(), replies.toString());
        assertEquals(7, replies.stream().filter(r -> r.status() == 409 && r.body().contains("points-insufficient"))
                .count(), replies.toString());
        assertEquals(0, balance(number));
        Api.Reply again = post("/api/v1/customers/" + number + "/loyalty/redemptions",
                "{\"points\":100,\"reference\":\"" + replies.stream().filter(r -> r.status() == 200).findFirst()
                        .orElseThrow().json().getString("source").substring("redemption ".length()) + "\"}");
        assertEquals(200, again.status(), "the same redemption sent again is answered, not spent twice: " + again);
        assertEquals(0, balance(number));
    }

    @Test
    void mergingKeepsEveryKeyPointAndHistoryEntry() {
        String digits = uniqueDigits();
        String survivor = customer("Dirk Bakker", "CARD", "LC" + digits);
        String merged = customer("D. Bakker", "EMAIL", "dirk." + digits + "@example.nl");
        adjust(survivor, 50);
        adjust(merged, 30);

        Api.Reply merge = post("/api/v1/customers/" + survivor + "/merges", "{\"merged\":\"" + merged + "\"}");

        assertEquals(200, merge.status(), merge.body());
        assertEquals(80, balance(survivor));
        assertEquals(2, merge.json().getJsonArray("keys").size());
        assertEquals(survivor, lookup("EMAIL", "dirk." + digits + "@example.nl"), "the merged key finds the survivor");
        JsonObject asked = get("/api/v1/customers/" + merged).json();
        assertEquals(survivor, asked.getString("number"));
        assertEquals(merged, asked.getString("asked"));
        List<String> kinds = get("/api/v1/customers/" + survivor + "/loyalty").json().getJsonObject("movements")
                .getJsonArray("items").stream().map(m -> m.asJsonObject().getString("kind")).sorted().toList();
        assertEquals(List.of("ADJUST", "ADJUST", "MERGE_IN", "MERGE_OUT"), kinds, "every movement of both is kept");
        Api.Reply twice = post("/api/v1/customers/" + survivor + "/merges", "{\"merged\":\"" + merged + "\"}");
        assertEquals(422, twice.status(), "a merged number now names the survivor itself: " + twice.body());
    }

    @Test
    void erasureLeavesNoPersonalDataButKeepsEveryTotal() throws Exception {
        OrderDesk.standardRules();
        String digits = uniqueDigits();
        String store = OrderDesk.location("ERS", "STORE", 52.37, 4.90, null);
        String channel = OrderDesk.channel(store);
        String card = "LC" + digits;
        String number = customer("Frank Dekker", "EMAIL", "frank." + digits + "@example.nl", "CARD", card,
                "EXTERNAL", channel + ":c-web-" + digits);
        String sku = OrderDesk.pricedSku("ER", "20.00");
        receive(sku, store, 10);
        Api.Client shop = Api.newClient(null, channel, "read", "orders:write");
        Api.Reply placed = shop.post("/api/v1/orders", OrderDesk.shippedOrder("web-" + digits, null, "20.00",
                new OrderDesk.Line(sku, 1)));
        assertEquals(201, placed.status(), placed.body());
        String order = placed.json().getString("number");
        assertEquals(20, balance(number), "the order earned a point per euro of goods");
        JsonObject before = get("/api/v1/customers/" + number + "/personal-data").json();
        assertTrue(before.toString().contains("frank." + digits) && before.toString().contains(order)
                && before.toString().contains("Damrak"), before.toString());

        assertEquals(403, Api.newClient(null, null, "read", "customers:read", "customers:write")
                .post("/api/v1/customers/" + number + "/erasure", "").status(), "erasure is for admins only");
        Api.Reply erased = post("/api/v1/customers/" + number + "/erasure", "");

        assertEquals(200, erased.status(), erased.body());
        JsonObject profile = get("/api/v1/customers/" + number).json();
        assertEquals("ERASED", profile.getString("status"));
        assertTrue(!profile.containsKey("name") || profile.isNull("name"), profile.toString());
        assertEquals(0, profile.getJsonArray("keys").size());
        assertEquals(20, profile.getJsonObject("points").getInt("earned"), "the totals stay");
        assertEquals("HTTP 404", lookup("CARD", card), "no key finds the person any more");
        assertEquals("HTTP 404", lookup("EMAIL", "frank." + digits + "@example.nl"));
        JsonObject anonymous = get("/api/v1/orders/" + order).json();
        String orderText = anonymous.toString();
        assertTrue(!orderText.contains("Damrak") && !orderText.contains("A. Customer")
                && !orderText.contains("c-web-" + digits), orderText);
        assertEquals("20.00", anonymous.getJsonNumber("total").bigDecimalValue().toPlainString(), "amounts stay");
    }

    @Test
    void personalDataIsOnlyForThoseAllowedToSeeIt() {
        String digits = uniqueDigits();
        String number = customer("Eva Visser", "PHONE", "+316" + digits);
        Api.Client catalogReader = Api.newClient(null, null, "read", "orders:write");
        String store = uniqueCode("CL");
        createLocation(store, "STORE");
        Api.Client lookupOnly = Api.newClient(store, null, "read", "customers:read");

        assertEquals(403, catalogReader.get("/api/v1/customers/" + number).status());
        assertEquals(403, catalogReader.get("/api/v1/customers?q=Eva").status());
        assertEquals(403, catalogReader.post("/api/v1/customers/" + number + "/loyalty/redemptions",
                "{\"points\":1,\"reference\":\"x\"}").status(), "spending points needs customers:read too");
        assertEquals(200, lookupOnly.get("/api/v1/customers/lookup?kind=PHONE&value=06" + digits).status(),
                "a store's till looks up any customer: customers shop at every store");
        assertEquals(403, lookupOnly.post("/api/v1/customers", "{\"keys\":[{\"kind\":\"CARD\",\"value\":\"LC"
                + uniqueDigits() + "\"}]}").status());
        assertEquals(403, lookupOnly.post("/api/v1/customers/" + number + "/loyalty/adjustments",
                "{\"points\":1000,\"reason\":\"mine\",\"reference\":\"r\"}").status());
        assertEquals(403, lookupOnly.put("/api/v1/customers/" + number, "{\"name\":\"Mallory\"}").status());
        assertEquals(401, Api.ANONYMOUS.get("/api/v1/customers/" + number).status());
        assertEquals("Eva Visser", get("/api/v1/customers/" + number).json().getString("name"), "nothing changed");
    }

    static void send(Session session, String body) throws JMSException {
        session.createProducer(session.createQueue(Destinations.POS_SALES)).send(session.createTextMessage(body));
    }
}
