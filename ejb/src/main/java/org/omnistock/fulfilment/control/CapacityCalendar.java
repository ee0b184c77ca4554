package org.omnistock.fulfilment.control;

import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import org.omnistock.location.boundary.Locations;
import org.omnistock.platform.ScheduledRuns;

/**
 * Makes every location's capacity rows for today and tomorrow at start-up and every hour, outside any order's
 * transaction (see {@link CapacityDays} for why). Two servers doing it at once lose one transaction, which the next
 * hour repeats. Its own methods run outside transactions; {@link CapacityDays#prepare(java.util.List)} has one.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class CapacityCalendar {

    private static final Logger LOG = Logger.getLogger(CapacityCalendar.class.getName());

    @Inject
    Locations locations;

    @Inject
    CapacityDays days;

    @Inject
    ScheduledRuns runs;

    @PostConstruct
    void atStart() {
        try {
            prepare();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Capacity days could not be made at start-up; the hourly run will try again", e);
        }
    }

    @Schedule(minute = "7", hour = "*", persistent = false)
    public void hourly() {
        if (runs.claim("capacity-calendar", Duration.ofHours(1))) {
            prepare();
        }
    }

    private void prepare() {
        int made = days.prepare(locations.all());
        if (made > 0) {
            LOG.info(() -> "Capacity days: " + made + " row(s) made for today and tomorrow");
        }
    }
}
