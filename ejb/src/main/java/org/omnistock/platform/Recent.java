package org.omnistock.platform;

import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * A value this server read at most a second ago: for what nearly every request needs and what changes a few times a
 * month (the loyalty terms, the tax rules, the locations as routing sees them). The holder forgets it as soon as this
 * server knows it changed (call {@link #forget()} once the change commits, and tell the others with
 * {@link ServerSignals}), so a change counts here at the next request, on another server when the signal arrives
 * (milliseconds), and within the second if it is lost.
 *
 * @param <T> what is held; it must not change once read
 */
public final class Recent<T> {

    private static final long FRESH_NANOS = 1_000_000_000L;

    /**
     * Counts the changes this server made. A value is kept with the count it was read under: one read while a change
     * committed may be the old one, and the next request reads again.
     */
    private final AtomicLong changes = new AtomicLong();
    private volatile Held<T> held;

    private record Held<T>(T value, long readAt, long changesBefore) {
    }

    /** The value held, or the one {@code read} gives if none is held or the one held is older than a second. */
    public T get(Supplier<T> read) {
        Held<T> current = held;
        long now = System.nanoTime();
        long changesNow = changes.get();
        if (current == null || current.changesBefore() != changesNow || now - current.readAt() > FRESH_NANOS) {
            current = new Held<>(read.get(), now, changesNow);
            held = current;
        }
        return current.value();
    }

    /** The value changed and the change committed: the next {@link #get} reads it again. */
    public void forget() {
        changes.incrementAndGet();
    }
}
