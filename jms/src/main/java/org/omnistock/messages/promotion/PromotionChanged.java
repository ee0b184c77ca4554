package org.omnistock.messages.promotion;

import java.time.Instant;

/**
 * Published on {@link org.omnistock.messages.Destinations#PROMOTION_CHANGED} when a promotion is created, changed or
 * withdrawn; header {@code promotion}. A till keeps the latest rule per code (by {@code sequence}) and prices baskets
 * with {@link BasketPricer}, the same engine as the server.
 *
 * @param withdrawn true when the promotion no longer applies anywhere
 * @param sequence  grows by one with every change of this promotion
 */
public record PromotionChanged(int schemaVersion, String eventId, PromotionRule promotion, boolean withdrawn,
                               long sequence, Instant occurredAt) {

    public static final int SCHEMA_VERSION = 1;
    public static final String EVENT_TYPE = "PromotionChanged";
}
