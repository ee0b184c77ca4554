package org.omnistock.webhook.boundary;

/** How many deliveries a replay queued, the first and last new delivery id (null when none). */
public record Replayed(int deliveries, Long firstId, Long lastId) {
}
