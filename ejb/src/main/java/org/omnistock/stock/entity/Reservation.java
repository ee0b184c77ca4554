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

/** A quantity of one SKU held at one location for an order line or a cart. */
@Entity
@Table(name = "reservation")
@NamedQuery(name = Reservation.FIND_BY_REQUEST_KEYS, query = "SELECT r FROM Reservation r JOIN FETCH r.level "
        + "WHERE r.requestKey IN :keys ORDER BY r.requestKey, r.lineNo")
@NamedQuery(name = Reservation.FIND_DUE, query = "SELECT r.id FROM Reservation r "
        + "WHERE r.status = org.omnistock.stock.entity.ReservationStatus.OPEN AND r.expiresAt <= :now ORDER BY r.expiresAt")
@NamedQuery(name = Reservation.FIND_OPEN_BY_REFERENCE, query = "SELECT r.id FROM Reservation r "
        + "WHERE r.reference = :reference AND r.status = org.omnistock.stock.entity.ReservationStatus.OPEN "
        + "ORDER BY r.id")
public class Reservation {

    public static final String FIND_BY_REQUEST_KEYS = "Reservation.findByRequestKeys";
    public static final String FIND_DUE = "Reservation.findDue";
    public static final String FIND_OPEN_BY_REFERENCE = "Reservation.findOpenByReference";

    /** From a sequence, 50 at a time, so that a batch's inserts go to the database together (migration V9). */
    @Id
    @SequenceGenerator(name = "reservation_id", sequenceName = "reservation_id_block", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "reservation_id")
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "stock_level_id")
    private StockLevel level;

    @Column(nullable = false)
    private long quantity;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private ReservationStatus status = ReservationStatus.OPEN;

    @Column(nullable = false, length = 128)
    private String reference;

    @Column(name = "request_key", length = 200)
    private String requestKey;

    @Column(name = "line_no", nullable = false)
    private int lineNo;

    @Column(name = "expires_at")
    private Instant expiresAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(length = 80)
    private String owner;

    protected Reservation() {
    }

    /**
     * @param owner the caller that holds it ({@code Caller.id()}): only it, its location or an admin may see and end
     *              it
     */
    public Reservation(StockLevel level, long quantity, String reference, String requestKey, int lineNo,
                       Instant expiresAt, Instant createdAt, String owner) {
        this.owner = owner;
        this.level = level;
        this.quantity = quantity;
        this.reference = reference;
        this.requestKey = requestKey;
        this.lineNo = lineNo;
        this.expiresAt = expiresAt;
        this.createdAt = createdAt;
    }

    /** Ends the hold. Only an open reservation can end, and only once. */
    public void close(ReservationStatus outcome, Instant now) {
        if (status != ReservationStatus.OPEN) {
            throw new StockRuleViolation("reservation-closed", "reservation " + id + " is already " + status);
        }
        if (outcome == ReservationStatus.OPEN) {
            throw new IllegalArgumentException("a reservation closes as fulfilled, released or expired");
        }
        status = outcome;
        closedAt = now;
    }

    public Long getId() {
        return id;
    }

    public StockLevel getLevel() {
        return level;
    }

    public long getQuantity() {
        return quantity;
    }

    public ReservationStatus getStatus() {
        return status;
    }

    public String getReference() {
        return reference;
    }

    public String getRequestKey() {
        return requestKey;
    }

    public int getLineNo() {
        return lineNo;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public String getOwner() {
        return owner;
    }
}
