package org.omnistock.customer.entity;

/** Why points moved. */
public enum LoyaltyKind {
    /** Earned by a purchase: a POS sale or an order. */
    EARN,
    /** Taken back because goods a purchase earned points for came back. */
    REVERSE,
    /** Spent as a discount. */
    REDEEM,
    /** Changed by a person, with a reason. */
    ADJUST,
    /** Received from a profile merged into this one. */
    MERGE_IN,
    /** Moved to the profile this one was merged into. */
    MERGE_OUT,
    /** Earned long enough ago to have expired unspent. */
    EXPIRE,
    /** Spent on goods that came back: given back, in proportion to what was refunded. */
    REFUND
}
