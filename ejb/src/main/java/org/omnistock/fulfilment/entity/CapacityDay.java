package org.omnistock.fulfilment.entity;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/** Fulfilments a location took on one day of its own calendar. */
@Entity
@Table(name = "capacity_day")
@IdClass(CapacityDay.Key.class)
@NamedQuery(name = CapacityDay.FIND_ON, query = "SELECT c FROM CapacityDay c WHERE c.localDay IN :days")
@NamedQuery(name = CapacityDay.USED_ON, query = "SELECT c.locationId, c.localDay, c.used FROM CapacityDay c "
        + "WHERE c.localDay IN :days AND c.used > 0")
public class CapacityDay {

    public static final String FIND_ON = "CapacityDay.findOn";
    /** Location id, day and fulfilments taken, as values, of the days that have any. */
    public static final String USED_ON = "CapacityDay.usedOn";

    @Id
    @Column(name = "location_id")
    private long locationId;

    @Id
    @Column(name = "local_day")
    private LocalDate localDay;

    @Column(nullable = false)
    private int used;

    protected CapacityDay() {
    }

    public CapacityDay(long locationId, LocalDate localDay) {
        this.locationId = locationId;
        this.localDay = localDay;
    }

    /** One more fulfilment; refused (false) if the limit is reached. */
    public boolean take(Integer limit) {
        if (limit != null && used >= limit) {
            return false;
        }
        used++;
        return true;
    }

    public long getLocationId() {
        return locationId;
    }

    public LocalDate getLocalDay() {
        return localDay;
    }

    public int getUsed() {
        return used;
    }

    /** The composite key. */
    public static class Key implements Serializable {

        private static final long serialVersionUID = 1L;

        private long locationId;
        private LocalDate localDay;

        public Key() {
        }

        public Key(long locationId, LocalDate localDay) {
            this.locationId = locationId;
            this.localDay = localDay;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key other && locationId == other.locationId
                    && Objects.equals(localDay, other.localDay);
        }

        @Override
        public int hashCode() {
            return Objects.hash(locationId, localDay);
        }
    }
}
