package org.omnistock.account.control;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Whether an API client is still enabled, remembered for a few seconds: every API request checks it (a disabled
 * client's tokens stop working at once, not when they expire), and a database query per request would cost the hot
 * paths more than the check is worth. On this server a change is seen at once; on others within {@link #TTL}.
 */
@ApplicationScoped
public class ClientStatus {

    public static final Duration TTL = Duration.ofSeconds(10);

    private record Known(boolean enabled, Instant checkedAt) {
    }

    private final Map<String, Known> known = new ConcurrentHashMap<>();

    @Inject
    Clock clock;

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

    /** Forgets what it knew of the client, after it was changed here. */
    public void changed(String clientId) {
        known.remove(clientId);
    }
}
