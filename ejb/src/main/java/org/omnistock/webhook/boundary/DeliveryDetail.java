package org.omnistock.webhook.boundary;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * A delivery with the envelope it sends and every attempt so far.
 *
 * @param body the envelope, exactly as sent
 */
public record DeliveryDetail(DeliveryView delivery, String body, List<Attempt> attempts) implements Serializable {

    /** One HTTP request: when, how long, the status code (null when no answer came) or what went wrong. */
    public record Attempt(Instant at, int durationMs, Integer statusCode, String error) implements Serializable {
    }
}
