package org.omnistock.storedvalue.control;

import java.time.Duration;
import java.time.Instant;

/**
 * A caller's wrong codes: {@link #TRIES} within {@link #WINDOW} of the first lock it out of codes for
 * {@link #LOCK}; a right code forgets the count. Pure: the row that keeps it is written in a transaction of its own.
 *
 * @param failures    wrong codes in the window
 * @param windowStart the first of them
 * @param lockedUntil when the caller may try again; null when it is not locked
 */
public record Lockout(int failures, Instant windowStart, Instant lockedUntil) {

    public static final int TRIES = 5;
    public static final Duration WINDOW = Duration.ofMinutes(15);
    public static final Duration LOCK = Duration.ofMinutes(15);

    public static final Lockout NONE = new Lockout(0, null, null);

    /** Whether the caller may not try a code now. */
    public boolean locks(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    /** After one more wrong code: counted in the window (a new window once the last passed), locked at the limit. */
    public Lockout wrong(Instant now) {
        boolean sameWindow = windowStart != null && now.isBefore(windowStart.plus(WINDOW)) && !lockExpired(now);
        int counted = sameWindow ? failures + 1 : 1;
        Instant start = sameWindow ? windowStart : now;
        return new Lockout(counted, start, counted >= TRIES ? now.plus(LOCK) : null);
    }

    private boolean lockExpired(Instant now) {
        return lockedUntil != null && !now.isBefore(lockedUntil);
    }
}
