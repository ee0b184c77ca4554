package org.omnistock.location.control;

import java.math.BigDecimal;
import java.time.ZoneId;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.omnistock.location.boundary.LocationFacts;
import org.omnistock.location.boundary.LocationFulfilmentChanged;
import org.omnistock.location.entity.Location;
import org.omnistock.location.entity.LocationType;
import org.omnistock.platform.Recent;
import org.omnistock.platform.ServerSignal;
import org.omnistock.platform.ServerSignals;

/**
 * Every location as this server last read it, at most a second old, for routing: each order and each preview weighs
 * every location, and locations change a few times a month. Read as plain values, not entities, so that a decision
 * does not carry hundreds of managed locations in its transaction. A change made on this server is seen by its next
 * decision (the locations are forgotten once the change commits); the other servers are told at once
 * ({@link ServerSignals}), and read them again within a second if that message is lost.
 */
@ApplicationScoped
public class LocationDirectory {

    @PersistenceContext(unitName = "omnistock")
    EntityManager em;

    private static final String SIGNAL = "locations";

    private final Recent<Map<String, LocationFacts>> byCode = new Recent<>();

    @Inject
    ServerSignals signals;

    /** Every location by its code, in the order of the codes; the same map until the locations are read again. */
    public Map<String, LocationFacts> byCode() {
        return byCode.get(this::read);
    }

    public Optional<LocationFacts> find(String code) {
        return Optional.ofNullable(byCode().get(code));
    }

    /** A location was opened or changed what it does for orders, and the change committed: read them again. */
    public void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) LocationFulfilmentChanged change) {
        byCode.forget();
        signals.tell(ServerSignal.changed(SIGNAL));
    }

    /** Another server changed one. */
    public void changedElsewhere(@Observes ServerSignal signal) {
        if (signal.is(SIGNAL)) {
            byCode.forget();
        }
    }

    private Map<String, LocationFacts> read() {
        Map<String, LocationFacts> read = new LinkedHashMap<>();
        em.createNamedQuery(Location.FACTS, Object[].class).getResultStream().map(LocationDirectory::facts)
                .forEach(facts -> read.put(facts.code(), facts));
        return Collections.unmodifiableMap(read);
    }

    private static LocationFacts facts(Object[] row) {
        return new LocationFacts((Long) row[0], (String) row[1], (LocationType) row[2],
                ((BigDecimal) row[3]).doubleValue(), ((BigDecimal) row[4]).doubleValue(), (Boolean) row[5],
                (Boolean) row[6], (Integer) row[7], ((BigDecimal) row[8]).doubleValue(), ZoneId.of((String) row[9]));
    }
}
