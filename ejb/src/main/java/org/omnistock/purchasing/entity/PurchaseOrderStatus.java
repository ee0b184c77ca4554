package org.omnistock.purchasing.entity;

/**
 * Where a purchase order is: DRAFT -> SENT -> PARTLY_RECEIVED -> RECEIVED; CLOSED from SENT or PARTLY_RECEIVED
 * (what is still open is no longer expected); CANCELLED from DRAFT or SENT (nothing came).
 */
public enum PurchaseOrderStatus {
    DRAFT, SENT, PARTLY_RECEIVED, RECEIVED, CLOSED, CANCELLED;

    /** Whether goods may still be received against it. */
    public boolean receivable() {
        return this == SENT || this == PARTLY_RECEIVED;
    }
}
