package org.omnistock.purchasing.entity;

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

/** One change of a purchase order: who, when, what. Never changed: the order's audit trail. */
@Entity
@Table(name = "purchase_order_event")
public class PurchaseOrderEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "order_id")
    private PurchaseOrder order;

    @Column(name = "occurred_at", nullable = false)
    private Instant at;

    @Column(nullable = false, length = 100)
    private String actor;

    @Column(nullable = false, length = 16)
    private String kind;

    @Column(nullable = false, length = 1000)
    private String detail;

    protected PurchaseOrderEvent() {
    }

    PurchaseOrderEvent(PurchaseOrder order, Instant at, String actor, String kind, String detail) {
        this.order = order;
        this.at = at;
        this.actor = actor;
        this.kind = kind;
        this.detail = detail.length() > 1000 ? detail.substring(0, 999) + "…" : detail;
    }

    public Instant getAt() {
        return at;
    }

    public String getActor() {
        return actor;
    }

    public String getKind() {
        return kind;
    }

    public String getDetail() {
        return detail;
    }
}
