package org.omnistock.stock.control;

import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import org.omnistock.platform.ScheduledRuns;
import org.omnistock.stock.boundary.Reservations;

/** Releases cart holds whose time ran out, every five seconds, each in its own transaction. */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class ReservationExpiry {

    private static final Logger LOG = Logger.getLogger(ReservationExpiry.class.getName());
    private static final int BATCH = 500;

    @Inject
    Reservations reservations;

    @Inject
    ScheduledRuns runs;

    @Schedule(second = "*/5", minute = "*", hour = "*", persistent = false)
    public void releaseExpired() {
        if (!runs.claim("reservation-expiry", Duration.ofSeconds(5))) {
            return;
        }
        for (Long id : reservations.dueForExpiry(BATCH)) {
            try {
                reservations.expire(id);
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Reservation " + id + " could not expire now; tried again in 5 s", e);
            }
        }
    }
}
