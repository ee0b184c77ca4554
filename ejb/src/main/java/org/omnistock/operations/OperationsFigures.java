package org.omnistock.operations;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** The gauges' figures, read from the database when a scrape asks (so every server reports the same). */
@Stateless
public class OperationsFigures {

    @PersistenceContext(unitName = "omnistock")
    EntityManager em;

    @Inject
    Clock clock;

    public long outboxBacklog() {
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM outbox_message WHERE published_at IS NULL")
                .getSingleResult()).longValue();
    }

    public long oldestUnpublishedAgeSeconds() {
        Object oldest = em.createNativeQuery("SELECT MIN(created_at) FROM outbox_message WHERE published_at IS NULL")
                .getSingleResult();
        return oldest == null ? 0
                : Math.max(0, Duration.between(((Timestamp) oldest).toInstant(), clock.instant()).toSeconds());
    }

    public long openReservations() {
        return em.createQuery("SELECT COUNT(r) FROM Reservation r "
                + "WHERE r.status = org.omnistock.stock.entity.ReservationStatus.OPEN", Long.class).getSingleResult();
    }
}
