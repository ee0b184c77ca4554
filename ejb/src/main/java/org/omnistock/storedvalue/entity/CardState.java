package org.omnistock.storedvalue.entity;

/** Whether a card may be used: only an active one pays; a blocked one may be unblocked; an expired one stays so. */
public enum CardState {
    ACTIVE,
    BLOCKED,
    EXPIRED
}
