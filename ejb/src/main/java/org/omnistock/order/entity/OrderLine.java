package org.omnistock.order.entity;

import java.math.BigDecimal;
import java.math.RoundingMode;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import org.omnistock.catalog.entity.Sku;

/**
 * One SKU of an order, priced by the basket engine: its net total is what the customer pays for its units, after
 * its own discounts and its share of the basket's.
 */
@Entity
@Table(name = "order_line")
public class OrderLine {

    @Id
    @SequenceGenerator(name = "order_line_id", sequenceName = "order_row_id_block", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "order_line_id")
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "order_id")
    private CustomerOrder order;

    @Column(name = "line_no", nullable = false)
    private int lineNo;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "sku_id")
    private Sku sku;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "delivery_group_id")
    private DeliveryGroup deliveryGroup;

    @Column(nullable = false)
    private int quantity;

    @Column(name = "unit_price", nullable = false, precision = 19, scale = 4)
    private BigDecimal unitPrice;

    @Column(nullable = false, precision = 19, scale = 4)
    private BigDecimal discount;

    @Column(name = "net_total", nullable = false, precision = 19, scale = 4)
    private BigDecimal netTotal;

    @Column(name = "cancelled_quantity", nullable = false)
    private int cancelledQuantity;

    @Column(name = "returned_quantity", nullable = false)
    private int returnedQuantity;

    @Column(nullable = false, precision = 19, scale = 4)
    private BigDecimal refunded = BigDecimal.ZERO;

    protected OrderLine() {
    }

    OrderLine(CustomerOrder order, int lineNo, Sku sku, DeliveryGroup deliveryGroup, int quantity,
              BigDecimal unitPrice, BigDecimal discount, BigDecimal netTotal) {
        this.order = order;
        this.lineNo = lineNo;
        this.sku = sku;
        this.deliveryGroup = deliveryGroup;
        this.quantity = quantity;
        this.unitPrice = unitPrice;
        this.discount = discount;
        this.netTotal = netTotal;
    }

    /** Units not cancelled. */
    public int activeQuantity() {
        return quantity - cancelledQuantity;
    }

    /** Takes units off the order; the caller has checked that no fulfilment holds them any more. */
    public void cancel(int units) {
        if (units <= 0 || units > quantity - cancelledQuantity - returnedQuantity) {
            throw new IllegalArgumentException("line " + lineNo + " has " + (quantity - cancelledQuantity
                    - returnedQuantity) + " units to cancel, not " + units);
        }
        cancelledQuantity += units;
    }

    /** Units came back, and what was refunded for them. */
    public void returned(int units, BigDecimal refund) {
        if (units <= 0 || units > activeQuantity() - returnedQuantity) {
            throw new IllegalArgumentException("line " + lineNo + " has " + (activeQuantity() - returnedQuantity)
                    + " units that may come back, not " + units);
        }
        returnedQuantity += units;
        refunded = refunded.add(refund);
    }

    public Long getId() {
        return id;
    }

    public CustomerOrder getOrder() {
        return order;
    }

    public int getLineNo() {
        return lineNo;
    }

    public Sku getSku() {
        return sku;
    }

    public DeliveryGroup getDeliveryGroup() {
        return deliveryGroup;
    }

    public int getQuantity() {
        return quantity;
    }

    public BigDecimal getUnitPrice() {
        return unitPrice;
    }

    public BigDecimal getDiscount() {
        return discount;
    }

    public BigDecimal getNetTotal() {
        return netTotal;
    }

    /** What the cancelled units had cost the customer: their share of the line's net total. */
    public BigDecimal cancelledValue() {
        return cancelledQuantity == 0 ? BigDecimal.ZERO : netTotal.multiply(BigDecimal.valueOf(cancelledQuantity))
                .divide(BigDecimal.valueOf(quantity), netTotal.scale(), RoundingMode.HALF_UP);
    }

    public int getCancelledQuantity() {
        return cancelledQuantity;
    }

    public int getReturnedQuantity() {
        return returnedQuantity;
    }

    public BigDecimal getRefunded() {
        return refunded;
    }
}
