package org.omnistock.marketplace.control;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.omnistock.marketplace.entity.MarketplaceAccount;

/**
 * The token buckets of every account's quotas on this server, one per account and operation where the marketplace
 * sets them per operation (Amazon), one per account where it sets one (Shopify). A call waits for its token up to
 * five seconds; longer is a throttling of its own, and the work is tried again later. A 429 the marketplace answers
 * anyway pauses the bucket as long as it asked and is counted on the account.
 */
@ApplicationScoped
public class Quotas {

    private static final Duration LONGEST_WAIT = Duration.ofSeconds(5);

    private final Map<String, TokenBucket> buckets = new ConcurrentHashMap<>();

    @Inject
    MarketplaceState state;

    /** Waits for a token of the bucket {@code key}, made with this rate and burst the first time it is asked. */
    public void take(String key, double perSecond, int burst) {
        TokenBucket bucket = buckets.computeIfAbsent(key, k -> new TokenBucket(perSecond, burst, System.nanoTime()));
        long wait = bucket.reserveNanos(System.nanoTime(), LONGEST_WAIT);
        if (wait < 0) {
            throw new MarketplaceFault.Throttled(LONGEST_WAIT);
        }
        if (wait > 0) {
            try {
                TimeUnit.NANOSECONDS.sleep(wait);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new MarketplaceFault.Unavailable("interrupted while waiting for the quota", e);
            }
        }
    }

    /** The marketplace asked to wait: the bucket {@code key} gives nothing before then. */
    public void pause(String key, Duration wait) {
        TokenBucket bucket = buckets.get(key);
        if (bucket != null) {
            bucket.pause(System.nanoTime(), wait);
        }
    }

    /**
     * The call's answer, or null when the marketplace throttled it: the bucket {@code key} then waits as long as
     * asked, and the account counts it.
     */
    public <T> T unlessThrottled(MarketplaceAccount account, String key, Supplier<T> call) {
        try {
            return call.get();
        } catch (MarketplaceFault.Throttled throttled) {
            pause(key, throttled.retryAfter());
            state.throttled(account.getId());
            return null;
        }
    }
}
