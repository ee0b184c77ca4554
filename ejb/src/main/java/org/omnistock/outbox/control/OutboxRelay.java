package org.omnistock.outbox.control;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

import org.omnistock.platform.ScheduledRuns;

/**
 * Moves committed outbox events to Artemis in id order. Woken right after a transaction that wrote events commits,
 * and by a sweep every two seconds for whatever an earlier attempt, or another server, left. With several servers
 * each has a relay, and they take turns batch by batch ({@link OutboxBatches#publishNext}).
 *
 * <p>Each round's broker commit costs more than its sends. A wake-up
 * while idle publishes at once; one that comes while a round runs (the platform is busy) is served after a short
 * linger, so that the events of many commits share a round instead of paying for one each.</p>
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class.getName());
    private static final int BATCH_SIZE = 200;
    private static final Duration RETENTION = Duration.ofDays(1);
    private static final long LINGER_MS = 20;

    @Inject
    OutboxBatches batches;

    @Inject
    ScheduledRuns runs;

    @Resource
    ManagedExecutorService executor;

    private final AtomicBoolean draining = new AtomicBoolean();
    private final AtomicBoolean wakeUpPending = new AtomicBoolean();
    private final AtomicBoolean failing = new AtomicBoolean();

    public void onCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) OutboxWritten written) {
        wakeUp();
    }

    @Schedule(second = "*/2", minute = "*", hour = "*", persistent = false)
    public void sweep() {
        wakeUp();
    }

    @Schedule(minute = "17", hour = "*", persistent = false)
    public void purge() {
        if (!runs.claim("outbox-purge", Duration.ofHours(1))) {
            return;
        }
        int purged = batches.purgePublished(RETENTION);
        LOG.fine(() -> purged + " published outbox events purged");
    }

    /** Starts a drain unless one is running; a running drain is told to look again before it stops. */
    private void wakeUp() {
        wakeUpPending.set(true);
        if (draining.compareAndSet(false, true)) {
            executor.execute(this::drain);
        }
    }

    private void drain() {
        try {
            do {
                wakeUpPending.set(false);
                while (batches.publishNext(BATCH_SIZE) == BATCH_SIZE) {
                    // a full batch: there may be more
                }
                if (failing.compareAndSet(true, false)) {
                    LOG.info("Outbox relay publishes again");
                }
                if (wakeUpPending.get()) {
                    Thread.sleep(LINGER_MS);
                }
            } while (wakeUpPending.get());
        } catch (InterruptedException e) {
            // The server is stopping: what is left waits in the outbox for the next start.
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            if (failing.compareAndSet(false, true)) {
                LOG.log(Level.WARNING, "Outbox relay cannot publish; events wait in the outbox and are retried", e);
            }
        } finally {
            draining.set(false);
        }
        if (wakeUpPending.get() && !failing.get() && draining.compareAndSet(false, true)) {
            executor.execute(this::drain);
        }
    }
}
