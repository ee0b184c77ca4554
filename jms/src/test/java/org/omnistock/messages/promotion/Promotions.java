package org.omnistock.messages.promotion;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** Promotions for tests, built field by field. */
final class Promotions {

    String code = "P";
    PromotionType type = PromotionType.PERCENT_OFF;
    Target target = Target.BASKET;
    List<String> values = List.of();
    BigDecimal percent;
    BigDecimal amount;
    Integer buy;
    Integer get;
    BigDecimal bundlePrice;
    BigDecimal minimum;
    List<String> channels = List.of();
    Instant from;
    Instant to;
    int priority;
    Stacking stacking = Stacking.COMBINABLE;
    boolean coupon;

    static Promotions percentOff(String code, String percent) {
        Promotions p = new Promotions();
        p.code = code;
        p.percent = new BigDecimal(percent);
        return p;
    }

    static Promotions amountOff(String code, String amount) {
        Promotions p = new Promotions();
        p.code = code;
        p.type = PromotionType.AMOUNT_OFF;
        p.amount = new BigDecimal(amount);
        return p;
    }

    Promotions on(Target target, String... values) {
        this.target = target;
        this.values = List.of(values);
        return this;
    }

    Promotions stacking(Stacking stacking, int priority) {
        this.stacking = stacking;
        this.priority = priority;
        return this;
    }

    PromotionRule rule() {
        return new PromotionRule(code, code + " name", type, target, values, percent, amount, buy, get, bundlePrice,
                minimum, channels, from, to, priority, stacking, coupon, null, null, null);
    }
}
