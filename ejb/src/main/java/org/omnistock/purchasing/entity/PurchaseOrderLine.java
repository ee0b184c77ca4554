package org.omnistock.purchasing.entity;

import java.math.BigDecimal;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.omnistock.catalog.entity.Sku;
import org.omnistock.location.entity.Location;

/**
 * What is ordered of one SKU for one location, at what price and by when; what came of it (damaged among it); and
 * the reference under which its still-expected units are announced at the location, if any.
 */
@Entity
@Table(name = "purchase_order_line")
public class PurchaseOrderLine {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "order_id")
    private PurchaseOrder order;

    @Column(name = "line_no", nullable = false)
    private int lineNo;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "sku_id")
    private Sku sku;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "location_id")
    private Location location;

    @Column(nullable = false)
    private long quantity;

    @Column(name = "unit_price", nullable = false, precision = 19, scale = 4)
    private BigDecimal unitPrice;

    @Column(name = "expected_at", nullable = false)
    private Instant expectedAt;

    @Column(nullable = false)
    private long received;

    @Column(nullable = false)
    private long damaged;

    /** How many deliveries came against the line: the next announcement of what is still open is numbered by it. */
    @Column(nullable = false)
    private int deliveries;

    @Column(name = "announced_as", length = 64)
    private String announcedAs;

    @Column(nullable = false)
    private long invoiced;

    /** An invoice of the line asked a unit price beyond the supplier's price tolerance. */
    @Column(name = "price_mismatch", nullable = false)
    private boolean priceMismatch;

    @Column(name = "landed_cost", nullable = false, precision = 19, scale = 4)
    private BigDecimal landedCost = BigDecimal.ZERO;

    protected PurchaseOrderLine() {
    }

    PurchaseOrderLine(PurchaseOrder order, int lineNo, Sku sku, Location location, long quantity,
                      BigDecimal unitPrice, Instant expectedAt) {
        this.order = order;
        this.lineNo = lineNo;
        this.sku = sku;
        this.location = location;
        this.quantity = quantity;
        this.unitPrice = unitPrice;
        this.expectedAt = expectedAt;
    }

    /** Units still expected: ordered less received, none once the order no longer expects any. */
    public long open() {
        return announcedAs == null ? 0 : Math.max(0, quantity - received);
    }

    /** Its open units are announced at its location under this reference (the order was sent, or part came). */
    public void announcedAs(String reference) {
        this.announcedAs = reference;
    }

    /** A delivery brought these units, damaged among them; its announcement was settled by it. */
    public void delivered(long units, long damagedUnits) {
        received += units;
        damaged += damagedUnits;
        deliveries++;
        announcedAs = null;
    }

    /** Its open units are no longer expected (the order was closed or cancelled). */
    public void withdrawn() {
        announcedAs = null;
    }

    /** Units received and not invoiced yet: what an invoice may still bill of the line. */
    public long invoiceable() {
        return received - invoiced;
    }

    /** An invoice billed {@code units} of the line, at a price within the tolerance or not. */
    public void invoiced(long units, boolean withinTolerance) {
        if (units > invoiceable()) {
            throw new IllegalStateException(units + " invoiced of " + invoiceable() + " received, not invoiced");
        }
        invoiced += units;
        priceMismatch |= !withinTolerance;
    }

    public void landed(BigDecimal cost) {
        landedCost = landedCost.add(cost);
    }

    /**
     * The three-way match of order, receipts and invoices: {@code AWAITING_GOODS} (nothing came), {@code
     * NOT_INVOICED}, {@code PRICE_DIFFERENCE} (an invoice's price beyond the tolerance: look before paying), {@code
     * PART_INVOICED} (less invoiced than came), {@code MATCHED} (what came is invoiced at the order's price).
     */
    public String matchStatus() {
        if (received == 0 && invoiced == 0) {
            return "AWAITING_GOODS";
        }
        if (priceMismatch) {
            return "PRICE_DIFFERENCE";
        }
        if (invoiced == 0) {
            return "NOT_INVOICED";
        }
        return invoiced < received ? "PART_INVOICED" : "MATCHED";
    }

    public long getInvoiced() {
        return invoiced;
    }

    public BigDecimal getLandedCost() {
        return landedCost;
    }

    public Long getId() {
        return id;
    }

    public int getLineNo() {
        return lineNo;
    }

    public Sku getSku() {
        return sku;
    }

    public Location getLocation() {
        return location;
    }

    public long getQuantity() {
        return quantity;
    }

    public BigDecimal getUnitPrice() {
        return unitPrice;
    }

    public Instant getExpectedAt() {
        return expectedAt;
    }

    public long getReceived() {
        return received;
    }

    public long getDamaged() {
        return damaged;
    }

    public int getDeliveries() {
        return deliveries;
    }

    public String getAnnouncedAs() {
        return announcedAs;
    }

    public PurchaseOrder getOrder() {
        return order;
    }
}
