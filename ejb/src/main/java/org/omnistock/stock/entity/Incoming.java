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
import jakarta.persistence.Table;

/** Goods announced for a location under a reference (purchase order, transfer), expected on a date. */
@Entity
@Table(name = "incoming_stock")
@NamedQuery(name = Incoming.FIND_OPEN, query = "SELECT i FROM Incoming i WHERE i.level = :level "
        + "AND i.reference = :reference AND i.status = org.omnistock.stock.entity.Incoming.Status.OPEN")
@NamedQuery(name = Incoming.FIND_BY_REFERENCE, query = "SELECT i FROM Incoming i WHERE i.level = :level "
        + "AND i.reference = :reference")
@NamedQuery(name = Incoming.NEXT_EXPECTED, query = "SELECT i.level.id, MIN(i.expectedAt) FROM Incoming i "
        + "WHERE i.level.id IN :levels AND i.status = org.omnistock.stock.entity.Incoming.Status.OPEN "
        + "GROUP BY i.level.id")
@NamedQuery(name = Incoming.AT_LOCATION, query = "SELECT i FROM Incoming i JOIN FETCH i.level l JOIN FETCH l.sku "
        + "WHERE l.location.code = :location AND i.status IN :statuses AND (i.closedAt IS NULL OR i.closedAt >= :since) "
        + "AND NOT EXISTS (SELECT t FROM Transfer t WHERE t.reference = i.reference) "
        + "ORDER BY i.expectedAt, i.reference, l.sku.code")
@NamedQuery(name = Incoming.OF_DELIVERY, query = "SELECT i FROM Incoming i JOIN FETCH i.level l JOIN FETCH l.sku "
        + "WHERE l.location.code = :location AND i.reference = :reference ORDER BY l.sku.code")
public class Incoming {

    public static final String FIND_OPEN = "Incoming.findOpen";
    public static final String AT_LOCATION = "Incoming.atLocation";
    public static final String OF_DELIVERY = "Incoming.ofDelivery";
    public static final String FIND_BY_REFERENCE = "Incoming.findByReference";
    public static final String NEXT_EXPECTED = "Incoming.nextExpected";

    public enum Status {
        OPEN, RECEIVED, WITHDRAWN
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "stock_level_id")
    private StockLevel level;

    @Column(nullable = false)
    private long quantity;

    @Column(name = "expected_at", nullable = false)
    private Instant expectedAt;

    @Column(nullable = false, length = 128)
    private String reference;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Status status = Status.OPEN;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    /** What came, once received: the difference to {@code quantity} is what the delivery lacked or brought more. */
    @Column(name = "received_quantity")
    private Long receivedQuantity;

    protected Incoming() {
    }

    public Incoming(StockLevel level, long quantity, Instant expectedAt, String reference, Instant createdAt) {
        this.level = level;
        this.quantity = quantity;
        this.expectedAt = expectedAt.truncatedTo(java.time.temporal.ChronoUnit.MICROS);
        this.reference = reference;
        this.createdAt = createdAt;
    }

    public void close(Status outcome, Instant now) {
        status = outcome;
        closedAt = now;
    }

    /** The goods came, this many of them (0: none, though announced). */
    public void received(long quantityReceived, Instant now) {
        close(Status.RECEIVED, now);
        receivedQuantity = quantityReceived;
    }

    public StockLevel getLevel() {
        return level;
    }

    public Long getReceivedQuantity() {
        return receivedQuantity;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public long getQuantity() {
        return quantity;
    }

    public Instant getExpectedAt() {
        return expectedAt;
    }

    public String getReference() {
        return reference;
    }

    public Status getStatus() {
        return status;
    }
}
