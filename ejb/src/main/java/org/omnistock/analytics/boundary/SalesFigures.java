package org.omnistock.analytics.boundary;

import java.io.Serializable;
import java.math.BigDecimal;

/**
 * One group's sales over a period, beside the previous period of the same length.
 *
 * @param key      the group (a channel, location or SKU code, a category; "total" for all)
 * @param label    what a person reads for it (a location's or SKU's name; the key otherwise)
 * @param revenue  net of discounts, less what came back
 * @param margin   revenue less cost over the revenue whose cost is known, as a share; absent when none is
 * @param change   the revenue's change from the previous period, as a share of it; absent when that had none
 * @param share    the group's share of the period's total revenue; absent when the total is none
 */
public record SalesFigures(String key, String label, long units, BigDecimal revenue, BigDecimal margin,
                           BigDecimal previousRevenue, BigDecimal change, BigDecimal share) implements Serializable {
}
