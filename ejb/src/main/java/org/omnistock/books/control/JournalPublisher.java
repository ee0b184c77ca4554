package org.omnistock.books.control;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

/**
 * Every second, the entries posted since join the feed and go to the broker ({@link JournalPublication}), in turns
 * of up to {@value #BATCH}; on every server, the turns taken one at a time through the database. An entry is in the
 * feed about a second after it commits.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class JournalPublisher {

    private static final Logger LOG = Logger.getLogger(JournalPublisher.class.getName());
    static final int BATCH = 500;

    @Inject
    JournalPublication publication;

    private final AtomicBoolean running = new AtomicBoolean();
    private final AtomicBoolean failing = new AtomicBoolean();

    @Schedule(second = "*", minute = "*", hour = "*", persistent = false)
    public void publish() {
        if (!running.compareAndSet(false, true)) {
            return;
        }
        try {
            while (publication.publishNext(BATCH) == BATCH) {
                // a full turn: there may be more
            }
            if (failing.compareAndSet(true, false)) {
                LOG.info("The journal's entries join the feed again");
            }
        } catch (RuntimeException e) {
            if (failing.compareAndSet(false, true)) {
                LOG.log(Level.WARNING, "The journal's entries cannot join the feed now; they wait and are retried", e);
            }
        } finally {
            running.set(false);
        }
    }
}
