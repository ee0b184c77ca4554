package org.omnistock.fulfilment.routing;

/** How the customer gets a delivery group: shipped to an address, or picked up at a store. */
public enum DeliveryMode {
    SHIP, PICKUP
}
