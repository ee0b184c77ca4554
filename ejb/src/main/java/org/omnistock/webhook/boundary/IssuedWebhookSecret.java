package org.omnistock.webhook.boundary;

import java.io.Serializable;
/** A subscription with its signing secret, in the answer that creates or rotates it and nowhere else. */
public record IssuedWebhookSecret(SubscriptionView subscription, String secret) implements Serializable {
}
