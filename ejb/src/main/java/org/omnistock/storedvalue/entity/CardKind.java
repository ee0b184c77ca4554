package org.omnistock.storedvalue.entity;

/** What a stored-value card is: a gift card found by its code, or a customer's store credit found by its owner. */
public enum CardKind {
    GIFT_CARD,
    STORE_CREDIT
}
