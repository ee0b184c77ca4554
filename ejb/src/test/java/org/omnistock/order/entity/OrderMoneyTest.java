package org.omnistock.order.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.omnistock.catalog.entity.Sku;
import org.omnistock.messages.Money;
import org.omnistock.messages.promotion.Basket;
import org.omnistock.messages.promotion.BasketLine;
import org.omnistock.messages.promotion.BasketPricer;
import org.omnistock.messages.promotion.LineDiscount;
import org.omnistock.messages.promotion.PricedBasket;
import org.omnistock.messages.promotion.PricedLine;
import org.omnistock.messages.promotion.PromotionRule;
import org.omnistock.messages.promotion.PromotionType;
import org.omnistock.messages.promotion.Stacking;
import org.omnistock.messages.promotion.Target;

/**
 * Many random baskets, priced by the one engine and kept as orders are, then shipped, cancelled and returned in
 * random steps through the order line's own rules: refunds and cancellations never come to more than a line cost,
 * and what analytics count (goods that left, less refunds) is what the engine charged, less what was cancelled or
 * refunded, to the minor unit. In EUR (2 digits) and JPY (none).
 */
class OrderMoneyTest {

    private static final Instant NOW = Instant.parse("2026-12-06T12:00:00Z");
    private static final int BASKETS = 2_000;

    @ParameterizedTest
    @ValueSource(strings = {"EUR", "JPY"})
    void refundsNeverExceedWhatWasPaidAndRevenueIsWhatWasCharged(String currency) {
        Random random = new Random(currency.hashCode());
        int digits = Money.digits(currency);
        for (int b = 0; b < BASKETS; b++) {
            PricedBasket priced = randomBasket(random, currency, digits);
            CustomerOrder order = new CustomerOrder("WEB", "x-" + b, "digest", null, null, currency, "test", NOW);
            BigDecimal goods = BigDecimal.ZERO;
            for (PricedLine line : priced.lines()) {
                BigDecimal discount = line.discounts().stream().map(LineDiscount::amount)
                        .reduce(BigDecimal.ZERO, BigDecimal::add);
                order.addLine(new Sku(line.sku(), line.sku(), "Tops", NOW), null, line.quantity(),
                        line.unitPrice(), discount, line.total());
                goods = goods.add(line.total());
            }
            assertEquals(priced.total(), goods.add(priced.shipping()).subtract(priced.shippingDiscount()),
                    "the lines and shipping come to the basket's total");

            BigDecimal revenue = BigDecimal.ZERO;
            BigDecimal cancelled = BigDecimal.ZERO;
            BigDecimal refunded = BigDecimal.ZERO;
            boolean settled = false;
            while (!settled) {
                OrderLine line = order.getLines().get(random.nextInt(order.getLines().size()));
                int unsold = line.activeQuantity() - line.getSoldQuantity();
                int kept = line.getSoldQuantity() - line.getReturnedQuantity();
                switch (random.nextInt(4)) {
                    case 0 -> {
                        if (unsold > 0) {
                            cancelled = cancelled.add(line.cancel(1 + random.nextInt(unsold)));
                        }
                    }
                    case 1 -> {
                        if (kept > 0) {
                            BigDecimal refund = line.returned(1 + random.nextInt(kept)).gross();
                            refunded = refunded.add(refund);
                            revenue = revenue.subtract(refund);
                        }
                    }
                    default -> {
                        if (unsold > 0) {
                            revenue = revenue.add(line.sold(1 + random.nextInt(unsold)).gross());
                        }
                    }
                }
                assertTrue(line.getRefunded().add(line.getCancelledValue()).compareTo(line.getNetTotal()) <= 0,
                        () -> "line " + line.getLineNo() + " refunded " + line.getRefunded() + " and cancelled "
                                + line.getCancelledValue() + " of " + line.getNetTotal());
                settled = order.getLines().stream().allMatch(l -> l.getSoldQuantity() == l.activeQuantity());
            }
            assertTrue(refunded.compareTo(goods) <= 0, "refunds exceed what the goods cost");
            BigDecimal kept = goods.subtract(cancelled).subtract(refunded);
            assertEquals(0, revenue.compareTo(kept), "revenue " + revenue + " is not what was charged for what the "
                    + "customer kept, " + kept);
            assertTrue(revenue.stripTrailingZeros().scale() <= digits, "revenue is at the currency's digits");
        }
    }

    /** A basket of one to six lines with some of the engine's promotions, and sometimes points spent. */
    private static PricedBasket randomBasket(Random random, String currency, int digits) {
        List<BasketLine> lines = new ArrayList<>();
        int count = 1 + random.nextInt(6);
        for (int i = 0; i < count; i++) {
            BigDecimal price = BigDecimal.valueOf(1 + random.nextInt(digits == 0 ? 20_000 : 20_000), digits);
            lines.add(new BasketLine("SKU-" + i, i % 2 == 0 ? "Tops" : "Jeans", 1 + random.nextInt(7), price));
        }
        List<PromotionRule> promotions = new ArrayList<>();
        if (random.nextBoolean()) {
            promotions.add(rule("BASKET", PromotionType.PERCENT_OFF, Target.BASKET, List.of(),
                    BigDecimal.valueOf(1 + random.nextInt(40)), null, null, null));
        }
        if (random.nextBoolean()) {
            promotions.add(rule("TOPS", PromotionType.PERCENT_OFF, Target.CATEGORY, List.of("Tops"),
                    new BigDecimal("12.5"), null, null, null));
        }
        if (random.nextBoolean()) {
            promotions.add(rule("OFF", PromotionType.AMOUNT_OFF, Target.BASKET, List.of(), null,
                    BigDecimal.valueOf(1 + random.nextInt(3_000), digits), null, null));
        }
        if (random.nextBoolean()) {
            promotions.add(rule("3FOR2", PromotionType.BUY_X_GET_Y, Target.CATEGORY, List.of("Jeans"),
                    BigDecimal.valueOf(100), null, 2, 1));
        }
        long points = random.nextBoolean() ? random.nextInt(100_000) : 0;
        BigDecimal pointValue = points == 0 ? null : digits == 0 ? BigDecimal.ONE : new BigDecimal("0.01");
        BigDecimal shipping = random.nextBoolean() ? BigDecimal.valueOf(random.nextInt(1_000), digits)
                : BigDecimal.ZERO;
        return BasketPricer.price(new Basket(currency, "WEB", lines, shipping, Set.of(), points, pointValue),
                promotions, NOW);
    }

    private static PromotionRule rule(String code, PromotionType type, Target target, List<String> values,
                                      BigDecimal percent, BigDecimal amount, Integer buy, Integer get) {
        return new PromotionRule(code, code, type, target, values, percent, amount, buy, get, null, null, List.of(),
                null, null, 0, Stacking.COMBINABLE, false, null, null, null);
    }
}
