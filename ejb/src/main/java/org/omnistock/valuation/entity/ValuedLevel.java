package org.omnistock.valuation.entity;

import java.math.BigDecimal;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.omnistock.messages.Money;
import org.omnistock.valuation.control.CostPosition;

/**
 * The cost position of one stock level as stored: units and their value, changed under the level's lock in the
 * transaction of each movement that moves on hand ({@link CostPosition} holds the rules).
 */
@Entity
@Table(name = "cost_position")
public class ValuedLevel {

    @Id
    @Column(name = "stock_level_id")
    private Long levelId;

    @Column(name = "sku_id", nullable = false)
    private long skuId;

    @Column(name = "location_id", nullable = false)
    private long locationId;

    @Column(nullable = false)
    private long units;

    @Column(name = "stock_value", nullable = false, precision = 19, scale = 4)
    private BigDecimal value;

    @Column(name = "last_unit_cost", nullable = false, precision = 19, scale = 4)
    private BigDecimal lastUnitCost;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected ValuedLevel() {
    }

    public ValuedLevel(long levelId, long skuId, long locationId, CostPosition position, Instant now) {
        this.levelId = levelId;
        this.skuId = skuId;
        this.locationId = locationId;
        set(position, now);
    }

    /** The position, at the currency's digits. */
    public CostPosition position(int digits) {
        return new CostPosition(units, Money.stored(value, digits), lastUnitCost,
                digits);
    }

    public void set(CostPosition position, Instant now) {
        this.units = position.units();
        this.value = position.value();
        this.lastUnitCost = position.lastUnitCost();
        this.updatedAt = now;
    }

    public Long getLevelId() {
        return levelId;
    }

    public long getSkuId() {
        return skuId;
    }

    public long getLocationId() {
        return locationId;
    }
}
