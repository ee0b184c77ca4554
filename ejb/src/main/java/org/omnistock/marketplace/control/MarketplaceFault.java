package org.omnistock.marketplace.control;

import java.time.Duration;

/** What a marketplace call can come to besides an answer; each kind is handled its own way by the connector. */
public class MarketplaceFault extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public MarketplaceFault(String message, Throwable cause) {
        super(message, cause);
    }

    /** The marketplace asked to wait (429, a throttled GraphQL answer): not retried at once, not a failure. */
    public static final class Throttled extends MarketplaceFault {

        private static final long serialVersionUID = 1L;
        private final Duration retryAfter;

        public Throttled(Duration retryAfter) {
            super("throttled by the marketplace for " + retryAfter, null);
            this.retryAfter = retryAfter;
        }

        public Duration retryAfter() {
            return retryAfter;
        }
    }

    /** No answer, a timeout or a 5xx: retried a little at once, then counted by the circuit breaker. */
    public static final class Unavailable extends MarketplaceFault {

        private static final long serialVersionUID = 1L;

        public Unavailable(String message, Throwable cause) {
            super(message, cause);
        }
    }

    /** Any other refusal (401, 404, 422): trying again will not help. */
    public static final class Refused extends MarketplaceFault {

        private static final long serialVersionUID = 1L;

        public Refused(String message) {
            super(message, null);
        }
    }
}
