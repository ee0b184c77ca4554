package org.omnistock.outbox.control;

import java.io.StringReader;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.jms.JMSConnectionFactory;
import jakarta.jms.JMSContext;
import jakarta.jms.JMSException;
import jakarta.jms.JMSProducer;
import jakarta.jms.TextMessage;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.omnistock.messages.Headers;
import org.omnistock.outbox.entity.OutboxMessage;

/** Publishes pending outbox events, one batch per transaction. Called only by the {@link OutboxRelay}. */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class OutboxBatches {

    @PersistenceContext(unitName = "omnistock")
    EntityManager em;

    @Inject
    @JMSConnectionFactory("jms/omnistock")
    JMSContext jms;

    @Inject
    Clock clock;

    /**
     * Sends up to {@code max} pending events in id order and marks them published, all in one transaction: either
     * all are sent and marked, or none is marked (and the broker drops any re-send by its duplicate id).
     *
     * @return how many were published
     */
    public int publishNext(int max) throws JMSException {
        List<OutboxMessage> pending = em.createNamedQuery(OutboxMessage.FIND_PENDING, OutboxMessage.class)
                .setMaxResults(max).getResultList();
        JMSProducer producer = jms.createProducer();
        for (OutboxMessage message : pending) {
            TextMessage text = jms.createTextMessage(message.getBody());
            text.setStringProperty(Headers.DUPLICATE_DETECTION_ID, message.getEventId());
            text.setStringProperty(Headers.EVENT_ID, message.getEventId());
            text.setStringProperty(Headers.EVENT_TYPE, message.getEventType());
            for (var property : properties(message).entrySet()) {
                text.setStringProperty(property.getKey(), ((JsonString) property.getValue()).getString());
            }
            producer.send(message.isMulticast() ? jms.createTopic(message.getDestination())
                    : jms.createQueue(message.getDestination()), text);
            message.published(clock.instant());
        }
        return pending.size();
    }

    /** Deletes events published longer ago than the retention: the ledger, not the outbox, is the history. */
    public int purgePublished(Duration retention) {
        return em.createNamedQuery(OutboxMessage.DELETE_PUBLISHED_BEFORE)
                .setParameter("before", clock.instant().minus(retention)).executeUpdate();
    }

    private static JsonObject properties(OutboxMessage message) {
        try (JsonReader reader = Outbox.JSON.createReader(new StringReader(message.getProperties()))) {
            return reader.readObject();
        }
    }
}
