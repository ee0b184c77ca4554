package org.omnistock.outbox.control;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.json.spi.JsonProvider;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.omnistock.outbox.entity.OutboxMessage;

/** Writes events into the outbox of the caller's transaction; see the package documentation. */
@Stateless
public class Outbox {

    /** Looked up once: {@code Json.create...} searches for the provider on every call, which a hot path notices. */
    static final JsonProvider JSON = JsonProvider.provider();

    @PersistenceContext(unitName = "omnistock")
    EntityManager em;

    @Inject
    Event<OutboxWritten> written;

    @Inject
    Clock clock;

    /** Must be called inside the business transaction whose change the event announces. */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void enqueue(OutgoingEvent event) {
        String properties = JSON.createObjectBuilder(Map.<String, Object>copyOf(event.properties())).build()
                .toString();
        em.persist(new OutboxMessage(event.eventId(), event.destination(), event.multicast(), event.eventType(),
                properties, event.body(), clock.instant()));
        written.fire(new OutboxWritten());
    }

    /** The stored event with this id, published or not. */
    public Optional<OutboxMessage> find(String eventId) {
        return em.createNamedQuery(OutboxMessage.FIND_BY_EVENT_ID, OutboxMessage.class)
                .setParameter("eventId", eventId).getResultStream().findFirst();
    }
}
