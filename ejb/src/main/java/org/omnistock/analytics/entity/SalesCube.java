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

/** The sales facts of one day, location, category and channel, summed: what the dashboard's widgets read. */
@Entity
@Table(name = "sales_cube")
@IdClass(SalesCube.Key.class)
public class SalesCube {

    /** The category of SKUs that have none. */
    public static final String NO_CATEGORY = "";

    @Id
    @Column(name = "sales_day")
    private LocalDate salesDay;

    @Id
    @Column(name = "location_id")
    private long locationId;

    @Id
    @Column(length = 100)
    private String category;

    @Id
    @Column(length = 32)
    private String channel;

    @Embedded
    private SalesSums sums = new SalesSums();

    protected SalesCube() {
    }

    public SalesCube(Key key) {
        this.salesDay = key.salesDay;
        this.locationId = key.locationId;
        this.category = key.category;
        this.channel = key.channel;
    }

    public void add(SalesFact fact) {
        sums.add(fact);
    }

    public static Key keyOf(SalesFact fact) {
        return new Key(fact.getSalesDay(), fact.getLocationId(),
                fact.getCategory() == null ? NO_CATEGORY : fact.getCategory(), fact.getChannel());
    }

    public static class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        private LocalDate salesDay;
        private long locationId;
        private String category;
        private String channel;

        public Key() {
        }

        public Key(LocalDate salesDay, long locationId, String category, String channel) {
            this.salesDay = salesDay;
            this.locationId = locationId;
            this.category = category;
            this.channel = channel;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key other && locationId == other.locationId && Objects.equals(salesDay, other.salesDay)
                    && Objects.equals(category, other.category) && Objects.equals(channel, other.channel);
        }

        @Override
        public int hashCode() {
            return Objects.hash(salesDay, locationId, category, channel);
        }
    }
}
