package org.omnistock.stock.entity;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** One entry of the append-only stock ledger. Never updated or deleted. */
@Entity
@Table(name = "stock_movement")
@NamedQuery(name = StockMovement.FIND_BY_IDEMPOTENCY_KEY, query = "SELECT m FROM StockMovement m "
        + "JOIN FETCH m.level WHERE m.idempotencyKey = :key")
@NamedQuery(name = StockMovement.FIND_BY_LEVEL, query = "SELECT m FROM StockMovement m "
        + "WHERE m.level.sku.code = :sku AND m.level.location.code = :location ORDER BY m.sequence DESC")
@NamedQuery(name = StockMovement.COUNT_BY_LEVEL, query = "SELECT COUNT(m) FROM StockMovement m "
        + "WHERE m.level.sku.code = :sku AND m.level.location.code = :location")
@NamedQuery(name = StockMovement.LEVELS_AS_OF, query = "SELECT m.level.id, SUM(m.quantity), SUM(m.reservedChange), "
        + "SUM(m.safetyStockChange), SUM(m.damagedChange), SUM(m.qualityControlChange), SUM(m.incomingChange), "
        + "MAX(m.sequence), MAX(m.recordedAt) FROM StockMovement m "
        + "WHERE m.level.sku.code = :sku AND m.recordedAt <= :at GROUP BY m.level.id")
@NamedQuery(name = StockMovement.SOLD_SINCE, query = "SELECT m.level.id, -SUM(m.quantity) FROM StockMovement m "
        + "WHERE m.level.id IN :levels AND m.occurredAt >= :since AND m.occurredAt < :until AND m.type IN "
        + "(org.omnistock.stock.entity.MovementType.SALE, org.omnistock.stock.entity.MovementType.FULFIL) "
        + "GROUP BY m.level.id")
public class StockMovement {

    public static final String SOLD_SINCE = "StockMovement.soldSince";
    public static final String LEVELS_AS_OF = "StockMovement.levelsAsOf";

    public static final String FIND_BY_IDEMPOTENCY_KEY = "StockMovement.findByIdempotencyKey";
    public static final String FIND_BY_LEVEL = "StockMovement.findByLevel";
    public static final String COUNT_BY_LEVEL = "StockMovement.countByLevel";

    /** From a sequence, 50 at a time, so that a batch's inserts go to the database together (migration V9). */
    @Id
    @SequenceGenerator(name = "stock_movement_id", sequenceName = "stock_movement_id_block", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "stock_movement_id")
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "stock_level_id")
    private StockLevel level;

    @Enumerated(EnumType.STRING)
    @Column(name = "movement_type", nullable = false, length = 32)
    private MovementType type;

    /** Signed: what this movement did to on hand. */
    @Column(nullable = false)
    private long quantity;

    @Column(name = "reserved_change", nullable = false)
    private long reservedChange;

    @Column(name = "safety_stock_change", nullable = false)
    private long safetyStockChange;

    @Column(name = "damaged_change", nullable = false)
    private long damagedChange;

    @Column(name = "quality_control_change", nullable = false)
    private long qualityControlChange;

    @Column(name = "incoming_change", nullable = false)
    private long incomingChange;

    @Enumerated(EnumType.STRING)
    @Column(length = 32)
    private AdjustmentReason reason;

    @Column(length = 128)
    private String reference;

    @Column(name = "idempotency_key", length = 200, unique = true)
    private String idempotencyKey;

    /** With an idempotency key: a digest of the request, to tell a repeat from another request with the same key. */
    @Column(name = "request_digest", length = 64)
    private String requestDigest;

    @Column(name = "on_hand_after", nullable = false)
    private long onHandAfter;

    @Column(name = "sequence_number", nullable = false)
    private long sequence;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected StockMovement() {
    }

    /** Records a change already applied to its level: it takes the level's on hand and sequence as they are now. */
    public StockMovement(StockLevel level, MovementType type, StockChange change, AdjustmentReason reason,
                         String reference, String idempotencyKey, String requestDigest, Instant occurredAt,
                         Instant recordedAt) {
        this.level = level;
        this.type = type;
        this.quantity = change.onHand();
        this.reservedChange = change.reserved();
        this.safetyStockChange = change.safetyStock();
        this.damagedChange = change.damaged();
        this.qualityControlChange = change.qualityControl();
        this.incomingChange = change.incoming();
        this.requestDigest = requestDigest;
        this.reason = reason;
        this.reference = reference;
        this.idempotencyKey = idempotencyKey;
        this.onHandAfter = level.getOnHand();
        this.sequence = level.getSequence();
        this.occurredAt = occurredAt.truncatedTo(java.time.temporal.ChronoUnit.MICROS);
        this.recordedAt = recordedAt;
    }

    public Long getId() {
        return id;
    }

    public StockLevel getLevel() {
        return level;
    }

    public MovementType getType() {
        return type;
    }

    public long getQuantity() {
        return quantity;
    }

    public StockChange getChange() {
        return new StockChange(quantity, reservedChange, safetyStockChange, damagedChange, qualityControlChange,
                incomingChange);
    }

    public String getRequestDigest() {
        return requestDigest;
    }

    public AdjustmentReason getReason() {
        return reason;
    }

    public String getReference() {
        return reference;
    }

    public String getIdempotencyKey() {
        return idempotencyKey;
    }

    public long getOnHandAfter() {
        return onHandAfter;
    }

    public long getSequence() {
        return sequence;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }
}
