package org.omnistock.stock.entity;

/** What a ledger movement records. */
public enum MovementType {
    /** Goods arrived at the location: on hand up. */
    RECEIPT,
    /** Goods announced for the location (a purchase order, a transfer on its way): incoming up. */
    EXPECTED,
    /** An announcement withdrawn: incoming down. */
    EXPECTATION_WITHDRAWN,
    /** Goods sold at a till: on hand down, always recorded. */
    SALE,
    /** A correction of on hand, up or down, with a reason. */
    ADJUSTMENT,
    /** A count set on hand to what was counted, if on hand was what the counter expected. */
    STOCK_COUNT,
    /** Units moved between states (available, damaged, quality control); on hand unchanged. */
    STATE_MOVE,
    /** The safety stock, held back from what can be promised, was set. */
    SAFETY_STOCK,
    /** Units held for an order or a cart: reserved up. */
    RESERVE,
    /** A hold given up or expired: reserved down. */
    RELEASE,
    /** A held quantity left the location for its order: reserved and on hand down. */
    FULFIL,
    /** Units left for another location: on hand down; the destination expects them (EXPECTED, same reference). */
    TRANSFER_OUT,
    /** A transfer arrived: on hand up by what arrived, incoming down by what was sent. */
    TRANSFER_IN,
    /** A customer brought units back (an order from any channel): on hand up, into the state they are in. */
    RETURN
}
