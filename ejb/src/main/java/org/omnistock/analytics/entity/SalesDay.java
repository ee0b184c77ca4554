package org.omnistock.analytics.entity;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

/** The sales facts of one day, location, SKU and channel, summed. */
@Entity
@Table(name = "sales_day")
@IdClass(SalesDay.Key.class)
public class SalesDay {

    @Id
    @Column(name = "sales_day")
    private LocalDate salesDay;

    @Id
    @Column(name = "location_id")
    private long locationId;

    @Id
    @Column(name = "sku_id")
    private long skuId;

    @Id
    @Column(length = 32)
    private String channel;

    @Embedded
    private SalesSums sums = new SalesSums();

    protected SalesDay() {
    }

    public SalesDay(Key key) {
        this.salesDay = key.salesDay;
        this.locationId = key.locationId;
        this.skuId = key.skuId;
        this.channel = key.channel;
    }

    public void add(SalesFact fact) {
        sums.add(fact);
    }

    public static Key keyOf(SalesFact fact) {
        return new Key(fact.getSalesDay(), fact.getLocationId(), fact.getSkuId(), fact.getChannel());
    }

    public static class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        private LocalDate salesDay;
        private long locationId;
        private long skuId;
        private String channel;

        public Key() {
        }

        public Key(LocalDate salesDay, long locationId, long skuId, String channel) {
            this.salesDay = salesDay;
            this.locationId = locationId;
            this.skuId = skuId;
            this.channel = channel;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key other && locationId == other.locationId && skuId == other.skuId
                    && Objects.equals(salesDay, other.salesDay) && Objects.equals(channel, other.channel);
        }

        @Override
        public int hashCode() {
            return Objects.hash(salesDay, locationId, skuId, channel);
        }
    }
}
