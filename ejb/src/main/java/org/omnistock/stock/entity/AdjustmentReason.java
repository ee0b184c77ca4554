package org.omnistock.stock.entity;

/** Why on hand was corrected. */
public enum AdjustmentReason {
    /** A count found a different quantity than the books. */
    STOCK_COUNT,
    /** Goods found that were not on the books. */
    FOUND,
    /** Goods damaged beyond sale. */
    DAMAGED,
    /** Goods lost or missing. */
    LOST,
    /** Goods stolen. */
    THEFT,
    /** Goods past their sell-by date. */
    EXPIRED,
    /** A booking error corrected. */
    CORRECTION
}
