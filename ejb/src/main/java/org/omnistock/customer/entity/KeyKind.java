package org.omnistock.customer.entity;

/** The kinds of identity key by which a channel or a till knows a customer. */
public enum KeyKind {
    EMAIL,
    PHONE,
    /** A loyalty card number. */
    CARD,
    /** {@code <channel>:<id>}: the customer's account in a channel's own system. */
    EXTERNAL
}
