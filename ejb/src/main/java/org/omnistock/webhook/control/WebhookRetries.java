package org.omnistock.webhook.control;

import java.time.Duration;
import java.time.Instant;
import java.util.random.RandomGenerator;

/**
 * What happens after an attempt (webhook package documentation): which answers are worth another try, and when.
 * Plain Java, the same rule for the dispatcher and the unit tests.
 *
 * @param first    the wait after the first failure; it doubles with every failure after that
 * @param longest  the longest wait between two attempts
 * @param retryFor how long after a delivery was created it is still tried
 */
public record WebhookRetries(Duration first, Duration longest, Duration retryFor) {

    public enum Verdict {
        DELIVERED, RETRY, FAILED
    }

    /** 2xx is delivered; no answer, 408, 429 and 5xx are tried again; any other answer is final. */
    public static Verdict verdict(Integer status) {
        if (status == null) {
            return Verdict.RETRY;
        }
        if (status >= 200 && status < 300) {
            return Verdict.DELIVERED;
        }
        return status == 408 || status == 429 || status >= 500 ? Verdict.RETRY : Verdict.FAILED;
    }

    /**
     * When to try again after the {@code attempts}-th failed attempt: the doubled wait, capped, with full jitter in
     * its upper half (so endpoints that failed together do not all come back at once), or the endpoint's
     * Retry-After if that is later; null when the delivery's retry period is over by then.
     */
    public Instant nextAttempt(int attempts, Instant now, Instant createdAt, Duration retryAfter,
                               RandomGenerator random) {
        long firstMillis = first.toMillis();
        int doublings = Math.min(Math.max(attempts - 1, 0), 30);
        long wait = Math.min(longest.toMillis(), firstMillis * (1L << doublings));
        wait = wait / 2 + (long) (random.nextDouble() * (wait - wait / 2));
        if (retryAfter != null && retryAfter.toMillis() > wait) {
            wait = Math.min(retryAfter.toMillis(), longest.toMillis());
        }
        Instant next = now.plusMillis(wait);
        return next.isAfter(createdAt.plus(retryFor)) ? null : next;
    }

    /**
     * When to send to an endpoint again after a round in which every attempt failed: after half as long as it has
     * been failing, between the first and the longest wait, with jitter in its upper half.
     */
    public Instant resumeAfterFailedRound(Instant failingSince, Instant now, RandomGenerator random) {
        long failingFor = failingSince == null ? 0 : Duration.between(failingSince, now).toMillis();
        long wait = Math.max(first.toMillis(), Math.min(longest.toMillis(), failingFor / 2));
        return now.plusMillis(wait / 2 + (long) (random.nextDouble() * (wait - wait / 2)));
    }
}
