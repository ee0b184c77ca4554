package org.omnistock.outbox.control;

import java.sql.Timestamp;
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
import org.omnistock.platform.Servers;

/** Publishes pending outbox events, one batch per database transaction. Called only by the {@link OutboxRelay}. */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class OutboxBatches {

    @PersistenceContext(unitName = "omnistock")
    EntityManager em;

    @Inject
    EventPublisher publisher;

    @Inject
    Event<EventsPublished> published;

    @Inject
    Clock clock;

    /**
     * Sends up to {@code max} pending events in id order and marks them published. The relay's turn (its row in
     * {@code outbox_relay}) is held from before the events are read until they are marked, so a second server
     * waits and then finds them published. The broker's transaction commits before the database's: a crash in
     * between leaves the events pending, and the next turn sends them again; the broker drops the ones it has by
     * their duplicate ids ({@link EventPublisher} says how a batch it already has in part still gets through).
     *
     * @return how many were published
     */
    public int publishNext(int max) throws JMSException {
        if (pending(1).isEmpty()) {
            return 0;
        }
        em.createNativeQuery("UPDATE outbox_relay SET relayed_by = ?, relayed_at = ? WHERE id = 1")
                .setParameter(1, Servers.THIS).setParameter(2, Timestamp.from(clock.instant())).executeUpdate();
        List<OutboxMessage> pending = pending(max);
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

    private List<OutboxMessage> pending(int max) {
        return em.createNamedQuery(OutboxMessage.FIND_PENDING, OutboxMessage.class).setMaxResults(max)
                .getResultList();
    }
}
