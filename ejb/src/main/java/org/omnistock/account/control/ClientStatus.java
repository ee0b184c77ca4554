package org.omnistock.account.control;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

import org.omnistock.platform.ServerSignal;
import org.omnistock.platform.ServerSignals;

/**
 * Whether an API client is still enabled, remembered for a few seconds: every API request checks it (a disabled
 * client's tokens stop working at once, not when they expire), and a database query per request would cost the hot
 * paths more than the check is worth. A change is forgotten here once it commits (forgotten before, a request in
 * between could read the old answer again and keep it), and the other servers are told at once
 * ({@link ServerSignals}); if that message is lost they see it within {@link #TTL}.
 */
@ApplicationScoped
public class ClientStatus {

    public static final Duration TTL = Duration.ofSeconds(10);

    private record Known(boolean enabled, Instant checkedAt) {
    }

    private final Map<String, Known> known = new ConcurrentHashMap<>();

    private static final String SIGNAL = "api-client";

    @Inject
    Clock clock;

    @Inject
    ServerSignals signals;

    /** @param lookUp whether the client exists and is enabled, asked when the remembered answer is too old */
    public boolean isEnabled(String clientId, Predicate<String> lookUp) {
        Instant now = clock.instant();
        Known status = known.get(clientId);
        if (status == null || status.checkedAt().plus(TTL).isBefore(now)) {
            status = new Known(lookUp.test(clientId), now);
            known.put(clientId, status);
        }
        return status.enabled();
    }

    /** The client was changed here and the change committed. */
    public void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) Changed change) {
        known.remove(change.clientId());
        signals.tell(ServerSignal.changed(SIGNAL, change.clientId()));
    }

    /** Another server changed one. */
    public void changedElsewhere(@Observes ServerSignal signal) {
        if (signal.is(SIGNAL)) {
            known.remove(signal.key());
        }
    }

    /** CDI event: an API client was changed in the current transaction. */
    public record Changed(String clientId) {
    }
}
