package org.omnistock.marketplace.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class TokenBucketTest {

    private static final long SECOND = 1_000_000_000L;
    private static final Duration PATIENT = Duration.ofMinutes(1);

    @Test
    void aBurstGoesAtOnceAndThenOneCallPerTokenAtTheRate() {
        TokenBucket bucket = new TokenBucket(2, 40, 0);
        for (int i = 0; i < 40; i++) {
            assertEquals(0, bucket.reserveNanos(0, PATIENT), "call " + i + " of the burst");
        }
        assertEquals(SECOND / 2, bucket.reserveNanos(0, PATIENT), "the 41st waits for half a second");
        assertEquals(SECOND, bucket.reserveNanos(0, PATIENT), "the 42nd a second: they queue");
        assertEquals(0, new TokenBucket(2, 40, 0).reserveNanos(5 * SECOND, PATIENT));
    }

    @Test
    void aCallThatWouldWaitTooLongTakesNothing() {
        TokenBucket bucket = new TokenBucket(0.0167, 20, 0);
        for (int i = 0; i < 20; i++) {
            bucket.reserveNanos(0, PATIENT);
        }
        assertEquals(-1, bucket.reserveNanos(0, Duration.ofSeconds(5)), "getOrders' quota: a minute per call");
        assertTrue(bucket.reserveNanos(0, Duration.ofSeconds(61)) > 59 * SECOND, "nothing was taken by the refusal");
    }

    @Test
    void theMarketplacesRetryAfterEmptiesTheBucket() {
        TokenBucket bucket = new TokenBucket(2, 40, 0);
        bucket.pause(0, Duration.ofSeconds(3));
        assertEquals(3 * SECOND, bucket.reserveNanos(0, PATIENT));
        assertEquals(-1, bucket.reserveNanos(SECOND, Duration.ofSeconds(1)), "still asked to wait");
    }
}
