package org.omnistock.promotion.boundary;

import java.io.Serializable;
import java.time.Instant;

import org.omnistock.promotion.entity.Coupon;

/** @param maxUses null for unlimited */
public record CouponView(String code, String promotion, Integer maxUses, int uses, Instant createdAt)
        implements Serializable {

    static CouponView of(Coupon coupon) {
        return new CouponView(coupon.getCode(), coupon.getPromotion().getCode(), coupon.getMaxUses(), coupon.getUses(),
                coupon.getCreatedAt());
    }
}
