package org.omnistock.outbox.control;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.omnistock.platform.Servers;

/**
 * The outbox's partitions and their leases (package documentation). Each method is a transaction of its own that
 * locks at most the rows it names, one partition per claim or release: a server's batch locks all its partitions
 * in one statement, and a claim that held one row while waiting for another could wait on it in a cycle.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class OutboxPartitions {

    /** As many as migration V50 made rows of {@code outbox_partition}; an event's partition is fixed by its hash. */
    public static final int COUNT = 16;

    /** How long a lease lasts unless renewed; the relay renews every two seconds. */
    static final Duration LEASE = Duration.ofSeconds(6);

    /** A server not seen for this long no longer counts, and its row goes. */
    private static final Duration FORGET_SERVER = Duration.ofMinutes(1);

    @PersistenceContext(unitName = "omnistock")
    EntityManager em;

    @Inject
    Clock clock;

    /** The partition of an aggregate's events: the same on every server ({@link String#hashCode} is specified). */
    public static int of(String aggregate) {
        return Math.floorMod(aggregate.hashCode(), COUNT);
    }

    /**
     * What this server holds after renewing its leases and saying it is alive, and how many servers share the
     * partitions (those seen within a lease, this one included).
     */
    public record Held(List<Integer> partitions, int servers, List<Integer> free) {

        /** This server's fair share: every partition owned once the servers have each taken theirs. */
        public int share() {
            return (COUNT + servers - 1) / servers;
        }
    }

    public Held renew() {
        Instant now = clock.instant();
        Timestamp seen = Timestamp.from(now);
        if (em.createNativeQuery("UPDATE outbox_server SET seen_at = ? WHERE server = ?").setParameter(1, seen)
                .setParameter(2, Servers.THIS).executeUpdate() == 0) {
            em.createNativeQuery("INSERT INTO outbox_server (server, seen_at) VALUES (?, ?)")
                    .setParameter(1, Servers.THIS).setParameter(2, seen).executeUpdate();
        }
        em.createNativeQuery("DELETE FROM outbox_server WHERE seen_at < ?")
                .setParameter(1, Timestamp.from(now.minus(FORGET_SERVER))).executeUpdate();
        em.createNativeQuery("UPDATE outbox_partition SET lease_until = ? WHERE owner = ?")
                .setParameter(1, Timestamp.from(now.plus(LEASE))).setParameter(2, Servers.THIS).executeUpdate();
        List<Integer> held = partitions("SELECT partition_no FROM outbox_partition WHERE owner = ? "
                + "ORDER BY partition_no", Servers.THIS);
        List<Integer> free = partitions("SELECT partition_no FROM outbox_partition WHERE owner IS NULL "
                + "OR lease_until < ? ORDER BY partition_no", Timestamp.from(now));
        int servers = ((Number) em.createNativeQuery("SELECT COUNT(*) FROM outbox_server WHERE seen_at >= ?")
                .setParameter(1, Timestamp.from(now.minus(LEASE))).getSingleResult()).intValue();
        return new Held(held, Math.max(1, servers), free);
    }

    /** Takes a partition nobody holds or whose lease ran out; waits for a batch of its last owner to end. */
    public boolean claim(int partition) {
        Instant now = clock.instant();
        return em.createNativeQuery("UPDATE outbox_partition SET owner = ?, lease_until = ? WHERE partition_no = ? "
                        + "AND (owner IS NULL OR lease_until < ?)")
                .setParameter(1, Servers.THIS).setParameter(2, Timestamp.from(now.plus(LEASE)))
                .setParameter(3, partition).setParameter(4, Timestamp.from(now)).executeUpdate() == 1;
    }

    /** Gives up a partition this server holds, for another server to take at once. */
    public void release(int partition) {
        em.createNativeQuery("UPDATE outbox_partition SET owner = NULL, lease_until = NULL WHERE partition_no = ? "
                + "AND owner = ?").setParameter(1, partition).setParameter(2, Servers.THIS).executeUpdate();
    }

    /** This server stops: it no longer counts, and what it holds is free at once instead of when its lease ends. */
    public void leave() {
        em.createNativeQuery("UPDATE outbox_partition SET owner = NULL, lease_until = NULL WHERE owner = ?")
                .setParameter(1, Servers.THIS).executeUpdate();
        em.createNativeQuery("DELETE FROM outbox_server WHERE server = ?").setParameter(1, Servers.THIS)
                .executeUpdate();
    }

    /**
     * In the caller's batch transaction: locks the partitions this server holds, until the batch commits, and says
     * which they are. A server taking one over waits for that commit, so a partition is published by one server at
     * a time and its events leave in id order.
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public List<Integer> lockHeld() {
        if (em.createNativeQuery("UPDATE outbox_partition SET relayed_at = ? WHERE owner = ?")
                .setParameter(1, Timestamp.from(clock.instant())).setParameter(2, Servers.THIS).executeUpdate() == 0) {
            return List.of();
        }
        return partitions("SELECT partition_no FROM outbox_partition WHERE owner = ? ORDER BY partition_no",
                Servers.THIS);
    }

    private List<Integer> partitions(String query, Object parameter) {
        return em.createNativeQuery(query).setParameter(1, parameter).getResultStream()
                .map(value -> ((Number) value).intValue()).toList();
    }
}
