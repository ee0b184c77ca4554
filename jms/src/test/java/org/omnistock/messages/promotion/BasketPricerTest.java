package org.omnistock.messages.promotion;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class BasketPricerTest {

    private static final Instant NOW = Instant.parse("2026-11-26T12:00:00Z");

    private final List<BasketLine> lines = new ArrayList<>();
    private BigDecimal shipping = BigDecimal.ZERO;
    private Set<String> unlocked = Set.of();
    private long points;
    private BigDecimal pointValue;

    private BasketPricerTest line(String sku, String category, int quantity, String unitPrice) {
        lines.add(new BasketLine(sku, category, quantity, new BigDecimal(unitPrice)));
        return this;
    }

    private PricedBasket price(Promotions... promotions) {
        return BasketPricer.price(new Basket("EUR", "WEB", lines, shipping, unlocked, points, pointValue),
                Arrays.stream(promotions).map(Promotions::rule).toList(), NOW);
    }

    private static BigDecimal money(String amount) {
        return new BigDecimal(amount);
    }

    private static List<String> applied(PricedBasket basket) {
        return basket.applied().stream().map(AppliedPromotion::promotion).toList();
    }

    @Test
    void noPromotionGivesSubtotalAsTotal() {
        line("A", "shoes", 3, "19.99");
        PricedBasket basket = price();
        assertEquals(money("59.97"), basket.subtotal());
        assertEquals(money("59.97"), basket.total());
        assertEquals(money("0.00"), basket.discountTotal());
    }

    @Test
    void percentOffItemsRoundsHalfUpPerLine() {
        line("A", "shoes", 1, "0.05").line("B", "shoes", 1, "0.05").line("C", "hats", 1, "10.00");
        PricedBasket basket = price(Promotions.percentOff("TEN", "10").on(Target.CATEGORY, "shoes"));
        assertEquals(money("0.01"), basket.lines().get(0).discounts().get(0).amount(), "0.005 rounds up");
        assertEquals(money("0.01"), basket.lines().get(1).discounts().get(0).amount());
        assertTrue(basket.lines().get(2).discounts().isEmpty());
        assertEquals(money("0.02"), basket.discountTotal());
        assertEquals(money("10.08"), basket.total());
    }

    @Test
    void aSkuWithoutCategoryIsOutsideEveryCategoryPromotion() {
        line("A", null, 1, "10.00").line("B", "shoes", 1, "10.00");
        PricedBasket basket = price(Promotions.percentOff("TEN", "10").on(Target.CATEGORY, "shoes"));
        assertTrue(basket.lines().get(0).discounts().isEmpty());
        assertEquals(money("1.00"), basket.discountTotal());
    }

    @Test
    void percentOffBasketRoundsOnceAndSharesByLargestRemainder() {
        line("A", "x", 1, "0.05").line("B", "x", 1, "0.05").line("C", "x", 1, "0.05");
        PricedBasket basket = price(Promotions.percentOff("TEN", "10"));
        assertEquals(money("0.02"), basket.discountTotal(), "10% of 0.15 is 0.015, rounded once to 0.02");
        BigDecimal shares = basket.lines().stream().flatMap(l -> l.discounts().stream()).map(LineDiscount::amount)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        assertEquals(money("0.02"), shares, "line shares add up to the basket discount exactly");
        assertEquals(money("0.01"), basket.lines().get(0).discounts().get(0).amount(), "ties go to the first line");
        assertTrue(basket.lines().get(2).discounts().isEmpty());
    }

    @Test
    void amountOffBasketNeverExceedsTheBasket() {
        line("A", "x", 1, "3.00").line("B", "x", 2, "1.00");
        PricedBasket basket = price(Promotions.amountOff("TENOFF", "10"));
        assertEquals(money("0.00"), basket.total());
        assertEquals(money("5.00"), basket.discountTotal());
    }

    @Test
    void amountOffEachUnitOfASku() {
        line("A", "x", 3, "4.00").line("B", "x", 1, "4.00");
        PricedBasket basket = price(Promotions.amountOff("ONEOFF", "1.50").on(Target.SKU, "A"));
        assertEquals(money("4.50"), basket.discountTotal());
        assertEquals(money("7.50"), basket.lines().get(0).total());
    }

    @Test
    void minimumSubtotalIsRequiredAndExplained() {
        line("A", "x", 1, "49.99");
        Promotions promotion = Promotions.amountOff("FIVE", "5");
        promotion.minimum = money("50");
        PricedBasket basket = price(promotion);
        assertTrue(basket.applied().isEmpty());
        assertEquals("the qualifying items come to 49.99, below the minimum of 50.00", basket.skipped().get(0).reason());
        lines.clear();
        line("A", "x", 1, "50.00");
        assertEquals(money("45.00"), price(promotion).total());
    }

    @Test
    void buyTwoGetOneFreeMakesTheCheapestFree() {
        line("A", "shirts", 2, "20.00").line("B", "shirts", 2, "15.00").line("C", "shirts", 2, "10.00");
        Promotions promotion = Promotions.percentOff("B2G1", "100").on(Target.CATEGORY, "shirts");
        promotion.type = PromotionType.BUY_X_GET_Y;
        promotion.percent = null;
        promotion.buy = 2;
        promotion.get = 1;
        PricedBasket basket = price(promotion);
        assertEquals(money("20.00"), basket.discountTotal(), "6 units: the 2 cheapest (10.00 each) are free");
        assertEquals(money("0.00"), basket.lines().get(2).total());
        assertTrue(basket.applied().get(0).reason().contains("2 unit(s)"));
    }

    @Test
    void buyOneGetOneHalfPriceRoundsPerLine() {
        line("A", "x", 2, "0.99");
        Promotions promotion = Promotions.percentOff("BOGOHALF", "50").on(Target.SKU, "A");
        promotion.type = PromotionType.BUY_X_GET_Y;
        promotion.buy = 1;
        promotion.get = 1;
        assertEquals(money("0.50"), price(promotion).discountTotal(), "half of 0.99 is 0.495, rounded up");
    }

    @Test
    void bundlePriceCountsWholeBundlesAndSharesTheSaving() {
        line("PHONE", "x", 2, "300.00").line("CASE", "x", 1, "30.00").line("CABLE", "x", 5, "10.00");
        Promotions promotion = Promotions.percentOff("KIT", "1").on(Target.SKU, "PHONE", "CASE");
        promotion.type = PromotionType.BUNDLE_PRICE;
        promotion.percent = null;
        promotion.bundlePrice = money("310.00");
        PricedBasket basket = price(promotion);
        assertEquals(money("20.00"), basket.discountTotal(), "one whole bundle: 330.00 for 310.00");
        BigDecimal phone = basket.lines().get(0).discounts().get(0).amount();
        BigDecimal accessory = basket.lines().get(1).discounts().get(0).amount();
        assertEquals(money("18.18"), phone);
        assertEquals(money("1.82"), accessory);
        assertTrue(basket.lines().get(2).discounts().isEmpty());
    }

    @Test
    void freeShippingFromAThreshold() {
        shipping = money("4.95");
        line("A", "x", 1, "60.00");
        Promotions promotion = Promotions.percentOff("SHIP", "1");
        promotion.type = PromotionType.FREE_SHIPPING;
        promotion.percent = null;
        promotion.minimum = money("50");
        PricedBasket basket = price(promotion);
        assertEquals(money("4.95"), basket.shippingDiscount());
        assertEquals(money("60.00"), basket.total());
        assertEquals(money("4.95"), basket.applied().get(0).amount());
    }

    @Test
    void combinablePromotionsStackInPriorityOrder() {
        line("A", "shoes", 1, "100.00");
        PricedBasket basket = price(Promotions.percentOff("TEN", "10").stacking(Stacking.COMBINABLE, 1),
                Promotions.amountOff("FIVE", "5").stacking(Stacking.COMBINABLE, 2));
        assertEquals(List.of("FIVE", "TEN"), applied(basket));
        assertEquals(money("85.50"), basket.total(), "5 off first, then 10% of 95");
    }

    @Test
    void exclusivePromotionAppliesAloneEvenIfWorse() {
        line("A", "shoes", 1, "100.00");
        PricedBasket basket = price(Promotions.percentOff("STAFF", "5").stacking(Stacking.EXCLUSIVE, 0),
                Promotions.percentOff("BIG", "30").stacking(Stacking.COMBINABLE, 5));
        assertEquals(List.of("STAFF"), applied(basket));
        assertEquals("exclusive promotion STAFF applies", basket.skipped().get(0).reason());
    }

    @Test
    void exclusiveThatGivesNothingLetsOthersApply() {
        line("A", "shoes", 1, "100.00");
        PricedBasket basket = price(Promotions.percentOff("HATS", "50").on(Target.CATEGORY, "hats")
                        .stacking(Stacking.EXCLUSIVE, 9), Promotions.percentOff("TEN", "10"));
        assertEquals(List.of("TEN"), applied(basket));
        assertTrue(basket.skipped().isEmpty(), "a promotion about other items is not worth a word");
    }

    @Test
    void aPresentedCouponIsAlwaysAnswered() {
        line("A", "shoes", 1, "100.00");
        Promotions hats = Promotions.percentOff("HATS", "50").on(Target.CATEGORY, "hats");
        hats.coupon = true;
        unlocked = Set.of("HATS");
        PricedBasket basket = price(hats);
        assertEquals("no item in the basket qualifies", basket.skipped().get(0).reason());
    }

    @Test
    void bestDealPicksWhatIsCheapestForTheCustomer() {
        line("A", "shoes", 1, "100.00");
        Promotions ten = Promotions.percentOff("TEN", "10");
        Promotions five = Promotions.amountOff("FIVE", "5");
        Promotions quarter = Promotions.percentOff("QUARTER", "25").stacking(Stacking.BEST_DEAL, 0);
        assertEquals(List.of("QUARTER"), applied(price(ten, five, quarter)));
        Promotions twelve = Promotions.percentOff("TWELVE", "12").stacking(Stacking.BEST_DEAL, 0);
        PricedBasket basket = price(ten, five, twelve);
        assertEquals(List.of("FIVE", "TEN"), applied(basket), "5 then 10% (14.50) beats 12%");
        assertEquals("a better deal applies: the combinable promotions together", basket.skipped().get(0).reason());
    }

    @Test
    void couponPromotionsNeedTheirCode() {
        line("A", "shoes", 1, "100.00");
        Promotions coupon = Promotions.percentOff("WELCOME", "20");
        coupon.coupon = true;
        assertTrue(price(coupon).applied().isEmpty());
        unlocked = Set.of("WELCOME");
        assertEquals(money("80.00"), price(coupon).total());
    }

    @Test
    void windowAndChannelScopeArePartOfTheRule() {
        line("A", "shoes", 1, "100.00");
        Promotions later = Promotions.percentOff("LATER", "20");
        later.from = NOW.plusSeconds(1);
        Promotions app = Promotions.percentOff("APP", "20");
        app.channels = List.of("APP");
        Promotions ended = Promotions.percentOff("ENDED", "20");
        ended.to = NOW;
        assertTrue(price(later, app, ended).applied().isEmpty());
        later.from = NOW;
        assertEquals(List.of("LATER"), applied(price(later, app, ended)));
    }

    @Test
    void rulesAreValidatedTheSameEverywhere() {
        Promotions bundle = Promotions.percentOff("KIT", "10").on(Target.SKU, "A");
        bundle.type = PromotionType.BUNDLE_PRICE;
        assertEquals(List.of("a bundle targets at least two different SKUs, each once", "bundlePrice must be more than 0"),
                bundle.rule().problems());
        assertEquals(List.of("percent must be more than 0 and at most 100"),
                Promotions.percentOff("BAD", "101").rule().problems());
        assertTrue(Promotions.percentOff("OK", "100").rule().problems().isEmpty());
    }

    @Test
    void aRuleBoundsEveryDecimalBeforeAnythingIsComputedWithIt() {
        long started = System.nanoTime();
        List<String> tiny = Promotions.percentOff("TINY", "1E-999999999").rule().problems();
        List<String> huge = Promotions.amountOff("HUGE", "1E+999999999").rule().problems();

        assertTrue(tiny.contains("percent must have at most 4 decimals and be at most 100"), tiny.toString());
        assertTrue(huge.contains("amount must have at most 11 digits before and 4 after the decimal point"),
                huge.toString());
        assertTrue(System.nanoTime() - started < 1_000_000_000L, "checked without expanding the numbers");
        assertTrue(Promotions.percentOff("OK", "12.5").rule().problems().isEmpty());
    }

    @Test
    void aRuleBoundsItsListsAndNames() {
        Promotions many = Promotions.percentOff("MANY", "10");
        many.target = Target.SKU;
        many.values = java.util.Collections.nCopies(PromotionRule.MAX_TARGET_VALUES + 1, "SKU-1");

        assertEquals(List.of("targetValues has at most 200 entries, not 201"), many.rule().problems());
    }

    private BasketPricerTest spending(long spent, String value) {
        points = spent;
        pointValue = new BigDecimal(value);
        return this;
    }

    @Test
    void pointsAreSpentAfterPromotionsAndSharedOverTheLines() {
        line("A", "x", 1, "30.00").line("B", "x", 1, "10.00").spending(1_000, "0.01");
        shipping = money("4.95");
        PricedBasket basket = price(Promotions.percentOff("TEN", "10"));
        assertEquals(1_000, basket.pointsSpent());
        assertEquals(money("10.00"), basket.pointsDiscount());
        assertEquals(money("14.00"), basket.discountTotal(), "4.00 off the basket, then 10.00 of points");
        assertEquals(money("30.95"), basket.total(), "36.00 of goods less 10.00, plus shipping untouched");
        assertEquals(new LineDiscount(BasketPricer.POINTS, money("7.50")), basket.lines().get(0).discounts().get(1),
                "27.00 of 36.00");
        assertEquals(new LineDiscount(BasketPricer.POINTS, money("2.50")), basket.lines().get(1).discounts().get(1));
        assertEquals(List.of("TEN"), applied(basket), "points are not a promotion");
    }

    @Test
    void pointsWorthMoreThanTheGoodsSpendOnlyWhatTheGoodsCost() {
        line("A", "x", 3, "0.99").spending(5_000, "0.01");
        shipping = money("4.95");
        PricedBasket basket = price();
        assertEquals(297, basket.pointsSpent(), "2.97 of goods take 297 points; shipping is not paid in points");
        assertEquals(money("4.95"), basket.total());
    }

    @Test
    void aPointIsNeverWorthMoreThanItsValue() {
        line("A", "x", 1, "10.00").spending(3, "0.005");
        PricedBasket basket = price();
        assertEquals(money("0.01"), basket.pointsDiscount(), "0.015 rounds down");
        assertEquals(money("9.99"), basket.total());
    }

    @Test
    void noPointsLeavesTheBasketAsItWas() {
        line("A", "x", 1, "10.00");
        PricedBasket basket = price();
        assertEquals(0, basket.pointsSpent());
        assertEquals(money("0.00"), basket.pointsDiscount());
        assertTrue(basket.lines().get(0).discounts().isEmpty());
    }
}
