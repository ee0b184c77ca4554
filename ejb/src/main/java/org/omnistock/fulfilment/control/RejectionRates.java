package org.omnistock.fulfilment.control;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.omnistock.fulfilment.entity.FulfilmentOrder;
import org.omnistock.fulfilment.entity.FulfilmentStatus;

/**
 * Each location's share of the fulfilments of the last 30 days it rejected or let expire, for routing to weigh. Read
 * at most once a minute: a rate over a month does not move faster, and routing should not count a month of
 * fulfilments per order.
 */
@Singleton
@Lock(LockType.READ)
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class RejectionRates {

    static final Duration WINDOW = Duration.ofDays(30);
    static final Duration REFRESH = Duration.ofMinutes(1);

    @PersistenceContext(unitName = "omnistock")
    EntityManager em;

    @Inject
    Clock clock;

    private volatile Snapshot snapshot = new Snapshot(Instant.EPOCH, Map.of());

    /** Per location id, 0 to 1; a location without fulfilments has none. */
    public Map<Long, Double> byLocation() {
        Snapshot current = snapshot;
        Instant now = clock.instant();
        if (current.readAt().plus(REFRESH).isAfter(now)) {
            return current.rates();
        }
        Map<Long, long[]> counts = new HashMap<>();
        em.createNamedQuery(FulfilmentOrder.COUNT_BY_LOCATION_AND_STATUS, Object[].class)
                .setParameter("since", now.minus(WINDOW)).getResultStream().forEach(row -> {
                    long[] count = counts.computeIfAbsent((Long) row[0], k -> new long[2]);
                    long n = ((Number) row[2]).longValue();
                    count[1] += n;
                    if (row[1] == FulfilmentStatus.REJECTED || row[1] == FulfilmentStatus.EXPIRED) {
                        count[0] += n;
                    }
                });
        Map<Long, Double> rates = new HashMap<>();
        counts.forEach((location, count) -> rates.put(location, count[1] == 0 ? 0 : (double) count[0] / count[1]));
        snapshot = new Snapshot(now, Map.copyOf(rates));
        return snapshot.rates();
    }

    private record Snapshot(Instant readAt, Map<Long, Double> rates) {
    }
}
