package org.omnistock.fulfilment.control;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;

import org.omnistock.fulfilment.entity.CapacityDay;
import org.omnistock.location.boundary.LocationFulfilmentChanged;
import org.omnistock.location.entity.Location;
import org.omnistock.platform.Refusal;

/**
 * Counts the fulfilments a location takes each day, against its daily capacity.
 *
 * <p>A day's row is made before orders need it: when the location opens or changes its time zone, and every hour
 * for today and tomorrow ({@link CapacityCalendar}). An order's transaction then only locks a row that exists. It
 * must not make one in a transaction of its own while it holds stock locks: on Derby that inner transaction waits
 * for another order's lock on the new row, which waits for the outer transaction's stock locks, a cycle no database
 * sees until its lock timeout.
 */
@Stateless
public class CapacityDays {

    /** Today and tomorrow: a row is there when a location's midnight comes, whatever its zone. */
    static final int DAYS_AHEAD = 2;

    @PersistenceContext(unitName = "omnistock")
    EntityManager em;

    @Inject
    Clock clock;

    /**
     * One more fulfilment for the location on its day, under the day's row lock, in the caller's transaction.
     *
     * @return false if the location's capacity for the day is taken
     * @throws Refusal CONFLICT {@code capacity-taken} if the day's row was missing and another order made it at the
     *                 same moment: the transaction is lost and the caller routes again, finding the row
     */
    public boolean take(Location location, LocalDate day) {
        CapacityDay row = em.find(CapacityDay.class, new CapacityDay.Key(location.getId(), day),
                LockModeType.PESSIMISTIC_WRITE);
        if (row == null) {
            row = new CapacityDay(location.getId(), day);
            try {
                em.persist(row);
                em.flush();
            } catch (PersistenceException e) {
                throw new Refusal(Refusal.Kind.CONFLICT, "capacity-taken", location.getCode()
                        + " had no count for " + day + " yet and another order started it at the same moment");
            }
        }
        return row.take(location.getDailyCapacity());
    }

    /** Rows for the location's coming days, in the transaction that opened or changed it. */
    public void onFulfilmentChanged(@Observes LocationFulfilmentChanged changed) {
        prepare(List.of(changed.location()));
    }

    /**
     * Makes the rows these locations lack for today and tomorrow in their own zones.
     *
     * @return how many rows were made
     */
    public int prepare(List<Location> locations) {
        if (locations.isEmpty()) {
            return 0;
        }
        Set<LocalDate> days = new HashSet<>();
        for (Location location : locations) {
            days.addAll(comingDays(location));
        }
        Set<CapacityDay.Key> existing = new HashSet<>();
        em.createNamedQuery(CapacityDay.FIND_ON, CapacityDay.class).setParameter("days", days).getResultStream()
                .forEach(row -> existing.add(new CapacityDay.Key(row.getLocationId(), row.getLocalDay())));
        int made = 0;
        for (Location location : locations) {
            for (LocalDate day : comingDays(location)) {
                if (existing.add(new CapacityDay.Key(location.getId(), day))) {
                    em.persist(new CapacityDay(location.getId(), day));
                    made++;
                }
            }
        }
        return made;
    }

    private List<LocalDate> comingDays(Location location) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), location.zone());
        return today.datesUntil(today.plusDays(DAYS_AHEAD)).toList();
    }
}
