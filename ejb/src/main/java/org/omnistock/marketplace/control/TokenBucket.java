package org.omnistock.marketplace.control;

import java.time.Duration;

/**
 * An account's quota as a token bucket: {@code burst} calls at once, refilled at {@code perSecond}. The
 * marketplace's own refusal (a 429 with Retry-After, a throttled GraphQL answer) empties it for as long as the
 * marketplace says. Plain Java, thread-safe; time is passed in so tests and the connector read it alike.
 */
public final class TokenBucket {

    private final double perSecond;
    private final double burst;
    private double tokens;
    private long refilledAtNanos;
    private long blockedUntilNanos;

    public TokenBucket(double perSecond, int burst, long nowNanos) {
        if (perSecond <= 0 || burst < 1) {
            throw new IllegalArgumentException("a quota needs a positive rate and a burst of one at least");
        }
        this.perSecond = perSecond;
        this.burst = burst;
        this.tokens = burst;
        this.refilledAtNanos = nowNanos;
    }

    /**
     * Takes a call's token if one is there within {@code maxWait}: how long the caller must wait before the call
     * (zero: at once), or a negative value when it would wait longer and nothing was taken.
     */
    public synchronized long reserveNanos(long nowNanos, Duration maxWait) {
        refill(nowNanos);
        long blocked = Math.max(0, blockedUntilNanos - nowNanos);
        double missing = Math.max(0, 1 - tokens);
        long wait = Math.max(blocked, (long) Math.ceil(missing / perSecond * 1e9));
        if (wait > maxWait.toNanos()) {
            return -1;
        }
        tokens -= 1;
        return wait;
    }

    /** The marketplace said to wait: nothing goes before then, and the bucket starts empty. */
    public synchronized void pause(long nowNanos, Duration wait) {
        refill(nowNanos);
        tokens = Math.min(tokens, 0);
        blockedUntilNanos = Math.max(blockedUntilNanos, nowNanos + wait.toNanos());
    }

    private void refill(long nowNanos) {
        if (nowNanos > refilledAtNanos) {
            tokens = Math.min(burst, tokens + (nowNanos - refilledAtNanos) / 1e9 * perSecond);
            refilledAtNanos = nowNanos;
        }
    }
}
