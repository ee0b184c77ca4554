package org.omnistock.stock.entity;

/** What a ledger movement records, and which way it moves on hand. */
public enum MovementType {
    /** Goods arrived at the location. */
    RECEIPT,
    /** A correction of on hand, up or down, with a reason. */
    ADJUSTMENT,
    /** Goods sold at a till. */
    SALE
}
