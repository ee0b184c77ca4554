package org.omnistock.purchasing.entity;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
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

/**
 * An advance shipping notice: what a supplier says it has sent of a purchase order, line by line and in which
 * parcels, and when it arrives. Recorded once per supplier and notice number, never changed; goods in may receive
 * against it (its lines at the location, as noticed).
 */
@Entity
@Table(name = "shipping_notice")
@NamedQuery(name = ShippingNotice.BY_NUMBER, query = "SELECT n FROM ShippingNotice n "
        + "WHERE n.supplier = :supplier AND n.number = :number")
@NamedQuery(name = ShippingNotice.OF_ORDER, query = "SELECT n FROM ShippingNotice n WHERE n.order = :order "
        + "ORDER BY n.recordedAt, n.id")
public class ShippingNotice {

    public static final String BY_NUMBER = "ShippingNotice.byNumber";
    public static final String OF_ORDER = "ShippingNotice.ofOrder";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "supplier_id")
    private Supplier supplier;

    @Column(name = "notice_number", nullable = false, length = 64)
    private String number;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "order_id")
    private PurchaseOrder order;

    @Column(name = "expected_at", nullable = false)
    private Instant expectedAt;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @Column(name = "recorded_by", nullable = false, length = 100)
    private String recordedBy;

    @OneToMany(mappedBy = "notice", cascade = CascadeType.PERSIST)
    @OrderBy("id")
    private List<ShippingNoticeLine> lines = new ArrayList<>();

    protected ShippingNotice() {
    }

    public ShippingNotice(Supplier supplier, String number, PurchaseOrder order, Instant expectedAt,
                          Instant recordedAt, String recordedBy) {
        this.supplier = supplier;
        this.number = number;
        this.order = order;
        this.expectedAt = expectedAt;
        this.recordedAt = recordedAt;
        this.recordedBy = recordedBy;
    }

    public void add(PurchaseOrderLine orderLine, long quantity, String parcel) {
        lines.add(new ShippingNoticeLine(this, orderLine, quantity, parcel));
    }

    public Supplier getSupplier() {
        return supplier;
    }

    public String getNumber() {
        return number;
    }

    public PurchaseOrder getOrder() {
        return order;
    }

    public Instant getExpectedAt() {
        return expectedAt;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public List<ShippingNoticeLine> getLines() {
        return lines;
    }
}
