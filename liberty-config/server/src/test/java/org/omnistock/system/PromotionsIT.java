package org.omnistock.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.omnistock.system.Api.createLocation;
import static org.omnistock.system.Api.createSku;
import static org.omnistock.system.Api.get;
import static org.omnistock.system.Api.post;
import static org.omnistock.system.Api.uniqueCode;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.jms.Connection;
import jakarta.jms.MessageConsumer;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;
import jakarta.json.JsonObject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.omnistock.messages.Destinations;
import org.omnistock.messages.Headers;
import org.omnistock.messages.JsonCodec;
import org.omnistock.messages.promotion.PromotionChanged;

/**
 * Basket pricing and redemptions from outside: budgets, coupons and per-customer limits hold when tills and web
 * orders redeem at the same moment. Every promotion here targets this test's own SKU, so it touches no other test.
 */
class PromotionsIT {

    private static final int CONCURRENT = 20;

    private String sku;
    /** A web shop bound to its own channel: the caller whose customer ids count for per-customer limits. */
    private Api.Client shop;
    private String createdStore;

    @BeforeEach
    void aPricedSkuAndAShop() {
        sku = uniqueCode("PRM");
        createSku(sku);
        createdStore = uniqueCode("PS");
        String channel = uniqueCode("PCH");
        createLocation(createdStore, "STORE");
        assertEquals(201, post("/api/v1/channels", "{\"code\":\"" + channel + "\",\"name\":\"Promotion tests\","
                + "\"type\":\"WEB\",\"locationIds\":[\"" + createdStore + "\"]}").status());
        shop = Api.newClient(null, channel, "read", "orders:write");
        String list = uniqueCode("PL");
        assertEquals(201, post("/api/v1/price-lists", "{\"code\":\"" + list + "\",\"name\":\"Promotion tests\","
                + "\"currency\":\"EUR\"}").status());
        assertEquals(200, post("/api/v1/price-lists/" + list + "/prices", "[{\"sku\":\"" + sku
                + "\",\"amount\":100.00}]").status());
    }

    @Test
    void aPromotionIsPublishedAndPricesTheBasketWithItsReason() throws Exception {
        String code = uniqueCode("P");
        try (Connection connection = Broker.asStore(createdStore)) {
            Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
            MessageConsumer subscriber = session.createConsumer(session.createTopic(Destinations.PROMOTION_CHANGED),
                    Headers.PROMOTION + " = '" + code + "'");
            connection.start();
            createPromotion(code, "\"type\":\"PERCENT_OFF\",\"percent\":15");
            TextMessage message = (TextMessage) subscriber.receive(10_000);
            assertNotNull(message, "stores are told");
            PromotionChanged changed = JsonCodec.fromJson(message.getText(), PromotionChanged.class);
            assertEquals(code, changed.promotion().code());
            assertEquals(1, changed.sequence());
        }
        JsonObject basket = price(basket(2, null, List.of())).getJsonObject("basket");
        assertEquals(new BigDecimal("170.00"), basket.getJsonNumber("total").bigDecimalValue());
        JsonObject applied = basket.getJsonArray("applied").getJsonObject(0);
        assertEquals(code, applied.getString("promotion"));
        assertEquals("15% off of " + sku, applied.getString("reason"));

        assertEquals(200, Api.delete("/api/v1/promotions/" + code).status());
        assertEquals(new BigDecimal("200.00"), price(basket(2, null, List.of())).getJsonObject("basket")
                .getJsonNumber("total").bigDecimalValue(), "withdrawn everywhere at once");
    }

    @Test
    void aCountBudgetHoldsUnderConcurrentRedemption() throws Exception {
        String code = uniqueCode("P");
        createPromotion(code, "\"type\":\"AMOUNT_OFF\",\"amount\":10,\"maxRedemptions\":5");
        List<Integer> statuses = redeemConcurrently(i -> basket(1, "customer-" + i, List.of()), "90.00");
        assertEquals(5, statuses.stream().filter(s -> s == 201).count(), statuses.toString());
        assertEquals(CONCURRENT - 5, statuses.stream().filter(s -> s == 409).count(), statuses.toString());
        JsonObject promotion = get("/api/v1/promotions/" + code).json();
        assertEquals(5, promotion.getInt("redemptions"));
        assertEquals(0, new BigDecimal("50").compareTo(promotion.getJsonNumber("discountGiven").bigDecimalValue()));
    }

    @Test
    void anAmountBudgetIsNeverOverspent() throws Exception {
        String code = uniqueCode("P");
        createPromotion(code, "\"type\":\"AMOUNT_OFF\",\"amount\":10,\"budgetAmount\":25");
        List<Integer> statuses = redeemConcurrently(i -> basket(1, "customer-" + i, List.of()), "90.00");
        assertEquals(2, statuses.stream().filter(s -> s == 201).count(), "20 of 25 given; a third would overspend");
        JsonObject promotion = get("/api/v1/promotions/" + code).json();
        assertEquals(0, new BigDecimal("20").compareTo(promotion.getJsonNumber("discountGiven").bigDecimalValue()));
        JsonObject late = price(basket(1, "late", List.of())).getJsonObject("basket");
        assertEquals(new BigDecimal("100.00"), late.getJsonNumber("total").bigDecimalValue(),
                "5 left of the budget cannot pay this basket's 10: the promotion is not offered");
        assertEquals(1, late.getJsonArray("skipped").size(), "only promotions about this basket: " + late);
        assertTrue(late.getJsonArray("skipped").getJsonObject(0).getString("reason").contains("budget left"),
                late.toString());
    }

    @Test
    void aSingleUseCouponIsUsedOnce() throws Exception {
        String code = uniqueCode("P");
        createPromotion(code, "\"type\":\"PERCENT_OFF\",\"percent\":50,\"couponRequired\":true");
        Api.Reply coupons = post("/api/v1/promotions/" + code + "/coupons", "{\"count\":1}");
        assertEquals(201, coupons.status(), coupons.body());
        String coupon = coupons.body().replaceAll(".*\"code\":\"([^\"]+)\".*", "$1");
        assertTrue(coupon.startsWith(code.toUpperCase() + "-"), coupon);
        List<Integer> statuses = redeemConcurrently(i -> basket(1, "customer-" + i, List.of(coupon)), "50.00");
        assertEquals(1, statuses.stream().filter(s -> s == 201).count(), statuses.toString());
        JsonObject codes = price(basket(1, "someone", List.of(coupon))).getJsonArray("codes").getJsonObject(0);
        assertEquals("the code has been used up", codes.getString("reason"));
    }

    @Test
    void aPerCustomerLimitHoldsForOneCustomerAtSeveralTills() throws Exception {
        String code = uniqueCode("P");
        createPromotion(code, "\"type\":\"AMOUNT_OFF\",\"amount\":20,\"perCustomerLimit\":1");
        List<Integer> statuses = redeemConcurrently(i -> basket(1, "the-same-customer", List.of()), "80.00");
        assertEquals(1, statuses.stream().filter(s -> s == 201).count(), statuses.toString());
        JsonObject other = price(basket(1, "another-customer", List.of())).getJsonObject("basket");
        assertEquals(new BigDecimal("80.00"), other.getJsonNumber("total").bigDecimalValue());
    }

    @Test
    void aCallerBoundToNoChannelCannotNameTheCustomerOfAPerCustomerLimit() {
        String code = uniqueCode("P");
        createPromotion(code, "\"type\":\"AMOUNT_OFF\",\"amount\":20,\"perCustomerLimit\":1");
        assertEquals(201, shop.post("/api/v1/redemptions", redemption(uniqueCode("order"),
                basket(1, "once-only", List.of()), "80.00")).status());
        Api.Client erp = Api.newClient(null, null, "read", "orders:write");

        JsonObject dodge = erp.post("/api/v1/baskets/price", basket(1, "a-new-name-" + code, List.of())).json();

        assertEquals(new BigDecimal("100.00"), dodge.getJsonObject("basket").getJsonNumber("total").bigDecimalValue(),
                "a customer id a caller chose does not unlock the limit again");
        String reason = dodge.getJsonObject("basket").getJsonArray("skipped").getValuesAs(JsonObject.class).stream()
                .filter(p -> p.getString("promotion").equals(code)).findFirst().orElseThrow().getString("reason");
        assertTrue(reason.contains("bound to no channel"), reason);
        Api.Reply asAnotherChannel = shop.post("/api/v1/baskets/price", basket(1, "x", List.of())
                .replace("{\"currency\"", "{\"channel\":\"WEB\",\"currency\""));
        assertEquals(403, asAnotherChannel.status(), asAnotherChannel.body());
        assertEquals("urn:omnistock:problem:forbidden-channel", asAnotherChannel.json().getString("type"));
    }

    @Test
    void aRedemptionIsCountedOncePerReference() {
        String code = uniqueCode("P");
        createPromotion(code, "\"type\":\"AMOUNT_OFF\",\"amount\":10,\"maxRedemptions\":3");
        String request = redemption("order-" + code, basket(1, "c1", List.of()), "90.00");
        assertEquals(201, shop.post("/api/v1/redemptions", request).status());
        Api.Reply again = shop.post("/api/v1/redemptions", request);
        assertEquals(200, again.status());
        assertTrue(again.json().getBoolean("replayed"));
        assertEquals(1, get("/api/v1/promotions/" + code).json().getInt("redemptions"));
        Api.Reply reused = shop.post("/api/v1/redemptions", redemption("order-" + code, basket(2, "c1", List.of()),
                "180.00"));
        assertEquals(409, reused.status());
        assertEquals("urn:omnistock:problem:reference-reused", reused.json().getString("type"));
        Api.Reply stale = shop.post("/api/v1/redemptions", redemption("order2-" + code, basket(1, "c2", List.of()),
                "100.00"));
        assertEquals(409, stale.status(), "the customer was shown another total");
        assertEquals("urn:omnistock:problem:basket-price-changed", stale.json().getString("type"));
    }

    @Test
    void badBasketsAreRefusedWithProblems() {
        Api.Reply unknown = post("/api/v1/baskets/price", "{\"currency\":\"EUR\",\"lines\":[{\"sku\":\"NO-SUCH\","
                + "\"quantity\":1}]}");
        assertEquals(422, unknown.status());
        assertEquals("lines[0].sku", unknown.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        Api.Reply unpriced = post("/api/v1/baskets/price", "{\"currency\":\"USD\",\"lines\":[{\"sku\":\"" + sku
                + "\",\"quantity\":1}]}");
        assertEquals(422, unpriced.status());
        assertEquals("urn:omnistock:problem:no-price", unpriced.json().getString("type"));
        Api.Reply empty = post("/api/v1/baskets/price", "{\"currency\":\"EUR\",\"lines\":[]}");
        assertEquals(400, empty.status());
        Api.Reply invalid = post("/api/v1/promotions", "{\"code\":\"" + uniqueCode("P") + "\",\"name\":\"x\","
                + "\"type\":\"PERCENT_OFF\",\"target\":\"SKU\",\"targetValues\":[\"" + sku + "\"],\"percent\":150,"
                + "\"stacking\":\"COMBINABLE\"}");
        assertEquals(422, invalid.status());
        assertEquals("urn:omnistock:problem:invalid-promotion", invalid.json().getString("type"));
    }

    private void createPromotion(String code, String deal) {
        Api.Reply created = post("/api/v1/promotions", "{\"code\":\"" + code + "\",\"name\":\"Test " + code + "\","
                + "\"target\":\"SKU\",\"targetValues\":[\"" + sku + "\"],\"stacking\":\"COMBINABLE\"," + deal + "}");
        assertEquals(201, created.status(), created.body());
    }

    private String basket(int quantity, String customer, List<String> codes) {
        return "{\"currency\":\"EUR\"" + (customer == null ? "" : ",\"customerId\":\"" + customer + "\"")
                + ",\"lines\":[{\"sku\":\"" + sku + "\",\"quantity\":" + quantity + "}],\"codes\":["
                + String.join(",", codes.stream().map(c -> "\"" + c + "\"").toList()) + "]}";
    }

    private static String redemption(String reference, String basket, String expectedTotal) {
        return "{\"reference\":\"" + reference + "\",\"expectedTotal\":" + expectedTotal + ",\"basket\":" + basket
                + "}";
    }

    private JsonObject price(String basket) {
        Api.Reply reply = shop.post("/api/v1/baskets/price", basket);
        assertEquals(200, reply.status(), reply.body());
        return reply.json();
    }

    private interface BasketOf {
        String basket(int till);
    }

    /** Every till redeems at the same moment, each for its own order. */
    private List<Integer> redeemConcurrently(BasketOf baskets, String expectedTotal) throws Exception {
        ExecutorService tills = Executors.newFixedThreadPool(CONCURRENT);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Integer>> replies = new ArrayList<>();
            for (int i = 0; i < CONCURRENT; i++) {
                String request = redemption(uniqueCode("order"), baskets.basket(i), expectedTotal);
                Callable<Integer> till = () -> {
                    start.await();
                    return shop.post("/api/v1/redemptions", request).status();
                };
                replies.add(tills.submit(till));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> reply : replies) {
                statuses.add(reply.get());
            }
            return statuses;
        } finally {
            tills.shutdownNow();
        }
    }
}
