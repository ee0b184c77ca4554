package org.omnistock.customer.entity;

import java.math.BigDecimal;
import java.time.Instant;


import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The loyalty programme's terms; one row. */
@Entity
@Table(name = "loyalty_program")
public class LoyaltyProgram {

    public static final int ID = 1;

    @Id
    private Integer id;

    /** Points earned per currency unit spent (after discounts). */
    @Column(name = "points_per_unit", nullable = false, precision = 9, scale = 4)
    private BigDecimal pointsPerUnit;

    /** What one point is worth when redeemed, in the currency. */
    @Column(name = "point_value", nullable = false, precision = 9, scale = 4)
    private BigDecimal pointValue;

    /** Days after which points earned expire unspent; null for never. */
    @Column(name = "points_valid_days")
    private Integer pointsValidDays;

    /** The rolling window a tier is measured over, in days up to now. */
    @Column(name = "tier_window_days", nullable = false)
    private int tierWindowDays;

    @Enumerated(EnumType.STRING)
    @Column(name = "tier_measure", nullable = false, length = 8)
    private TierMeasure tierMeasure;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by", length = 80)
    private String updatedBy;

    /** What a tier counts over its window. */
    public enum TierMeasure {
        /** Points earned, less those returns took back. */
        POINTS,
        /** Money spent on goods, less what came back. */
        SPEND
    }

    protected LoyaltyProgram() {
    }

    /** New terms; points already earned keep the expiry they were given. */
    public void change(BigDecimal pointsPerUnit, BigDecimal pointValue, Integer pointsValidDays, int tierWindowDays,
                       TierMeasure tierMeasure, String by, Instant at) {
        this.pointsPerUnit = pointsPerUnit;
        this.pointValue = pointValue;
        this.pointsValidDays = pointsValidDays;
        this.tierWindowDays = tierWindowDays;
        this.tierMeasure = tierMeasure;
        this.updatedBy = by;
        this.updatedAt = at;
    }

    /**
     * How many points expire now, spending the oldest first: of the points whose time has come ({@code dueCredits}),
     * what every debit so far ({@code debits}: spent, taken back, expired before; zero or less) has not used up,
     * and never more than the balance holds. Debits made after a point's expiry was due would have been counted
     * against it if the run was late: the customer's gain, never their loss.
     */
    public static long expiring(long dueCredits, long debits, long balance) {
        return Math.max(0, Math.min(balance, dueCredits + debits));
    }


    public BigDecimal getPointsPerUnit() {
        return pointsPerUnit;
    }

    public BigDecimal getPointValue() {
        return pointValue;
    }

    public Integer getPointsValidDays() {
        return pointsValidDays;
    }

    public int getTierWindowDays() {
        return tierWindowDays;
    }

    public TierMeasure getTierMeasure() {
        return tierMeasure;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }
}
