package org.omnistock.purchasing.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** One order line's units in a shipping notice, and the parcel they are in. */
@Entity
@Table(name = "shipping_notice_line")
public class ShippingNoticeLine {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "notice_id")
    private ShippingNotice notice;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "order_line_id")
    private PurchaseOrderLine orderLine;

    @Column(nullable = false)
    private long quantity;

    @Column(length = 64)
    private String parcel;

    protected ShippingNoticeLine() {
    }

    ShippingNoticeLine(ShippingNotice notice, PurchaseOrderLine orderLine, long quantity, String parcel) {
        this.notice = notice;
        this.orderLine = orderLine;
        this.quantity = quantity;
        this.parcel = parcel;
    }

    public PurchaseOrderLine getOrderLine() {
        return orderLine;
    }

    public long getQuantity() {
        return quantity;
    }

    public String getParcel() {
        return parcel;
    }
}
