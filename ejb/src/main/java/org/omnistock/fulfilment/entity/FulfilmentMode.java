package org.omnistock.fulfilment.entity;

/** How a fulfilment's units reach the customer. */
public enum FulfilmentMode {
    /** The location ships them to the customer's address. */
    SHIP,
    /** The customer collects them at this store. */
    PICKUP,
    /** The location ships them to the pickup store, which hands them over. */
    SHIP_TO_STORE
}
