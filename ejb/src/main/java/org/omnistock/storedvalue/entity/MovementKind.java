package org.omnistock.storedvalue.entity;

/**
 * What happened to a card: money in ({@code ISSUE}, {@code CREDIT}), out ({@code REDEEM}, {@code EXPIRE}: the
 * breakage), or its state or expiry changed with a reason (amount 0).
 */
public enum MovementKind {
    ISSUE,
    REDEEM,
    CREDIT,
    EXPIRE,
    BLOCK,
    UNBLOCK,
    EXPIRY
}
