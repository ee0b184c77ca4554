package org.omnistock.valuation.entity;

import java.math.BigDecimal;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * What one ledger movement did to a level's worth, written in its transaction; never updated. The sum of a level's
 * rows up to an instant is its value then.
 */
@Entity
@Table(name = "valuation_movement")
public class ValuationMovement {

    /**
     * What a row records: the ledger's movement type, the opening of a level valued for the first time, or a cost
     * added to what is on hand (no units; its reference is the invoice or bill).
     */
    public static final String OPENING = "OPENING";
    public static final String REVALUATION = "REVALUATION";

    @Id
    @SequenceGenerator(name = "valuation_movement_id", sequenceName = "valuation_movement_id_block",
            allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "valuation_movement_id")
    private Long id;

    @Column(name = "stock_movement_id")
    private Long stockMovementId;

    @Column(name = "stock_level_id", nullable = false)
    private long levelId;

    @Column(name = "sku_id", nullable = false)
    private long skuId;

    @Column(name = "location_id", nullable = false)
    private long locationId;

    @Column(nullable = false, length = 16)
    private String kind;

    @Column(length = 128)
    private String reference;

    @Column(nullable = false)
    private long units;

    @Column(name = "stock_value", nullable = false, precision = 19, scale = 4)
    private BigDecimal stockValue;

    @Column(name = "cost_of_goods", nullable = false, precision = 19, scale = 4)
    private BigDecimal costOfGoods;

    @Column(name = "in_transit_change", nullable = false, precision = 19, scale = 4)
    private BigDecimal inTransitChange;

    @Column(name = "units_after", nullable = false)
    private long unitsAfter;

    @Column(name = "value_after", nullable = false, precision = 19, scale = 4)
    private BigDecimal valueAfter;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected ValuationMovement() {
    }

    public ValuationMovement(Long stockMovementId, ValuedLevel level, String kind, String reference, long units,
                             BigDecimal stockValue, BigDecimal costOfGoods, BigDecimal inTransitChange,
                             long unitsAfter, BigDecimal valueAfter, Instant recordedAt) {
        this.stockMovementId = stockMovementId;
        this.levelId = level.getLevelId();
        this.skuId = level.getSkuId();
        this.locationId = level.getLocationId();
        this.kind = kind;
        this.reference = reference;
        this.units = units;
        this.stockValue = stockValue;
        this.costOfGoods = costOfGoods;
        this.inTransitChange = inTransitChange;
        this.unitsAfter = unitsAfter;
        this.valueAfter = valueAfter;
        this.recordedAt = recordedAt;
    }

    public String getKind() {
        return kind;
    }

    public long getUnits() {
        return units;
    }

    public BigDecimal getStockValue() {
        return stockValue;
    }

    public BigDecimal getInTransitChange() {
        return inTransitChange;
    }
}
