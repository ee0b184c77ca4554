package org.omnistock.fulfilment.routing;

import java.io.Serializable;
/** Why a location could not take part in a strategy: a stable code, and the values behind it. */
public record Exclusion(String location, Reason reason, String detail) implements Serializable {

    public enum Reason {
        /** It rejected this order, or let it expire, before. */
        EXCLUDED_FOR_ORDER,
        /** The order's channel does not draw on it. */
        NOT_IN_CHANNEL,
        /** The strategy never uses it. */
        EXCLUDED_BY_RULE,
        /** Its type is not among the strategy's. */
        LOCATION_TYPE,
        /** It would have to ship, and does not. */
        CANNOT_SHIP,
        /** Farther than the strategy allows. */
        TOO_FAR,
        /** It took as many fulfilments today as it can. */
        AT_CAPACITY,
        /** It has none of the lines' SKUs to give (beyond what it keeps back). */
        NO_STOCK,
        /** A pickup from another store, and the strategy does not ship to stores. */
        NOT_THE_PICKUP_STORE
    }
}
