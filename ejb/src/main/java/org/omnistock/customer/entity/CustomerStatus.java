package org.omnistock.customer.entity;

/** Whether a profile is in use, folded into another, or anonymised. */
public enum CustomerStatus {
    ACTIVE,
    /** Folded into the survivor it names; it has no keys, addresses or points of its own any more. */
    MERGED,
    /** Its personal data removed at the customer's request; its number, history and totals remain. */
    ERASED
}
