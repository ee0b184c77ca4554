package org.omnistock.marketplace.control;

import java.time.Duration;

import jakarta.ws.rs.core.Response;

/** What a marketplace call can come to besides an answer; each kind is handled its own way by the connector. */
public class MarketplaceFault extends RuntimeException {

    /** How long to wait after a throttling answer that says nothing of how long. */
    public static final Duration THROTTLED_DEFAULT = Duration.ofSeconds(1);
    private static final long serialVersionUID = 1L;

    public MarketplaceFault(String message, Throwable cause) {
        super(message, cause);
    }

    /**
     * What an answer of 400 or more means: throttled (429, its Retry-After in seconds), unauthorized (401, 403),
     * unavailable (5xx), refused.
     */
    public static MarketplaceFault of(Response response) {
        int status = response.getStatus();
        if (status == 429) {
            String retryAfter = response.getHeaderString("Retry-After");
            Duration wait = THROTTLED_DEFAULT;
            try {
                wait = retryAfter == null ? wait : Duration.ofMillis((long) (Double.parseDouble(retryAfter) * 1000));
            } catch (NumberFormatException e) {
                // An HTTP date or nonsense: the default wait.
            }
            return new Throttled(wait);
        }
        String body = response.hasEntity() ? response.readEntity(String.class) : "";
        String what = "HTTP " + status + (body.isBlank() ? "" : ": " + (body.length() > 300 ? body.substring(0, 300)
                : body));
        if (status == 401 || status == 403) {
            return new Unauthorized(what);
        }
        return status >= 500 ? new Unavailable(what, null) : new Refused(what);
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

    /**
     * The credential was not taken (401, 403): an access token expired or revoked early, or a wrong one. Not final:
     * a new access token may be had (Amazon), or the account's credential replaced; what waited is tried again.
     */
    public static final class Unauthorized extends MarketplaceFault {

        private static final long serialVersionUID = 1L;

        public Unauthorized(String message) {
            super(message, null);
        }
    }

    /** Any other refusal (404, 422, ...): trying again will not help. */
    public static final class Refused extends MarketplaceFault {

        private static final long serialVersionUID = 1L;

        public Refused(String message) {
            super(message, null);
        }
    }
}
