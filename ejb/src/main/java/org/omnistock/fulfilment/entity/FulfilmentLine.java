package org.omnistock.fulfilment.entity;

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

/**
 * Units of one order line a fulfilment serves, and the reservation that holds them at its location. A rejected or
 * cancelled line keeps its row with quantity zero: the units went elsewhere.
 */
@Entity
@Table(name = "fulfilment_line")
public class FulfilmentLine {

    @Id
    @SequenceGenerator(name = "fulfilment_line_id", sequenceName = "order_row_id_block", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "fulfilment_line_id")
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "fulfilment_id")
    private FulfilmentOrder fulfilment;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "order_line_id")
    private OrderLine orderLine;

    @Column(nullable = false)
    private int quantity;

    @Column(name = "reservation_id")
    private Long reservationId;

    protected FulfilmentLine() {
    }

    FulfilmentLine(FulfilmentOrder fulfilment, OrderLine orderLine, int quantity) {
        this.fulfilment = fulfilment;
        this.orderLine = orderLine;
        this.quantity = quantity;
    }

    public void held(Long reservation) {
        this.reservationId = reservation;
    }

    /** The units leave this fulfilment (rejected, cancelled, not collected): how many they were. */
    public int withdraw() {
        int units = quantity;
        quantity = 0;
        reservationId = null;
        return units;
    }

    public Long getId() {
        return id;
    }

    public FulfilmentOrder getFulfilment() {
        return fulfilment;
    }

    public OrderLine getOrderLine() {
        return orderLine;
    }

    public int getQuantity() {
        return quantity;
    }

    public Long getReservationId() {
        return reservationId;
    }
}
