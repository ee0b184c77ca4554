package org.omnistock.order.entity;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** One entry of an order's audit trail: what changed, when, by whom and why. */
@Entity
@Table(name = "order_event")
@NamedQuery(name = OrderEvent.FIND_BY_ORDER, query = "SELECT e FROM OrderEvent e WHERE e.order = :order ORDER BY e.id")
public class OrderEvent {

    public static final String FIND_BY_ORDER = "OrderEvent.findByOrder";

    @Id
    @SequenceGenerator(name = "order_event_id", sequenceName = "order_row_id_block", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "order_event_id")
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "order_id")
    private CustomerOrder order;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(nullable = false, length = 80)
    private String actor;

    @Column(nullable = false, length = 32)
    private String kind;

    @Column(nullable = false, length = 1000)
    private String detail;

    protected OrderEvent() {
    }

    public OrderEvent(CustomerOrder order, Instant occurredAt, String actor, String kind, String detail) {
        this.order = order;
        this.occurredAt = occurredAt;
        this.actor = actor;
        this.kind = kind;
        this.detail = detail.length() > 1000 ? detail.substring(0, 997) + "..." : detail;
    }

    public Long getId() {
        return id;
    }

    public Instant getOccurredAt() {
        return occurredAt;
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
