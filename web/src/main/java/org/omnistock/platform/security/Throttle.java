package org.omnistock.platform.security;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * How many wrong secrets and passwords one source (an address) or one account may try: {@value #FAILURES} in a
 * {@link #WINDOW}; beyond that it is refused without a check until its window ends ({@code Retry-After}). A
 * guesser then costs the server a map lookup per try, not a hash, and other callers keep their share of it. Right
 * answers are never counted. Kept in this server's memory: each server of several counts for itself.
 */
@ApplicationScoped
public class Throttle {

    /** Wrong tries a source or an account has in a window. */
    static final int FAILURES = 30;
    static final Duration WINDOW = Duration.ofMinutes(1);
    /** How long a refused caller waits for its answer at the token endpoint. */
    public static final Duration REFUSAL_DELAY = Duration.ofSeconds(1);
    /** Keys kept at the most; beyond it, those whose window ended are let go. */
    private static final int KEPT = 100_000;

    private final Map<String, Window> windows = new ConcurrentHashMap<>();

    /** The failures of one key since its window began. */
    private record Window(long startedNanos, int failures) {
    }

    /** How long the key must wait before it may try again; empty if it may now. */
    public Optional<Duration> refused(String key) {
        Window window = windows.get(key);
        if (window == null || window.failures() < FAILURES) {
            return Optional.empty();
        }
        long left = WINDOW.toNanos() - (System.nanoTime() - window.startedNanos());
        return left <= 0 ? Optional.empty() : Optional.of(Duration.ofNanos(left));
    }

    /** A wrong secret or password from the key. */
    public void failed(String key) {
        long now = System.nanoTime();
        windows.compute(key, (k, window) -> window == null || now - window.startedNanos() >= WINDOW.toNanos()
                ? new Window(now, 1) : new Window(window.startedNanos(), window.failures() + 1));
        if (windows.size() > KEPT) {
            windows.values().removeIf(w -> now - w.startedNanos() >= WINDOW.toNanos());
        }
    }

    /** The seconds a refused caller is told to wait (a whole second at least). */
    public static long retryAfterSeconds(Duration wait) {
        return Math.max(1, (wait.toMillis() + 999) / 1000);
    }
}
