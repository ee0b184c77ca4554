package org.omnistock.webhook.boundary;

/** A subscription with its signing secret, in the answer that creates or rotates it and nowhere else. */
public record IssuedWebhookSecret(SubscriptionView subscription, String secret) {
}
