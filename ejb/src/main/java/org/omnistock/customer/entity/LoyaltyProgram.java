package org.omnistock.customer.entity;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
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

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected LoyaltyProgram() {
    }

    /** Points an amount spent earns: whole points, rounded down, never below zero. */
    public long pointsFor(BigDecimal amount) {
        return amount.signum() <= 0 ? 0 : amount.multiply(pointsPerUnit).setScale(0, RoundingMode.DOWN)
                .longValueExact();
    }

    public BigDecimal getPointsPerUnit() {
        return pointsPerUnit;
    }

    public BigDecimal getPointValue() {
        return pointValue;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
