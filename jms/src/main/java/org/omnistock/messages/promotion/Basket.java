package org.omnistock.messages.promotion;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

/**
 * @param shipping            the shipping charge before promotions; zero when there is none
 * @param unlockedPromotions  codes of the promotions whose coupon was presented and accepted
 */
public record Basket(String currency, String channel, List<BasketLine> lines, BigDecimal shipping,
                     Set<String> unlockedPromotions) {

    public Basket {
        lines = List.copyOf(lines);
        shipping = shipping == null ? BigDecimal.ZERO : shipping;
        unlockedPromotions = unlockedPromotions == null ? Set.of() : Set.copyOf(unlockedPromotions);
    }
}
