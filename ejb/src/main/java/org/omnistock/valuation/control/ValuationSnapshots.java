package org.omnistock.valuation.control;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;

import jakarta.ejb.Schedule;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.omnistock.platform.ScheduledRuns;

/**
 * Closes days of the valuation: what every valued level was worth at the end of a day (UTC), from the day before's
 * closing and the day's valued movements, in one statement. Valuation at an instant then reads one row per level
 * and less than a day of movements ({@code StockValuation#at}), however long the ledger.
 *
 * <p>A day is closed once it ended {@link #SETTLED} ago: a movement is recorded at its transaction's instant but
 * seen only when that commits, and no transaction runs that long (they time out after two minutes), so nothing can
 * still arrive for a closed day.
 */
@Stateless
public class ValuationSnapshots {

    /** How long after its end a day is closed. */
    public static final Duration SETTLED = Duration.ofMinutes(10);

    /** At most this many days closed in one run (a database that was off for long catches up run by run). */
    private static final int DAYS_PER_RUN = 31;

    @PersistenceContext(unitName = "omnistock")
    EntityManager em;

    @Inject
    ScheduledRuns runs;

    @Inject
    Clock clock;

    @Schedule(minute = "*/10", hour = "*", persistent = false)
    public void closeSettledDays() {
        if (runs.claim("valuation-snapshot", Duration.ofMinutes(10))) {
            closeDaysBefore(clock.instant().minus(SETTLED));
        }
    }

    /**
     * Closes every day not closed yet that ended by {@code settled}, oldest first.
     *
     * @return the days closed
     */
    public int closeDaysBefore(Instant settled) {
        // The job's row, held to the end of the transaction: the timer and an operator's call close days one at a time.
        em.createNativeQuery("UPDATE scheduled_run SET ran_by = ran_by WHERE job = 'valuation-snapshot'")
                .executeUpdate();
        LocalDate lastToClose = LocalDate.ofInstant(settled, ZoneOffset.UTC).minusDays(1);
        Optional<LocalDate> lastClosed = lastClosed();
        LocalDate next;
        if (lastClosed.isPresent()) {
            next = lastClosed.get().plusDays(1);
        } else {
            Timestamp first = (Timestamp) em.createNativeQuery("SELECT MIN(recorded_at) FROM valuation_movement")
                    .getSingleResult();
            if (first == null) {
                return 0;
            }
            next = LocalDate.ofInstant(first.toInstant(), ZoneOffset.UTC);
        }
        int closed = 0;
        while (!next.isAfter(lastToClose) && closed < DAYS_PER_RUN) {
            close(next, lastClosed.isPresent() || closed > 0);
            next = next.plusDays(1);
            closed++;
        }
        return closed;
    }

    /** The latest day closed, if any. */
    public Optional<LocalDate> lastClosed() {
        Date last = (Date) em.createNativeQuery("SELECT MAX(closing_day) FROM valuation_snapshot").getSingleResult();
        return Optional.ofNullable(last).map(Date::toLocalDate);
    }

    /** The instant a day's closing counts up to (exclusive): midnight UTC after it. */
    public static Instant endOf(LocalDate day) {
        return day.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    private void close(LocalDate day, boolean afterAClosedDay) {
        Timestamp start = Timestamp.from(day.atStartOfDay(ZoneOffset.UTC).toInstant());
        Timestamp end = Timestamp.from(endOf(day));
        // Before the first closing, the first day's movements are all there is (the day starts at the first one).
        em.createNativeQuery("INSERT INTO valuation_snapshot (closing_day, stock_level_id, sku_id, location_id, "
                        + "units, stock_value) SELECT ?, stock_level_id, sku_id, location_id, SUM(units), "
                        + "SUM(stock_value) FROM (SELECT stock_level_id, sku_id, location_id, units, stock_value "
                        + "FROM valuation_snapshot WHERE closing_day = ? UNION ALL SELECT stock_level_id, sku_id, "
                        + "location_id, units, stock_value FROM valuation_movement WHERE recorded_at >= ? "
                        + "AND recorded_at < ?) closing GROUP BY stock_level_id, sku_id, location_id")
                .setParameter(1, Date.valueOf(day)).setParameter(2, Date.valueOf(day.minusDays(1)))
                .setParameter(3, afterAClosedDay ? start : new Timestamp(0)).setParameter(4, end).executeUpdate();
    }
}
