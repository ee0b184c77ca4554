package org.omnistock.outbox.control;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
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
import org.omnistock.platform.ServerSignal;
import org.omnistock.platform.ServerSignals;

/**
 * Moves committed outbox events of the partitions this server holds to Artemis, in id order. Woken right after a
 * transaction that wrote events to them commits, by another server's signal that it wrote some, and by a sweep every
 * two seconds, which also renews this server's leases and takes or gives up partitions until each live server holds
 * its share (package documentation). A transaction's events in partitions another server holds are that server's:
 * it is told at once ({@link ServerSignals}).
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
    OutboxPartitions partitions;

    @Inject
    ScheduledRuns runs;

    @Inject
    ServerSignals signals;

    @Resource
    ManagedExecutorService executor;

    private final AtomicBoolean draining = new AtomicBoolean();
    private final AtomicBoolean wakeUpPending = new AtomicBoolean();
    private final AtomicBoolean failing = new AtomicBoolean();
    private final AtomicBoolean leasesDue = new AtomicBoolean(true);
    /** Partitions with new events that other servers hold, not yet told them; one bit each. */
    private final AtomicInteger untold = new AtomicInteger();
    /** The partitions this server held at its last renewal, one bit each, and as a list for the batches' query. */
    private volatile int heldBits;
    private volatile List<Integer> held = List.of();

    @PostConstruct
    void start() {
        wakeUp();
    }

    /** The server stops: its partitions are free for the others at once. */
    @PreDestroy
    void stop() {
        try {
            partitions.leave();
        } catch (RuntimeException e) {
            LOG.log(Level.INFO, "Outbox partitions not given up at stop; the other servers take them when their "
                    + "leases end", e);
        }
    }

    public void onCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) OutboxWritten written) {
        int mine = written.partitions() & heldBits;
        int others = written.partitions() & ~heldBits;
        if (mine != 0) {
            wakeUp();
        }
        if (others != 0 && untold.getAndAccumulate(others, (a, b) -> a | b) == 0) {
            // One signal for the commits that come while it waits for a thread.
            executor.execute(() -> signals.send(ServerSignal.outbox(untold.getAndSet(0))));
        }
    }

    /** Another server wrote events: this relay publishes them if it holds one of their partitions. */
    public void onSignal(@Observes ServerSignal signal) {
        if (signal.is(ServerSignal.OUTBOX) && (signal.partitions() & heldBits) != 0) {
            wakeUp();
        }
    }

    @Schedule(second = "*/2", minute = "*", hour = "*", persistent = false)
    public void sweep() {
        leasesDue.set(true);
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
                int published;
                do {
                    // Also between the batches of a long backlog: a lease not renewed in time is lost.
                    if (leasesDue.getAndSet(false)) {
                        balanceLeases();
                    }
                    published = batches.publishNext(BATCH_SIZE, held);
                } while (published == BATCH_SIZE);
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

    /**
     * Renews this server's leases, then takes free partitions or gives up some until it holds its share. On the
     * drain's own thread, so never beside one of this server's batches: each claim or release is a transaction of
     * one row ({@link OutboxPartitions}). A partition taken may hold events nobody was told of: drained next.
     */
    private void balanceLeases() {
        OutboxPartitions.Held lease = partitions.renew();
        List<Integer> mine = new ArrayList<>(lease.partitions());
        int share = lease.share();
        for (int i = mine.size() - 1; i >= share; i--) {
            partitions.release(mine.remove(i));
        }
        for (int partition : lease.free()) {
            if (mine.size() >= share) {
                break;
            }
            if (!mine.contains(partition) && partitions.claim(partition)) {
                mine.add(partition);
            }
        }
        int bits = mine.stream().mapToInt(partition -> 1 << partition).reduce(0, (a, b) -> a | b);
        if (bits != heldBits) {
            LOG.info("Outbox partitions held: " + Integer.bitCount(bits) + " of " + OutboxPartitions.COUNT + " ("
                    + lease.servers() + " server(s) relaying; " + Integer.bitCount(heldBits) + " before)");
        }
        Collections.sort(mine);
        held = List.copyOf(mine);
        heldBits = bits;
    }
}
