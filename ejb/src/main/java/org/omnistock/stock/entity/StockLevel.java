package org.omnistock.stock.entity;

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

import org.omnistock.catalog.entity.Sku;
import org.omnistock.location.entity.Location;

/**
 * The quantities of one SKU at one location: the projection of its ledger, changed only through
 * {@link #apply(MovementType, long, Instant)}.
 */
@Entity
@Table(name = "stock_level")
@NamedQuery(name = StockLevel.FIND_FOR_UPDATE,
        query = "SELECT l FROM StockLevel l WHERE l.sku = :sku AND l.location = :location")
@NamedQuery(name = StockLevel.FIND_BY_SKU, query = "SELECT l FROM StockLevel l JOIN FETCH l.location "
        + "WHERE l.sku.code = :sku ORDER BY l.location.code")
@NamedQuery(name = StockLevel.FIND_BY_LOCATION, query = "SELECT l FROM StockLevel l JOIN FETCH l.sku "
        + "WHERE l.location.code = :location ORDER BY l.sku.code")
@NamedQuery(name = StockLevel.COUNT_BY_LOCATION,
        query = "SELECT COUNT(l) FROM StockLevel l WHERE l.location.code = :location")
public class StockLevel {

    public static final String FIND_FOR_UPDATE = "StockLevel.findForUpdate";
    public static final String FIND_BY_SKU = "StockLevel.findBySku";
    public static final String FIND_BY_LOCATION = "StockLevel.findByLocation";
    public static final String COUNT_BY_LOCATION = "StockLevel.countByLocation";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "sku_id")
    private Sku sku;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "location_id")
    private Location location;

    @Column(name = "on_hand", nullable = false)
    private long onHand;

    @Column(nullable = false)
    private long reserved;

    @Column(name = "sequence_number", nullable = false)
    private long sequence;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected StockLevel() {
    }

    /** A level with nothing at the location yet. */
    public StockLevel(Sku sku, Location location, Instant now) {
        this.sku = sku;
        this.location = location;
        this.updatedAt = now;
    }

    /**
     * Applies one movement's quantity to on hand, after checking the ledger's rules, and advances the sequence.
     *
     * @param quantity as requested: positive for receipts and sales, signed for adjustments
     * @return the signed change of on hand, as the movement records it
     * @throws StockRuleViolation if the rules do not allow it; the level is then unchanged
     */
    public long apply(MovementType type, long quantity, Instant now) {
        long change = switch (type) {
            case RECEIPT -> {
                requirePositive(quantity, "a receipt");
                yield quantity;
            }
            case SALE -> {
                requirePositive(quantity, "a sale");
                yield -quantity;
            }
            case ADJUSTMENT -> {
                if (quantity == 0) {
                    throw new StockRuleViolation("zero-quantity", "an adjustment must change the quantity");
                }
                if (onHand + quantity < 0) {
                    throw new StockRuleViolation("negative-on-hand", "an adjustment of " + quantity
                            + " would take on hand below zero (on hand is " + onHand + ")");
                }
                yield quantity;
            }
        };
        onHand = Math.addExact(onHand, change);
        sequence++;
        updatedAt = now;
        return change;
    }

    private static void requirePositive(long quantity, String what) {
        if (quantity <= 0) {
            throw new StockRuleViolation("non-positive-quantity", what + " needs a positive quantity");
        }
    }

    /** What the location can still promise: on hand less reserved, never below zero. */
    public long getAvailable() {
        return Math.max(0, onHand - reserved);
    }

    public Long getId() {
        return id;
    }

    public Sku getSku() {
        return sku;
    }

    public Location getLocation() {
        return location;
    }

    public long getOnHand() {
        return onHand;
    }

    public long getReserved() {
        return reserved;
    }

    public long getSequence() {
        return sequence;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
