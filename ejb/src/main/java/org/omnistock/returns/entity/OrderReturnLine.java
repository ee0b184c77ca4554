package org.omnistock.returns.entity;

import java.math.BigDecimal;

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

import org.omnistock.order.entity.OrderLine;

/** Units of one order line a return brings back, why, and how many arrived. */
@Entity
@Table(name = "order_return_line")
public class OrderReturnLine {

    @Id
    @SequenceGenerator(name = "order_return_line_id", sequenceName = "order_row_id_block", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "order_return_line_id")
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "return_id")
    private OrderReturn orderReturn;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "order_line_id")
    private OrderLine orderLine;

    @Column(nullable = false)
    private int quantity;

    @Column(nullable = false, length = 200)
    private String reason;

    @Column(name = "received_quantity", nullable = false)
    private int receivedQuantity;

    @Column(nullable = false, precision = 19, scale = 4)
    private BigDecimal refunded = BigDecimal.ZERO;

    protected OrderReturnLine() {
    }

    OrderReturnLine(OrderReturn orderReturn, OrderLine orderLine, int quantity, String reason) {
        this.orderReturn = orderReturn;
        this.orderLine = orderLine;
        this.quantity = quantity;
        this.reason = reason;
    }

    /** Units that arrived, and their refund. */
    public void receive(int units, BigDecimal refund) {
        if (units <= 0 || units > quantity - receivedQuantity) {
            throw new IllegalArgumentException("line " + orderLine.getLineNo() + " of the return expects "
                    + (quantity - receivedQuantity) + " more units, not " + units);
        }
        receivedQuantity += units;
        refunded = refunded.add(refund);
    }

    public boolean complete() {
        return receivedQuantity == quantity;
    }

    public int outstanding() {
        return quantity - receivedQuantity;
    }

    public Long getId() {
        return id;
    }

    public OrderLine getOrderLine() {
        return orderLine;
    }

    public int getQuantity() {
        return quantity;
    }

    public String getReason() {
        return reason;
    }

    public int getReceivedQuantity() {
        return receivedQuantity;
    }

    public BigDecimal getRefunded() {
        return refunded;
    }
}
