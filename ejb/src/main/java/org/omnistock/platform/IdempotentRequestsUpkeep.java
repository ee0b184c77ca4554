package org.omnistock.platform;

import java.time.Clock;
import java.time.Duration;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** Every hour, first answers older than {@link IdempotentRequests#KEPT} are let go. */
@Singleton
public class IdempotentRequestsUpkeep {

    @PersistenceContext(unitName = "omnistock")
    EntityManager em;

    @Inject
    ScheduledRuns runs;

    @Inject
    Clock clock;

    @Schedule(minute = "41", hour = "*", persistent = false)
    public void purge() {
        if (runs.claim("idempotency-purge", Duration.ofHours(1))) {
            em.createNamedQuery(IdempotentRequest.DELETE_BEFORE)
                    .setParameter("before", clock.instant().minus(IdempotentRequests.KEPT)).executeUpdate();
        }
    }
}
