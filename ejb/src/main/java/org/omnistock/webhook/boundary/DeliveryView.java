package org.omnistock.webhook.boundary;

import java.io.Serializable;
import java.time.Instant;

import org.omnistock.webhook.entity.WebhookDelivery;

/**
 * One delivery of an event to an endpoint.
 *
 * @param nextAttemptAt when it is tried next, while pending
 * @param lastStatus    the status code of the last answer; null when none came
 * @param replayOf      the delivery this one replays; null for an original
 */
public record DeliveryView(long id, String eventId, String topic, String aggregate, String status, int attempts,
                           Instant createdAt, Instant nextAttemptAt, Instant finishedAt, Integer lastStatus,
                           String lastError, Long replayOf) implements Serializable {

    static DeliveryView of(WebhookDelivery d) {
        return new DeliveryView(d.getId(), d.getEventId(), d.getTopic(), d.getAggregateKey(), d.getStatus().name(),
                d.getAttempts(), d.getCreatedAt(),
                d.getStatus() == WebhookDelivery.Status.PENDING ? d.getNextAttemptAt() : null, d.getFinishedAt(),
                d.getLastStatus(), d.getLastError(), d.getReplayOf());
    }
}
