package org.omnistock.customer.boundary;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * One entry of a customer's timeline, from whichever capability recorded it: an order, a POS sale, a return, a
 * movement of points.
 *
 * @param kind      ORDER, SALE, RETURN or POINTS
 * @param reference the order, receipt, return number or the points' source
 * @param amount    money for orders, sales and returns (the refund); points for POINTS
 */
public record Activity(Instant at, String kind, String reference, String channel, String location,
                       BigDecimal amount, String detail) implements Serializable {

    /** Amounts kept to four decimals show as cents when that loses nothing (71.9600 is 71.96). */
    public Activity {
        if (amount != null && amount.scale() > 2 && amount.stripTrailingZeros().scale() <= 2) {
            amount = amount.setScale(2);
        }
    }
}
