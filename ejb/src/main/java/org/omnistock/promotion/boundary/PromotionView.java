package org.omnistock.promotion.boundary;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;

import org.omnistock.messages.promotion.PromotionRule;
import org.omnistock.promotion.entity.Promotion;

/**
 * A promotion with what has been redeemed of it.
 *
 * @param discountGiven      all discounts given under it so far, for its amount budget
 * @param overrunRedemptions redemptions tills made beyond the budget (counted when their sales arrived)
 * @param overrunAmount      discount tills gave beyond the amount budget
 */
public record PromotionView(PromotionRule rule, boolean withdrawn, long redemptions, BigDecimal discountGiven,
                            long overrunRedemptions, BigDecimal overrunAmount, long coupons, long sequence,
                            Instant createdAt, Instant updatedAt) implements Serializable {

    /** Stored with four decimals; shown with as many as it has, at least two. */
    private static BigDecimal readable(BigDecimal amount) {
        BigDecimal stripped = amount.stripTrailingZeros();
        return stripped.scale() < 2 ? stripped.setScale(2) : stripped;
    }

    static PromotionView of(Promotion promotion, long coupons) {
        return new PromotionView(promotion.rule(), promotion.isWithdrawn(), promotion.getRedemptions(),
                readable(promotion.getDiscountGiven()), promotion.getOverrunRedemptions(),
                readable(promotion.getOverrunAmount()), coupons, promotion.getSequence(), promotion.getCreatedAt(),
                promotion.getUpdatedAt());
    }
}
