package org.omnistock.order.entity;

/** Where an order stands, derived from its lines and fulfilments (see the package documentation for the rules). */
public enum OrderStatus {
    ALLOCATED, PARTLY_ALLOCATED, UNFILLABLE, ON_HOLD, IN_FULFILMENT, PARTLY_SHIPPED, SHIPPED, READY_FOR_PICKUP,
    COMPLETED, CANCELLED, PARTLY_RETURNED, RETURNED
}
