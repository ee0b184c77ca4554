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

import org.omnistock.catalog.entity.Sku;
import org.omnistock.location.entity.Location;

/**
 * Units of a SKU sent from one location to another: TRANSFER_OUT at the source and EXPECTED at the destination when
 * shipped, TRANSFER_IN at the destination when they arrive, all under the transfer's reference.
 */
@Entity
@Table(name = "stock_transfer")
@NamedQuery(name = Transfer.FIND_BY_REFERENCE, query = "SELECT t FROM Transfer t WHERE t.reference = :reference")
@NamedQuery(name = Transfer.AT_LOCATION, query = "SELECT t FROM Transfer t JOIN FETCH t.sku JOIN FETCH t.from "
        + "JOIN FETCH t.to WHERE (t.from.code = :location OR t.to.code = :location) AND t.status IN :statuses "
        + "ORDER BY t.shippedAt DESC, t.reference")
public class Transfer {

    public static final String FIND_BY_REFERENCE = "Transfer.findByReference";
    public static final String AT_LOCATION = "Transfer.atLocation";

    public enum Status {
        IN_TRANSIT, RECEIVED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 128)
    private String reference;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "sku_id")
    private Sku sku;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "from_location_id")
    private Location from;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "to_location_id")
    private Location to;

    @Column(nullable = false)
    private long quantity;

    @Column(name = "received_quantity")
    private Long receivedQuantity;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Status status;

    @Column(name = "expected_at", nullable = false)
    private Instant expectedAt;

    @Column(name = "shipped_at", nullable = false)
    private Instant shippedAt;

    @Column(name = "received_at")
    private Instant receivedAt;

    protected Transfer() {
    }

    public Transfer(String reference, Sku sku, Location from, Location to, long quantity, Instant expectedAt,
                    Instant shippedAt) {
        this.reference = reference;
        this.sku = sku;
        this.from = from;
        this.to = to;
        this.quantity = quantity;
        this.expectedAt = expectedAt;
        this.shippedAt = shippedAt;
        this.status = Status.IN_TRANSIT;
    }

    public void received(long quantityReceived, Instant now) {
        this.receivedQuantity = quantityReceived;
        this.receivedAt = now;
        this.status = Status.RECEIVED;
    }

    public Long getId() {
        return id;
    }

    public String getReference() {
        return reference;
    }

    public Sku getSku() {
        return sku;
    }

    public Location getFrom() {
        return from;
    }

    public Location getTo() {
        return to;
    }

    public long getQuantity() {
        return quantity;
    }

    public Long getReceivedQuantity() {
        return receivedQuantity;
    }

    public Status getStatus() {
        return status;
    }

    public Instant getExpectedAt() {
        return expectedAt;
    }

    public Instant getShippedAt() {
        return shippedAt;
    }

    public Instant getReceivedAt() {
        return receivedAt;
    }
}
