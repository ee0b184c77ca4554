package org.omnistock.fulfilment.entity;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/** A location that takes no further part in routing one order (it rejected it, or let it expire), with why. */
@Entity
@Table(name = "order_exclusion")
@IdClass(OrderExclusion.Key.class)
@NamedQuery(name = OrderExclusion.FIND_BY_ORDER, query = "SELECT e FROM OrderExclusion e WHERE e.orderId = :order")
public class OrderExclusion {

    public static final String FIND_BY_ORDER = "OrderExclusion.findByOrder";

    @Id
    @Column(name = "order_id")
    private long orderId;

    @Id
    @Column(name = "location_id")
    private long locationId;

    @Column(nullable = false, length = 500)
    private String reason;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected OrderExclusion() {
    }

    public OrderExclusion(long orderId, long locationId, String reason, Instant createdAt) {
        this.orderId = orderId;
        this.locationId = locationId;
        this.reason = reason.length() > 500 ? reason.substring(0, 497) + "..." : reason;
        this.createdAt = createdAt;
    }

    public long getLocationId() {
        return locationId;
    }

    public String getReason() {
        return reason;
    }

    /** The composite key. */
    public static class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        private long orderId;
        private long locationId;

        public Key() {
        }

        public Key(long orderId, long locationId) {
            this.orderId = orderId;
            this.locationId = locationId;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key other && orderId == other.orderId && locationId == other.locationId;
        }

        @Override
        public int hashCode() {
            return Objects.hash(orderId, locationId);
        }
    }
}
