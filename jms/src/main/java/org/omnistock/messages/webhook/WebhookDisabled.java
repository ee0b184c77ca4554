package org.omnistock.messages.webhook;

import java.time.Instant;

/**
 * A webhook endpoint failed for longer than the platform waits and was disabled, on
 * {@link org.omnistock.messages.Destinations#WEBHOOK_DISABLED} and as the topic {@code webhook.disabled} to the
 * owner's other endpoints. Its undelivered events wait until it is enabled again.
 *
 * @param subscription the subscription's code
 * @param clientId     the API client it belongs to
 * @param failingSince the first failure after its last success
 */
public record WebhookDisabled(int schemaVersion, String eventId, String subscription, String clientId, String url,
                              String reason, Instant failingSince, Instant disabledAt) {

    public static final int SCHEMA_VERSION = 1;
    public static final String EVENT_TYPE = "WebhookDisabled";
}
