package org.omnistock.customer.entity;

/** Whether a profile is in use, or folded into another. */
public enum CustomerStatus {
    ACTIVE,
    /** Folded into the survivor it names; it has no keys, addresses or points of its own any more. */
    MERGED
}
