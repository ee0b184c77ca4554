package org.omnistock.promotion.boundary;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.omnistock.messages.Money;
import org.omnistock.promotion.entity.Redemption;

/** @param replayed true when this reference had been recorded before: nothing was counted again */
public record RedemptionView(String reference, String customerId, String channel, String currency, BigDecimal total,
                             BigDecimal discountTotal, List<Redeemed> promotions, Instant recordedAt,
                             boolean replayed) {

    /** @param coupon the code that unlocked it, if any */
    public record Redeemed(String promotion, String coupon, BigDecimal amount) {
    }

    static RedemptionView of(Redemption redemption, boolean replayed) {
        int digits = Money.digits(redemption.getCurrency());
        return new RedemptionView(redemption.getReference(), redemption.getCustomerId(), redemption.getChannel(),
                redemption.getCurrency(), money(redemption.getTotal(), digits),
                money(redemption.getDiscountTotal(), digits),
                redemption.getLines().stream().map(l -> new Redeemed(l.getPromotion().getCode(),
                        l.getCoupon() == null ? null : l.getCoupon().getCode(), money(l.getAmount(), digits))).toList(),
                redemption.getRecordedAt(), replayed);
    }

    /** Stored with four decimals; shown at the currency's minor unit, as when it was priced. */
    private static BigDecimal money(BigDecimal amount, int digits) {
        return Money.round(amount, digits);
    }
}
