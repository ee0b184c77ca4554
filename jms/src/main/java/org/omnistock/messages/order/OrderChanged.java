package org.omnistock.messages.order;

import java.time.Instant;

/**
 * An order's status changed, on {@link org.omnistock.messages.Destinations#ORDER_CHANGED}, with the selector header
 * {@code channel}. A receiver ignores an event whose {@code sequence} is not newer than the one it holds for the
 * order.
 */
public record OrderChanged(int schemaVersion, String eventId, String orderNumber, String channel, String externalId,
                           String status, long sequence, Instant changedAt) {

    public static final int SCHEMA_VERSION = 1;
    public static final String EVENT_TYPE = "OrderChanged";
}
