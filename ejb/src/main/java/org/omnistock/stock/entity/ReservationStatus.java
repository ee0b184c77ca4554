package org.omnistock.stock.entity;

public enum ReservationStatus {
    /** Holding stock. */
    OPEN,
    /** The held quantity left with its order. */
    FULFILLED,
    /** Given up by the caller. */
    RELEASED,
    /** Given up by the clock: its hold time ran out. */
    EXPIRED
}
