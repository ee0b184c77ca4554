package org.omnistock.analytics.control;

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

/**
 * Every second, folds the sales facts written since into the day totals, until none is left. Readers add the facts
 * not folded yet, so the second is never seen in a figure; it only bounds how many facts a reader adds.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SalesFolding {

    private static final Logger LOG = Logger.getLogger(SalesFolding.class.getName());

    @Inject
    SalesFolder folder;

    @Inject
    ScheduledRuns runs;

    @Schedule(second = "*", minute = "*", hour = "*", persistent = false)
    public void fold() {
        try {
            if (!runs.claim("sales-folding", Duration.ofSeconds(1))) {
                return;
            }
            int folded;
            do {
                folded = folder.foldBatch();
            } while (folded == SalesFolder.BATCH);
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Sales facts not folded this second; the next second tries again", e);
        }
    }
}
