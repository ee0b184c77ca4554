package org.omnistock.stock.entity;

import java.time.Instant;
import java.util.Optional;

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
 * The quantities of one SKU at one location: the projection of its ledger, changed only through its operations,
 * each of which keeps the rules (see the stock package).
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
@NamedQuery(name = StockLevel.FIND_BY_LOCATION_AND_CATEGORY, query = "SELECT l FROM StockLevel l JOIN FETCH l.sku "
        + "WHERE l.location.code = :location AND l.sku.category = :category ORDER BY l.sku.code")
@NamedQuery(name = StockLevel.COUNT_BY_LOCATION_AND_CATEGORY, query = "SELECT COUNT(l) FROM StockLevel l "
        + "WHERE l.location.code = :location AND l.sku.category = :category")
@NamedQuery(name = StockLevel.TOTAL_AVAILABLE, query = "SELECT l.sku.id, SUM(l.available) FROM StockLevel l "
        + "WHERE l.sku IN :skus AND l.location IN :locations GROUP BY l.sku.id")
@NamedQuery(name = StockLevel.AVAILABLE_OF_SKUS, query = "SELECT l.location.code, l.sku.code, l.available "
        + "FROM StockLevel l WHERE l.sku.code IN :skus AND l.available > 0")
public class StockLevel {

    public static final String TOTAL_AVAILABLE = "StockLevel.totalAvailable";
    public static final String AVAILABLE_OF_SKUS = "StockLevel.availableOfSkus";

    public static final String FIND_FOR_UPDATE = "StockLevel.findForUpdate";
    public static final String FIND_BY_SKU = "StockLevel.findBySku";
    public static final String FIND_BY_LOCATION = "StockLevel.findByLocation";
    public static final String COUNT_BY_LOCATION = "StockLevel.countByLocation";
    public static final String FIND_BY_LOCATION_AND_CATEGORY = "StockLevel.findByLocationAndCategory";
    public static final String COUNT_BY_LOCATION_AND_CATEGORY = "StockLevel.countByLocationAndCategory";

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

    @Column(name = "safety_stock", nullable = false)
    private long safetyStock;

    @Column(nullable = false)
    private long damaged;

    @Column(name = "quality_control", nullable = false)
    private long qualityControl;

    /** Announced but not yet received (purchase orders, transfers on their way); not part of on hand. */
    @Column(nullable = false)
    private long incoming;

    /**
     * What the location can still promise ({@link #available(long, long, long, long, long)}), kept with the
     * quantities it follows from, so that every query that needs it reads this column instead of the formula.
     */
    @Column(nullable = false)
    private long available;

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

    /*
     * Every operation checks its rule against the current quantities, then applies its change and advances the
     * sequence. A violated rule throws before anything changed. Callers hold the row lock.
     */

    public StockChange receive(long quantity, Instant now) {
        requirePositive(quantity, "a receipt");
        return apply(StockChange.onHand(quantity), now);
    }

    /**
     * A receipt that settles an announcement: on hand up by what arrived, incoming down by what was announced
     * (more or less may arrive than was announced).
     */
    public StockChange receiveAnnounced(long quantity, long announced, Instant now) {
        requirePositive(quantity, "a receipt");
        if (announced > incoming) {
            throw new StockRuleViolation("not-incoming", "only " + incoming + " incoming, not " + announced);
        }
        return apply(StockChange.onHand(quantity).plus(StockChange.incoming(-announced)), now);
    }

    /** Goods announced for this location: incoming up, on hand unchanged until they arrive. */
    public StockChange expect(long quantity, Instant now) {
        requirePositive(quantity, "an announcement");
        return apply(StockChange.incoming(quantity), now);
    }

    /** An announcement withdrawn: incoming down. */
    public StockChange unexpect(long quantity, Instant now) {
        requirePositive(quantity, "withdrawing an announcement");
        if (quantity > incoming) {
            throw new StockRuleViolation("not-incoming", "only " + incoming + " incoming, not " + quantity);
        }
        return apply(StockChange.incoming(-quantity), now);
    }

    /** A sale is never refused for lack of stock: it already happened at the till. */
    public StockChange sell(long quantity, Instant now) {
        requirePositive(quantity, "a sale");
        return apply(StockChange.onHand(-quantity), now);
    }

    public StockChange adjust(long quantity, Instant now) {
        if (quantity == 0) {
            throw new StockRuleViolation("zero-quantity", "an adjustment must change the quantity");
        }
        if (onHand + quantity < 0) {
            throw new StockRuleViolation("negative-on-hand", "an adjustment of " + quantity
                    + " would take on hand below zero (on hand is " + onHand + ")");
        }
        return apply(StockChange.onHand(quantity), now);
    }

    /** Compare-and-set: on hand becomes what was counted only if it still is what the counter expected. */
    public StockChange count(long expectedOnHand, long countedOnHand, Instant now) {
        if (countedOnHand < 0) {
            throw new StockRuleViolation("negative-count", "a count cannot be below zero");
        }
        if (onHand != expectedOnHand) {
            throw new StockRuleViolation("count-mismatch", "on hand is " + onHand + ", not the expected "
                    + expectedOnHand + ": it changed since the count started; count again or expect " + onHand);
        }
        return apply(StockChange.onHand(countedOnHand - onHand), now);
    }

    public StockChange move(StockState from, StockState to, long quantity, Instant now) {
        requirePositive(quantity, "a state move");
        if (from == to) {
            throw new StockRuleViolation("same-state", "a state move needs two different states");
        }
        long inFrom = switch (from) {
            case AVAILABLE -> getAvailable();
            case DAMAGED -> damaged;
            case QUALITY_CONTROL -> qualityControl;
        };
        if (inFrom < quantity) {
            throw new StockRuleViolation("insufficient-stock", "only " + inFrom + " " + from + ", not " + quantity);
        }
        return apply(StockChange.state(from, -quantity).plus(StockChange.state(to, quantity)), now);
    }

    public StockChange holdBack(long safety, Instant now) {
        if (safety < 0) {
            throw new StockRuleViolation("negative-safety-stock", "safety stock cannot be below zero");
        }
        return apply(new StockChange(0, 0, safety - safetyStock, 0, 0, 0), now);
    }

    public StockChange reserve(long quantity, Instant now) {
        Optional<StockRuleViolation> refusal = reservationRefusal(quantity);
        if (refusal.isPresent()) {
            throw refusal.get();
        }
        return apply(StockChange.reserved(quantity), now);
    }

    /** Why a reservation of this quantity would be refused now; empty if it would not. */
    public Optional<StockRuleViolation> reservationRefusal(long quantity) {
        if (quantity <= 0) {
            return Optional.of(new StockRuleViolation("non-positive-quantity",
                    "a reservation needs a positive quantity"));
        }
        if (getAvailable() < quantity) {
            return Optional.of(new StockRuleViolation("insufficient-stock", "only " + getAvailable()
                    + " available, not " + quantity));
        }
        return Optional.empty();
    }

    public StockChange release(long quantity, Instant now) {
        requireReserved(quantity);
        return apply(StockChange.reserved(-quantity), now);
    }

    public StockChange fulfil(long quantity, Instant now) {
        requireReserved(quantity);
        return apply(new StockChange(-quantity, -quantity, 0, 0, 0, 0), now);
    }

    /** Units leave for another location; only what is available may go (not what is promised or held back). */
    public StockChange transferOut(long quantity, Instant now) {
        requirePositive(quantity, "a transfer");
        if (getAvailable() < quantity) {
            throw new StockRuleViolation("insufficient-stock", "only " + getAvailable() + " available to transfer, not "
                    + quantity);
        }
        return apply(StockChange.onHand(-quantity), now);
    }

    /** Returned units come back on hand, into the state they are in: available, damaged or to be inspected. */
    public StockChange takeBack(long quantity, StockState state, Instant now) {
        requirePositive(quantity, "a return");
        return apply(StockChange.onHand(quantity).plus(StockChange.state(state, quantity)), now);
    }

    private StockChange apply(StockChange change, Instant now) {
        onHand = Math.addExact(onHand, change.onHand());
        reserved += change.reserved();
        safetyStock += change.safetyStock();
        damaged += change.damaged();
        qualityControl += change.qualityControl();
        incoming += change.incoming();
        available = available(onHand, reserved, safetyStock, damaged, qualityControl);
        sequence++;
        updatedAt = now;
        return change;
    }

    private void requireReserved(long quantity) {
        requirePositive(quantity, "releasing or fulfilling");
        if (reserved < quantity) {
            throw new StockRuleViolation("not-reserved", "only " + reserved + " reserved, not " + quantity);
        }
    }

    private static void requirePositive(long quantity, String what) {
        if (quantity <= 0) {
            throw new StockRuleViolation("non-positive-quantity", what + " needs a positive quantity");
        }
    }

    /** What the location can still promise now. */
    public long getAvailable() {
        return available;
    }

    /**
     * The one definition of available: on hand less reserved, safety stock, damaged and in quality control, never
     * below zero. For the level now (kept in its column) and as it stood at an earlier instant.
     */
    public static long available(long onHand, long reserved, long safetyStock, long damaged, long qualityControl) {
        return Math.max(0, onHand - reserved - safetyStock - damaged - qualityControl);
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

    public long getSafetyStock() {
        return safetyStock;
    }

    public long getDamaged() {
        return damaged;
    }

    public long getQualityControl() {
        return qualityControl;
    }

    public long getIncoming() {
        return incoming;
    }

    public long getSequence() {
        return sequence;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
