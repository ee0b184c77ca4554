package org.omnistock.messages.promotion;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

/**
 * @param shipping            the shipping charge before promotions; zero when there is none
 * @param unlockedPromotions  codes of the promotions whose coupon was presented and accepted
 * @param points              loyalty points the customer spends on the goods; zero for none
 * @param pointValue          what one point is worth in the currency (the loyalty programme's terms); needed only
 *                            when points are spent
 */
public record Basket(String currency, String channel, List<BasketLine> lines, BigDecimal shipping,
                     Set<String> unlockedPromotions, long points, BigDecimal pointValue) {

    public Basket {
        lines = List.copyOf(lines);
        shipping = shipping == null ? BigDecimal.ZERO : shipping;
        unlockedPromotions = unlockedPromotions == null ? Set.of() : Set.copyOf(unlockedPromotions);
        if (points < 0 || points > 0 && (pointValue == null || pointValue.signum() <= 0)) {
            throw new IllegalArgumentException("points spent need a positive point value, and are never negative");
        }
    }

    /** A basket that spends no points. */
    public Basket(String currency, String channel, List<BasketLine> lines, BigDecimal shipping,
                  Set<String> unlockedPromotions) {
        this(currency, channel, lines, shipping, unlockedPromotions, 0, null);
    }
}
