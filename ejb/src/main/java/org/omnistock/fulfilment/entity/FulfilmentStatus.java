package org.omnistock.fulfilment.entity;

/** Where a fulfilment stands; {@link FulfilmentFlow} says which step leads where. */
public enum FulfilmentStatus {
    AWAITING_ARRIVAL, SENT, ACCEPTED, PICKED, PACKED, READY_FOR_PICKUP, SHIPPED, DELIVERED, COLLECTED, NOT_COLLECTED,
    REJECTED, EXPIRED, CANCELLED
}
