package org.omnistock.outbox.control;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.jms.JMSException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.omnistock.outbox.entity.OutboxMessage;

/** Publishes pending outbox events, one batch per database transaction. Called only by the {@link OutboxRelay}. */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class OutboxBatches {

    @PersistenceContext(unitName = "omnistock")
    EntityManager em;

    @Inject
    EventPublisher publisher;

    @Inject
    OutboxPartitions partitions;

    @Inject
    Event<EventsPublished> published;

    @Inject
    Clock clock;

    /**
     * Sends up to {@code max} pending events of the partitions this server holds, in id order, and marks them
     * published. The partitions' rows are locked from before the events are read until they are marked
     * ({@link OutboxPartitions#lockHeld}), so a server taking a partition over waits and then finds them published.
     * The broker's transaction commits before the database's: a crash in between leaves the events pending, and
     * the partition's next batch, on whichever server, sends them again; the broker drops the ones it has by their
     * duplicate ids ({@link EventPublisher} says how a batch it already has in part still gets through).
     *
     * @param held the partitions this server believes it holds: only if one has pending events are they locked
     * @return how many were published
     */
    public int publishNext(int max, List<Integer> held) throws JMSException {
        if (held.isEmpty() || pending(held, 1).isEmpty()) {
            return 0;
        }
        List<Integer> locked = partitions.lockHeld();
        if (locked.isEmpty()) {
            return 0;
        }
        List<OutboxMessage> pending = pending(locked, max);
        if (pending.isEmpty()) {
            return 0;
        }
        publisher.publish(pending);
        published.fire(new EventsPublished(pending));
        // One statement for the batch: marked one by one, a batch of 200 was 200 updates.
        em.createNamedQuery(OutboxMessage.MARK_PUBLISHED).setParameter("at", clock.instant())
                .setParameter("ids", pending.stream().map(OutboxMessage::getId).toList()).executeUpdate();
        return pending.size();
    }

    /** Deletes events published longer ago than the retention: the ledger, not the outbox, is the history. */
    public int purgePublished(Duration retention) {
        return em.createNamedQuery(OutboxMessage.DELETE_PUBLISHED_BEFORE)
                .setParameter("before", clock.instant().minus(retention)).executeUpdate();
    }

    private List<OutboxMessage> pending(List<Integer> partitions, int max) {
        return em.createNamedQuery(OutboxMessage.FIND_PENDING, OutboxMessage.class)
                .setParameter("partitions", partitions).setMaxResults(max).getResultList();
    }
}
