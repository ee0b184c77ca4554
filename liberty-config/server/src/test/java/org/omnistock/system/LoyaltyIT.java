package org.omnistock.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.omnistock.system.Api.createLocation;
import static org.omnistock.system.Api.createSku;
import static org.omnistock.system.Api.get;
import static org.omnistock.system.Api.post;
import static org.omnistock.system.Api.put;
import static org.omnistock.system.Api.receive;
import static org.omnistock.system.Api.uniqueCode;
import static org.omnistock.system.CustomersIT.adjust;
import static org.omnistock.system.CustomersIT.awaitBalance;
import static org.omnistock.system.CustomersIT.balance;
import static org.omnistock.system.CustomersIT.customer;
import static org.omnistock.system.CustomersIT.send;
import static org.omnistock.system.CustomersIT.uniqueDigits;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.jms.Connection;
import jakarta.jms.Session;
import jakarta.json.JsonObject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The loyalty programme as customers meet it: points paying for part of a checkout or a till's receipt, spent once
 * online and honoured offline, expiring oldest first, and tiers that follow what a customer spent and price them as
 * their tier's group. The terms are the programme's one row: each test restores what it found.
 */
class LoyaltyIT {

    private String termsBefore;

    @BeforeEach
    void keepTheTerms() {
        termsBefore = get("/api/v1/loyalty/terms").body();
    }

    @AfterEach
    void restoreTheTerms() {
        Api.Reply restored = put("/api/v1/loyalty/terms", termsBefore);
        assertEquals(200, restored.status(), restored.body());
    }

    private static void setTerms(String validDays, String tiers) {
        Api.Reply set = put("/api/v1/loyalty/terms", "{\"pointsPerUnit\":1,\"pointValue\":0.01,\"pointsValidDays\":"
                + validDays + ",\"tierWindowDays\":365,\"tierMeasure\":\"SPEND\",\"tiers\":[" + tiers + "]}");
        assertEquals(200, set.status(), set.body());
    }

    private static String sale(String store, String receipt, Instant soldAt, String card, String sku, int quantity,
                               String unitPrice, String points) {
        return "{\"schemaVersion\":1,\"storeId\":\"" + store + "\",\"receiptId\":\"" + receipt + "\",\"soldAt\":\""
                + soldAt + "\",\"loyaltyCard\":\"" + card + "\"" + (points == null ? "" : "," + points)
                + ",\"lines\":[{\"sku\":\"" + sku + "\",\"quantity\":" + quantity + ",\"unitPrice\":\"" + unitPrice
                + "\"}]}";
    }

    /** The basket of a price quote, which must have been given. */
    private static JsonObject priced(Api.Reply quote) {
        assertEquals(200, quote.status(), quote.body());
        return quote.json().getJsonObject("basket");
    }

    private static boolean noTier(String number) {
        JsonObject profile = get("/api/v1/customers/" + number).json();
        return !profile.containsKey("tier") || profile.isNull("tier");
    }

    private static List<String> kinds(String number) {
        return get("/api/v1/customers/" + number + "/loyalty").json().getJsonObject("movements")
                .getJsonArray("items").stream().map(m -> m.asJsonObject().getString("kind")).toList();
    }

    @Test
    void pointsPayForPartOfACheckoutOnceAndOnlyForAKnownCustomer() {
        OrderDesk.standardRules();
        String store = OrderDesk.location("LST", "STORE", 52.37, 4.90, null);
        String channel = OrderDesk.channel(store);
        Api.Client shop = Api.newClient(null, channel, "read", "orders:write");
        String jacket = OrderDesk.pricedSku("LJ", "80.00");
        receive(jacket, store, 10);
        String account = uniqueCode("acct");
        String number = customer("Hanna Mol", "EXTERNAL", channel + ":" + account);
        adjust(number, 2_000);
        String cart = shop.post("/api/v1/carts", "{\"currency\":\"EUR\",\"customerId\":\"" + account + "\"}").json()
                .getString("token");
        JsonObject filled = shop.put("/api/v1/carts/" + cart + "/lines/" + jacket, "{\"quantity\":1}").json();
        assertEquals(2_000, filled.getJsonObject("quote").getJsonNumber("pointsBalance").longValue(),
                "the cart shows what the customer may spend");
        String checkout = "{\"externalId\":\"" + uniqueCode("web") + "\",\"expectedTotal\":65.00,\"points\":1500,"
                + "\"deliveryGroups\":[{\"id\":\"home\",\"mode\":\"SHIP\",\"address\":{\"line1\":\"Damrak 1\","
                + "\"postalCode\":\"1012 LG\",\"city\":\"Amsterdam\",\"country\":\"NL\",\"latitude\":52.3745,"
                + "\"longitude\":4.8980}}]}";

        Api.Reply ordered = shop.post("/api/v1/carts/" + cart + "/order", checkout);
        Api.Reply again = shop.post("/api/v1/carts/" + cart + "/order", checkout);

        assertEquals(201, ordered.status(), ordered.body());
        assertEquals(200, again.status(), again.body());
        JsonObject order = ordered.json();
        assertEquals(1_500, order.getJsonNumber("pointsSpent").longValue());
        assertEquals("15.00", order.getJsonNumber("pointsDiscount").bigDecimalValue().toPlainString());
        assertEquals("65.00", order.getJsonNumber("total").bigDecimalValue().toPlainString());
        assertEquals(2_000 - 1_500 + 65, balance(number), "spent once; the 65.00 paid earns");

        JsonObject quote = priced(shop.post("/api/v1/baskets/price", "{\"currency\":\"EUR\",\"customerId\":\""
                + account + "\",\"points\":100000,\"lines\":[{\"sku\":\"" + jacket + "\",\"quantity\":1}]}"));
        assertEquals(565, quote.getJsonNumber("pointsSpent").longValue(),
                "a quote spends at most the balance");
        Api.Reply tooMany = shop.post("/api/v1/orders", "{\"externalId\":\"" + uniqueCode("web") + "\","
                + "\"currency\":\"EUR\",\"customerId\":\"" + account + "\",\"points\":566,\"expectedTotal\":74.34,"
                + "\"lines\":[{\"sku\":\"" + jacket + "\",\"quantity\":1}],\"deliveryGroups\":[{\"id\":\"home\","
                + "\"mode\":\"SHIP\",\"address\":{\"line1\":\"Damrak 1\",\"postalCode\":\"1012 LG\","
                + "\"city\":\"Amsterdam\",\"country\":\"NL\",\"latitude\":52.3745,\"longitude\":4.8980}}]}");
        assertEquals(409, tooMany.status(), "566 points cannot be spent from 565: " + tooMany.body());
        assertTrue(tooMany.body().contains("points-insufficient"), tooMany.body());
        Api.Reply anonymous = shop.post("/api/v1/baskets/price", "{\"currency\":\"EUR\",\"points\":10,"
                + "\"lines\":[{\"sku\":\"" + jacket + "\",\"quantity\":1}]}");
        assertEquals(422, anonymous.status(), anonymous.body());
        assertTrue(anonymous.body().contains("points-need-customer"), anonymous.body());
        assertEquals(565, balance(number), "refusals spend nothing");
    }

    @Test
    void aCancelledOrderGivesBackThePointsItSpentAndTakesBackThoseItEarned() {
        OrderDesk.standardRules();
        String store = OrderDesk.location("LCS", "STORE", 52.37, 4.90, null);
        String channel = OrderDesk.channel(store);
        Api.Client shop = Api.newClient(null, channel, "read", "orders:write");
        String jacket = OrderDesk.pricedSku("LC", "80.00");
        receive(jacket, store, 10);
        String externalId = uniqueCode("web");
        String number = customer("Ruud Blom", "EXTERNAL", channel + ":c-" + externalId);
        adjust(number, 2_000);
        Api.Reply placed = shop.post("/api/v1/orders", OrderDesk.shippedOrder(externalId, null, "70.00",
                new OrderDesk.Line(jacket, 1)).replace("\"lines\"", "\"points\":1000,\"lines\""));
        assertEquals(201, placed.status(), placed.body());
        assertEquals(2_000 - 1_000 + 70, balance(number), "1,000 spent, 70.00 paid earns 70");

        Api.Reply cancelled = shop.post("/api/v1/orders/" + placed.json().getString("number") + "/cancellation",
                "{\"reason\":\"changed their mind\"}");

        assertEquals(200, cancelled.status(), cancelled.body());
        assertEquals(2_000, balance(number), "the points spent are back, those earned taken back");
        assertEquals(List.of("REFUND", "REVERSE"), kinds(number).subList(0, 2).stream().sorted().toList());
    }

    @Test
    void aTillOnlineSpendsPointsFirstAndATillOfflineIsHonouredWhenItsSaleArrives() throws Exception {
        String card = "LC" + uniqueDigits();
        String number = customer("Ivo Brouwer", "CARD", card);
        adjust(number, 1_000);
        String store = uniqueCode("LS");
        String sku = uniqueCode("LSKU");
        createSku(sku);
        createLocation(store, "STORE");
        receive(sku, store, 10);
        String online = "R-" + UUID.randomUUID();
        Api.Reply reserved = post("/api/v1/customers/" + number + "/loyalty/redemptions", "{\"points\":500,"
                + "\"reference\":\"" + store + "/" + online + "\"}");
        assertEquals(200, reserved.status(), reserved.body());

        try (Connection till = Broker.asStore(Broker.credentialsOf(store), null)) {
            Session session = till.createSession(false, Session.AUTO_ACKNOWLEDGE);
            send(session, sale(store, online, Instant.now(), card, sku, 1, "20.00",
                    "\"pointsSpent\":500,\"pointsDiscount\":5.00"));
            assertEquals(515, awaitBalance(number, 515), "the points spent once; 15.00 paid earns 15");
            send(session, sale(store, "R-" + UUID.randomUUID(), Instant.now(), card, sku, 1, "10.00",
                    "\"pointsSpent\":800,\"pointsDiscount\":8.00"));
            assertEquals(-283, awaitBalance(number, -283), "a sale taken offline happened: honoured, overdrawn");
        }
        JsonObject newest = get("/api/v1/customers/" + number + "/loyalty").json().getJsonObject("movements")
                .getJsonArray("items").stream().map(m -> m.asJsonObject())
                .filter(m -> m.getString("kind").equals("REDEEM") && m.getInt("points") == -800).findFirst()
                .orElseThrow();
        assertTrue(newest.getString("reason").startsWith("overdrawn"), newest.toString());
        assertEquals(409, post("/api/v1/customers/" + number + "/loyalty/redemptions", "{\"points\":1,"
                + "\"reference\":\"" + UUID.randomUUID() + "\"}").status(), "nothing left to spend");
        assertEquals(8L, Api.onHand(sku, store));
    }

    @Test
    void pointsExpireOldestFirstOnceTheirTimeHasCome() throws Exception {
        setTerms("30", "");
        String card = "LC" + uniqueDigits();
        String number = customer("Joke Vos", "CARD", card);
        String store = uniqueCode("LE");
        String sku = uniqueCode("LESKU");
        createSku(sku);
        createLocation(store, "STORE");
        receive(sku, store, 10);
        try (Connection till = Broker.asStore(Broker.credentialsOf(store), null)) {
            Session session = till.createSession(false, Session.AUTO_ACKNOWLEDGE);
            send(session, sale(store, "R-" + UUID.randomUUID(), Instant.now().minus(Duration.ofDays(40)), card, sku,
                    1, "100.00", null));
            send(session, sale(store, "R-" + UUID.randomUUID(), Instant.now().minus(Duration.ofDays(5)), card, sku,
                    1, "50.00", null));
            assertEquals(150, awaitBalance(number, 150));
        }
        assertEquals(200, post("/api/v1/customers/" + number + "/loyalty/redemptions", "{\"points\":30,"
                + "\"reference\":\"" + UUID.randomUUID() + "\"}").status());

        Api.Reply run = post("/api/v1/loyalty/expiry-runs", "");
        Api.Reply again = post("/api/v1/loyalty/expiry-runs", "");

        assertEquals(200, run.status(), run.body());
        assertEquals(200, again.status(), again.body());
        assertEquals(50, balance(number), "of the 100 earned 40 days ago, 30 were spent and 70 expired; the 50 "
                + "earned 5 days ago stay");
        assertEquals(1, kinds(number).stream().filter("EXPIRE"::equals).count(), "expired once: " + kinds(number));
    }

    @Test
    void aTierFollowsWhatTheCustomerSpentAndPricesThemAsItsGroup() throws Exception {
        String group = uniqueCode("G");
        String tier = uniqueCode("SILVER");
        setTerms("null", "{\"code\":\"" + tier + "\",\"name\":\"Silver\",\"threshold\":100,\"customerGroup\":\""
                + group + "\"}");
        String sku = OrderDesk.pricedSku("LT", "40.00");
        String list = uniqueCode("GPL");
        assertEquals(201, post("/api/v1/price-lists", "{\"code\":\"" + list + "\",\"name\":\"Silver prices\","
                + "\"currency\":\"EUR\",\"customerGroup\":\"" + group + "\",\"priority\":10}").status());
        assertEquals(200, post("/api/v1/price-lists/" + list + "/prices", "[{\"sku\":\"" + sku
                + "\",\"amount\":36.00}]").status());
        String card = "LC" + uniqueDigits();
        String number = customer("Kees Smit", "CARD", card);
        String old = customer("Lies Smit", "CARD", "LC" + uniqueDigits());
        String store = uniqueCode("LT");
        createLocation(store, "STORE");
        receive(sku, store, 10);
        String basket = "{\"currency\":\"EUR\",\"customerId\":\"" + number + "\",\"lines\":[{\"sku\":\"" + sku
                + "\",\"quantity\":1}]}";
        assertEquals("40.00", priced(post("/api/v1/baskets/price", basket))
                .getJsonNumber("total").bigDecimalValue().toPlainString());

        try (Connection till = Broker.asStore(Broker.credentialsOf(store), null)) {
            Session session = till.createSession(false, Session.AUTO_ACKNOWLEDGE);
            send(session, sale(store, "R-" + UUID.randomUUID(), Instant.now(), card, sku, 3, "40.00", null));
            assertEquals(120, awaitBalance(number, 120));
            String oldCard = get("/api/v1/customers/" + old).json().getJsonArray("keys").getJsonObject(0)
                    .getString("value");
            send(session, sale(store, "R-" + UUID.randomUUID(), Instant.now().minus(Duration.ofDays(400)), oldCard,
                    sku, 5, "40.00", null));
            assertEquals(200, awaitBalance(old, 200));
        }
        JsonObject profile = get("/api/v1/customers/" + number).json();
        assertEquals(tier, profile.getJsonObject("tier").getString("code"), "120.00 spent reaches 100");
        assertEquals(group, profile.getString("pricingGroup"));
        assertEquals("36.00", priced(post("/api/v1/baskets/price", basket))
                .getJsonNumber("total").bigDecimalValue().toPlainString(), "priced as the tier's group");
        assertTrue(noTier(old), "spent 400 days ago: outside the window");

        setTerms("null", "{\"code\":\"" + tier + "\",\"name\":\"Silver\",\"threshold\":150,\"customerGroup\":\""
                + group + "\"}");
        Api.Reply run = post("/api/v1/loyalty/tier-runs", "");
        assertEquals(200, run.status(), run.body());
        assertTrue(noTier(number), "the threshold rose above 120.00");
    }

    @Test
    void onlyAnAdministratorChangesTheTermsOrRunsTheUpkeep() {
        String store = uniqueCode("LA");
        createLocation(store, "STORE");
        Api.Client till = Api.newClient(store, null, "read", "orders:write", "customers:read");
        Api.Client manager = Api.newClient(null, null, "read", "customers:read", "customers:write");

        assertEquals(200, till.get("/api/v1/loyalty/terms").status(), "a till reads the point value");
        assertEquals(403, manager.put("/api/v1/loyalty/terms", termsBefore).status());
        assertEquals(403, manager.post("/api/v1/loyalty/expiry-runs", "").status());
        assertEquals(403, till.post("/api/v1/loyalty/tier-runs", "").status());
        assertEquals(401, Api.ANONYMOUS.get("/api/v1/loyalty/terms").status());
        Api.Reply invalid = put("/api/v1/loyalty/terms", "{\"pointsPerUnit\":1,\"pointValue\":0,\"tierWindowDays\":0,"
                + "\"tierMeasure\":\"SPEND\",\"tiers\":[]}");
        assertEquals(400, invalid.status(), invalid.body());
        assertEquals(termsBefore, get("/api/v1/loyalty/terms").body(), "nothing changed");
    }
}
