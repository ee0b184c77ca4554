package org.omnistock.purchasing.entity;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.CascadeType;
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
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

import org.omnistock.catalog.entity.Sku;
import org.omnistock.location.entity.Location;

/**
 * A purchase order to one supplier: numbered lines per SKU and location, its state, and the trail of every change
 * ({@link PurchaseOrderEvent}). Changed under its row's lock, so two receipts against it are counted one after the
 * other.
 */
@Entity
@Table(name = "purchase_order")
@NamedQuery(name = PurchaseOrder.BY_NUMBER, query = "SELECT o FROM PurchaseOrder o WHERE o.number = :number")
public class PurchaseOrder {

    public static final String BY_NUMBER = "PurchaseOrder.byNumber";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "po_number", nullable = false, length = 32)
    private String number;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "supplier_id")
    private Supplier supplier;

    @Column(nullable = false, length = 3)
    private String currency;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private PurchaseOrderStatus status;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, length = 100)
    private String createdBy;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    @OneToMany(mappedBy = "order", cascade = CascadeType.PERSIST)
    @OrderBy("lineNo")
    private List<PurchaseOrderLine> lines = new ArrayList<>();

    @OneToMany(mappedBy = "order", cascade = CascadeType.PERSIST)
    @OrderBy("at")
    private List<PurchaseOrderEvent> events = new ArrayList<>();

    protected PurchaseOrder() {
    }

    public PurchaseOrder(String number, Supplier supplier, Instant now, String actor) {
        this.number = number;
        this.supplier = supplier;
        this.currency = supplier.getCurrency();
        this.status = PurchaseOrderStatus.DRAFT;
        this.createdAt = now;
        this.createdBy = actor;
        record(now, actor, "CREATED", "draft for " + supplier.getCode());
    }

    public PurchaseOrderLine addLine(Sku sku, Location location, long quantity, BigDecimal unitPrice,
                                     Instant expectedAt) {
        PurchaseOrderLine line = new PurchaseOrderLine(this, lines.size() + 1, sku, location, quantity, unitPrice,
                expectedAt);
        lines.add(line);
        return line;
    }

    public Optional<PurchaseOrderLine> line(int lineNo) {
        return lines.stream().filter(l -> l.getLineNo() == lineNo).findFirst();
    }

    /** Moves to a state, with the trail's record of it. */
    public void move(PurchaseOrderStatus next, Instant now, String actor, String detail) {
        status = next;
        if (next == PurchaseOrderStatus.SENT) {
            sentAt = now;
        }
        if (next == PurchaseOrderStatus.CLOSED || next == PurchaseOrderStatus.CANCELLED
                || next == PurchaseOrderStatus.RECEIVED) {
            closedAt = now;
        }
        record(now, actor, next.name(), detail);
    }

    public void record(Instant now, String actor, String kind, String detail) {
        events.add(new PurchaseOrderEvent(this, now, actor, kind, detail));
    }

    /** Whether every line has had at least what was ordered. */
    public boolean fullyReceived() {
        return lines.stream().allMatch(l -> l.getReceived() >= l.getQuantity());
    }

    public Long getId() {
        return id;
    }

    public String getNumber() {
        return number;
    }

    public Supplier getSupplier() {
        return supplier;
    }

    public String getCurrency() {
        return currency;
    }

    public PurchaseOrderStatus getStatus() {
        return status;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getSentAt() {
        return sentAt;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public List<PurchaseOrderLine> getLines() {
        return lines;
    }

    public List<PurchaseOrderEvent> getEvents() {
        return events;
    }
}
