package org.omnistock.webhook.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Random;

import org.junit.jupiter.api.Test;

class WebhookRetriesTest {

    private static final WebhookRetries PRODUCTION = new WebhookRetries(Duration.ofSeconds(5), Duration.ofHours(1),
            Duration.ofDays(3));
    private static final Instant CREATED = Instant.parse("2026-12-06T10:00:00Z");

    @Test
    void onlyTimeoutsThrottlingServerErrorsAndSilenceAreTriedAgain() {
        assertEquals(WebhookRetries.Verdict.DELIVERED, WebhookRetries.verdict(200));
        assertEquals(WebhookRetries.Verdict.DELIVERED, WebhookRetries.verdict(204));
        for (int status : new int[] {408, 429, 500, 502, 503}) {
            assertEquals(WebhookRetries.Verdict.RETRY, WebhookRetries.verdict(status), "status " + status);
        }
        assertEquals(WebhookRetries.Verdict.RETRY, WebhookRetries.verdict(null), "no answer at all");
        for (int status : new int[] {301, 400, 401, 404, 410, 422}) {
            assertEquals(WebhookRetries.Verdict.FAILED, WebhookRetries.verdict(status), "status " + status);
        }
    }

    @Test
    void theWaitDoublesWithJitterInItsUpperHalfUpToTheLongest() {
        Random random = new Random(42);
        Instant now = CREATED.plusSeconds(60);
        for (int attempts = 1; attempts <= 20; attempts++) {
            long full = Math.min(3_600_000L, 5_000L << Math.min(attempts - 1, 30));
            for (int i = 0; i < 50; i++) {
                long wait = Duration.between(now, PRODUCTION.nextAttempt(attempts, now, CREATED, null, random))
                        .toMillis();
                assertTrue(wait >= full / 2 && wait <= full, attempts + ": " + wait + " of " + full);
            }
        }
    }

    @Test
    void aRetryAfterLongerThanTheBackoffIsHonouredUpToTheLongestWait() {
        Instant now = CREATED.plusSeconds(10);
        assertEquals(now.plusSeconds(120), PRODUCTION.nextAttempt(1, now, CREATED, Duration.ofSeconds(120),
                new Random(1)));
        assertEquals(now.plus(Duration.ofHours(1)), PRODUCTION.nextAttempt(1, now, CREATED, Duration.ofDays(2),
                new Random(1)));
    }

    @Test
    void afterThreeDaysADeliveryIsGivenUp() {
        Instant late = CREATED.plus(Duration.ofDays(3)).minusSeconds(60);
        assertNull(PRODUCTION.nextAttempt(30, late, CREATED, null, new Random(3)), "the next try would be too late");
        assertTrue(PRODUCTION.nextAttempt(1, late, CREATED, null, new Random(3)) != null);
    }

    @Test
    void aDeadEndpointIsLeftAloneHalfAsLongAsItHasFailedWithinBounds() {
        Random random = new Random(7);
        Instant now = CREATED.plus(Duration.ofMinutes(40));
        long wait = Duration.between(now, PRODUCTION.resumeAfterFailedRound(CREATED, now, random)).toMillis();
        assertTrue(wait >= 600_000 && wait <= 1_200_000, "about 20 minutes: " + wait);
        long first = Duration.between(now, PRODUCTION.resumeAfterFailedRound(null, now, random)).toMillis();
        assertTrue(first >= 2_500 && first <= 5_000, "the first wait: " + first);
        long capped = Duration.between(now, PRODUCTION.resumeAfterFailedRound(now.minus(Duration.ofDays(2)), now,
                random)).toMillis();
        assertTrue(capped <= 3_600_000 && capped >= 1_800_000, "an hour at most: " + capped);
    }
}
