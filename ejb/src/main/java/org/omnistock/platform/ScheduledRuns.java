package org.omnistock.platform;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Lets a scheduled job run on one server per period when several servers share the database. Every server's timer
 * fires; each asks {@link #claim} first, and only the one that moves the job's {@code scheduled_run} row forward
 * runs it. The others wait for that row's lock, then find it moved and skip. A server that dies while running a job
 * only delays it to the next period, when another server claims it.
 */
@Stateless
public class ScheduledRuns {

    @PersistenceContext(unitName = "omnistock")
    EntityManager em;

    @Inject
    Clock clock;

    /**
     * Claims this period's run of a job, in a transaction of its own (committed before the job starts, so the other
     * servers see it at once).
     *
     * @param period how often the job's timer fires: a run is claimed when the last one began at least half a
     *               period ago, which allows for timers that fire a little apart and for clocks a little apart
     * @return whether this server runs the job now
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean claim(String job, Duration period) {
        Instant now = clock.instant();
        int claimed = em.createNativeQuery("UPDATE scheduled_run SET last_run = ?, ran_by = ? WHERE job = ? "
                        + "AND last_run <= ?")
                .setParameter(1, Timestamp.from(now)).setParameter(2, Servers.THIS).setParameter(3, job)
                .setParameter(4, Timestamp.from(now.minus(period.dividedBy(2)))).executeUpdate();
        if (claimed == 1) {
            return true;
        }
        long known = ((Number) em.createNativeQuery("SELECT COUNT(*) FROM scheduled_run WHERE job = ?")
                .setParameter(1, job).getSingleResult()).longValue();
        if (known == 0) {
            throw new IllegalStateException("scheduled job " + job + " has no row in scheduled_run: add one in a "
                    + "migration");
        }
        return false;
    }
}
