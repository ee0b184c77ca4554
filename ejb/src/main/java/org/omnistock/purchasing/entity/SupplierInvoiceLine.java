package org.omnistock.purchasing.entity;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * One order line's part of a supplier's document: the units and unit price invoiced (none for a landed cost), what
 * they come to, what the order's price made of the same units, and how the difference (or the landed cost) was split
 * between the units still on hand, which it revalued, and those already sold.
 */
@Entity
@Table(name = "supplier_invoice_line")
public class SupplierInvoiceLine {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "invoice_id")
    private SupplierInvoice invoice;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "order_line_id")
    private PurchaseOrderLine orderLine;

    @Column(nullable = false)
    private long quantity;

    @Column(name = "unit_price", precision = 19, scale = 4)
    private BigDecimal unitPrice;

    @Column(nullable = false, precision = 19, scale = 4)
    private BigDecimal amount;

    @Column(name = "ordered_amount", nullable = false, precision = 19, scale = 4)
    private BigDecimal orderedAmount;

    @Column(name = "on_hand_part", nullable = false, precision = 19, scale = 4)
    private BigDecimal onHandPart;

    @Column(name = "sold_part", nullable = false, precision = 19, scale = 4)
    private BigDecimal soldPart;

    protected SupplierInvoiceLine() {
    }

    SupplierInvoiceLine(SupplierInvoice invoice, PurchaseOrderLine orderLine, long quantity, BigDecimal unitPrice,
                        BigDecimal amount, BigDecimal orderedAmount, BigDecimal onHandPart, BigDecimal soldPart) {
        this.invoice = invoice;
        this.orderLine = orderLine;
        this.quantity = quantity;
        this.unitPrice = unitPrice;
        this.amount = amount;
        this.orderedAmount = orderedAmount;
        this.onHandPart = onHandPart;
        this.soldPart = soldPart;
    }

    public PurchaseOrderLine getOrderLine() {
        return orderLine;
    }

    public long getQuantity() {
        return quantity;
    }

    public BigDecimal getUnitPrice() {
        return unitPrice;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public BigDecimal getOrderedAmount() {
        return orderedAmount;
    }

    public BigDecimal getOnHandPart() {
        return onHandPart;
    }

    public BigDecimal getSoldPart() {
        return soldPart;
    }
}
