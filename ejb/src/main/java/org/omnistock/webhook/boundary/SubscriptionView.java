package org.omnistock.webhook.boundary;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

import org.omnistock.webhook.entity.WebhookSubscription;

/**
 * A subscription and its health; never its secret.
 *
 * @param failingSince        the first failure after its last success; null while it answers
 * @param pending             deliveries not yet delivered nor given up
 * @param previousSecretUntil while a rotated secret still signs beside the new one
 */
public record SubscriptionView(String code, String clientId, String url, List<String> topics, String channel,
                               String location, String sku, String status, Instant createdAt, Instant lastSuccessAt,
                               Instant lastFailureAt, Instant failingSince, Instant disabledAt,
                               String disabledReason, long pending, Instant previousSecretUntil)
                                       implements Serializable {

    static SubscriptionView of(WebhookSubscription s, long pending) {
        return new SubscriptionView(s.getCode(), s.getClientId(), s.getUrl(), List.copyOf(s.getTopics()),
                s.getChannelFilter(), s.getLocationFilter(), s.getSkuFilter(), s.getStatus().name(),
                s.getCreatedAt(), s.getLastSuccessAt(), s.getLastFailureAt(), s.getFailingSince(), s.getDisabledAt(),
                s.getDisabledReason(), pending, s.getPreviousSecretUntil());
    }
}
