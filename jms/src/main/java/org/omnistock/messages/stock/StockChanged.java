package org.omnistock.messages.stock;

import java.time.Instant;

/**
 * Published on {@link org.omnistock.messages.Destinations#STOCK_CHANGED} after every committed change of one stock
 * level, with the level as that change left it. Header properties {@code sku} and {@code locationId} allow selectors.
 * Reservations of one level taken together in one transaction are announced by one event, after the last of them.
 *
 * @param sequence grows by one with every movement of this SKU at this location (so it skips where one event
 *                 announces several reservations); ignore an event whose sequence is not greater than the last one
 *                 applied
 * @param movementType what changed the level: RECEIPT, EXPECTED, EXPECTATION_WITHDRAWN, SALE, ADJUSTMENT,
 *                     STOCK_COUNT, STATE_MOVE, SAFETY_STOCK, RESERVE, RELEASE, FULFIL
 * @param available    on hand less reserved, safety stock, damaged and quality control, never below zero
 * @param reference    what the (last) movement was for, e.g. {@code POS S001/R-000123} for a till's receipt
 * @param incoming     announced for the location and not yet received
 */
public record StockChanged(int schemaVersion, String eventId, String sku, String locationId, long onHand,
                           long reserved, long available, long sequence, String movementType, Instant occurredAt,
                           long safetyStock, long damaged, long qualityControl, String reference, long incoming) {

    public static final int SCHEMA_VERSION = 1;
    public static final String EVENT_TYPE = "StockChanged";
}
