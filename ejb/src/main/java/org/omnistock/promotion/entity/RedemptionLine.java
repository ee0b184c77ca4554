package org.omnistock.promotion.entity;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

@Entity
@Table(name = "redemption_line")
public class RedemptionLine {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "redemption_id")
    private Redemption redemption;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "promotion_id")
    private Promotion promotion;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "coupon_id")
    private Coupon coupon;

    @Column(nullable = false, precision = 15, scale = 4)
    private BigDecimal amount;

    protected RedemptionLine() {
    }

    RedemptionLine(Redemption redemption, Promotion promotion, Coupon coupon, BigDecimal amount) {
        this.redemption = redemption;
        this.promotion = promotion;
        this.coupon = coupon;
        this.amount = amount;
    }

    public Promotion getPromotion() {
        return promotion;
    }

    public Coupon getCoupon() {
        return coupon;
    }

    public BigDecimal getAmount() {
        return amount;
    }
}
