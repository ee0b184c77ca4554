package org.omnistock.analytics.control;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The retail metrics, as pure functions of their inputs. A metric that has no meaning for its inputs (cover of a SKU
 * that does not sell, change from a period that sold nothing) is null, never zero or infinity.
 */
public final class Metrics {

    private Metrics() {
    }

    /** Units a day over a window of days. */
    public static double velocity(long units, int days) {
        if (days <= 0) {
            throw new IllegalArgumentException("a window has at least one day, not " + days);
        }
        return (double) units / days;
    }

    /** Days the available units last at this velocity; null when nothing sells (or more came back than sold). */
    public static Double daysOfCover(long available, double unitsPerDay) {
        return unitsPerDay <= 0 ? null : Math.max(0, available) / unitsPerDay;
    }

    /** Share of the units that were sold out of those sold plus those still on hand; null when there were none. */
    public static Double sellThrough(long sold, long onHand) {
        long sellable = Math.max(0, sold) + Math.max(0, onHand);
        return sellable == 0 ? null : (double) Math.max(0, sold) / sellable;
    }

    /** True when the stock left will not last until a replenishment ordered now arrives. */
    public static boolean stockOutRisk(Double daysOfCover, int leadTimeDays) {
        return daysOfCover != null && daysOfCover < leadTimeDays;
    }

    /** Cover beyond which stock on hand is a slow mover. */
    public static final int SLOW_COVER_DAYS = 90;

    /** True when units on hand did not sell in 30 days, or will take longer than 90 days to sell at their pace. */
    public static boolean slowMover(long onHand, Double daysOfCover) {
        return onHand > 0 && (daysOfCover == null || daysOfCover > SLOW_COVER_DAYS);
    }

    /** Margin over the revenue whose cost is known, as a share of it; null when no cost is known. */
    public static BigDecimal margin(BigDecimal costedRevenue, BigDecimal cost) {
        if (costedRevenue.signum() == 0) {
            return null;
        }
        return costedRevenue.subtract(cost).divide(costedRevenue, 4, RoundingMode.HALF_EVEN);
    }

    /** The upper ends (days, included) of the inventory age buckets; older stock is in the last bucket. */
    public static final int[] AGE_BUCKETS = {30, 60, 90, 180};

    /**
     * The age bucket of stock last received so many days ago: 0 for up to 30 days, ... {@code AGE_BUCKETS.length}
     * for older; {@code AGE_BUCKETS.length + 1} when it was never received (counted in or adjusted only).
     */
    public static int ageBucket(Long daysSinceReceived) {
        if (daysSinceReceived == null) {
            return AGE_BUCKETS.length + 1;
        }
        for (int b = 0; b < AGE_BUCKETS.length; b++) {
            if (daysSinceReceived <= AGE_BUCKETS[b]) {
                return b;
            }
        }
        return AGE_BUCKETS.length;
    }

    /** Change from the previous period as a share of it; null when the previous period had nothing. */
    public static BigDecimal change(BigDecimal current, BigDecimal previous) {
        if (previous.signum() == 0) {
            return null;
        }
        return current.subtract(previous).divide(previous.abs(), 4, RoundingMode.HALF_EVEN);
    }
}
