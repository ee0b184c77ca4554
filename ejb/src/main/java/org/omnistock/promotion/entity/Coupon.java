package org.omnistock.promotion.entity;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/** A code that unlocks a promotion: single-use ({@code maxUses} 1), limited, or unlimited (null). */
@Entity
@Table(name = "coupon")
@NamedQuery(name = Coupon.FIND_BY_CODE, query = "SELECT c FROM Coupon c JOIN FETCH c.promotion WHERE c.code = :code")
@NamedQuery(name = Coupon.OF_PROMOTION, query = "SELECT c FROM Coupon c WHERE c.promotion = :promotion ORDER BY c.code")
@NamedQuery(name = Coupon.COUNT_OF_PROMOTION, query = "SELECT COUNT(c) FROM Coupon c WHERE c.promotion = :promotion")
public class Coupon {

    public static final String FIND_BY_CODE = "Coupon.findByCode";
    public static final String OF_PROMOTION = "Coupon.ofPromotion";
    public static final String COUNT_OF_PROMOTION = "Coupon.countOfPromotion";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 64)
    private String code;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "promotion_id")
    private Promotion promotion;

    @Column(name = "max_uses")
    private Integer maxUses;

    @Column(nullable = false)
    private int uses;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Coupon() {
    }

    public Coupon(String code, Promotion promotion, Integer maxUses, Instant createdAt) {
        this.code = code;
        this.promotion = promotion;
        this.maxUses = maxUses;
        this.createdAt = createdAt;
    }

    public boolean usedUp() {
        return maxUses != null && uses >= maxUses;
    }

    public void use() {
        uses++;
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public Promotion getPromotion() {
        return promotion;
    }

    public Integer getMaxUses() {
        return maxUses;
    }

    public int getUses() {
        return uses;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
