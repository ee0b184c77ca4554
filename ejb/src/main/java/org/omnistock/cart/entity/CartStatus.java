package org.omnistock.cart.entity;

/** Where a cart stands; only an open cart changes. */
public enum CartStatus {
    OPEN,
    /** Folded into the customer's cart when they signed in. */
    MERGED,
    /** Became an order. */
    ORDERED,
    /** Untouched for longer than carts are kept open. */
    ABANDONED
}
