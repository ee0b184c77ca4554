package org.omnistock.order.entity;

/** What a payment record says the payment provider did. */
public enum PaymentKind {
    AUTHORISED, CAPTURED, REFUNDED
}
