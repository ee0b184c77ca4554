package org.omnistock.analytics.control;

import java.time.DayOfWeek;
import java.util.Arrays;

/**
 * Demand forecast by simple exponential smoothing with weekly seasonality, at the level where sales are dense, as
 * pure functions over daily unit series.
 *
 * <p>Most SKU-location series sell a unit or two a week; smoothing each on its own mostly follows its noise. So a
 * SKU at a location is forecast top-down ({@link TopDownForecast}): the location's total over all SKUs (dense) is
 * smoothed, and the SKU gets its share of it ({@link #share}): its share of the location's units over the last
 * {@link #SHARE_DAYS} days, drawn toward its share of the network's sales of the location's SKUs by a prior worth
 * {@link #SHARE_PRIOR_UNITS} of the location's own sales. A location's own mix counts more the more it sells, and a
 * series with few sales takes the network's mix.</p>
 *
 * <p>The smoothing: each day of the week has a multiplicative index (its mean over the mean of all days, taken from
 * a series that sells enough to show the week's shape: the location's total over all its SKUs, not one SKU's few
 * units; 0 for a day it never sells, which then says nothing of the level). The series, divided by those indices,
 * is smoothed into a level ({@code level = alpha * units / index + (1 - alpha) * level}, starting from the first
 * week's mean); the forecast for a day ahead is the level times that day's index. The same smoothing of each SKU's
 * own series is kept as the forecast page's yardstick.</p>
 *
 * <p>Accuracy is the weighted absolute percentage error (WAPE): the sum of absolute errors over the sum of actual
 * units, which stays defined for series of zeros and weighs fast sellers most; taken day by day, and on each
 * series' total over the period (what replenishing for the period depends on). Day by day, a SKU that sells a unit
 * every few days has a WAPE above 1 whatever the method (the days it sells one are far off any mean); its total over
 * two weeks is what can be forecast.</p>
 */
public final class DemandForecast {

    /**
     * The smoothing weight of the newest day: a memory of about 40 days. Measured on the demo's history (last 14 of
     * 90 days held out; WAPE on each series' two-week total, a flat 30-day mean 0.728), smoothing each SKU-location
     * series on its own: alpha 0.02 0.680, 0.05 0.712, 0.1 0.799, 0.2 0.944, 0.3 1.057. On a location's total,
     * dense, top-down as now: 0.05 0.636, 0.1 0.636, 0.2 0.637. 0.02 (about 100 days) would take a season to follow
     * a change of trend, so 0.05.
     */
    public static final double ALPHA = 0.05;

    /**
     * The days a SKU's share is counted over: long enough to hold a slow SKU's sales, short enough to follow a
     * season (outerwear's autumn). Measured with the share prior below (2,718 series): 28 days 0.638, 42 0.636, 76
     * 0.642.
     */
    public static final int SHARE_DAYS = 42;

    /**
     * How many of the location's own units the network's mix is worth. Measured on the demo's history (WAPE on the
     * two-week totals; the flat mean 0.730, the series' own smoothing 0.714): the location's mix alone 0.691, a
     * prior of 500 units 0.657, 2,000 0.636, the network's mix alone 0.627. The demo's stores share one mix; a real
     * network's stores do not all, so a prior a store's six weeks outweigh rather than the network's mix alone.
     */
    public static final double SHARE_PRIOR_UNITS = 2_000;

    private DemandForecast() {
    }

    /**
     * Each weekday's index, Monday first: its mean units over the mean of all days; 1 for every day when the series
     * sold nothing.
     */
    public static double[] weeklyIndices(long[] units, DayOfWeek firstDay) {
        double[] sum = new double[7];
        int[] days = new int[7];
        double total = 0;
        for (int t = 0; t < units.length; t++) {
            int weekday = firstDay.plus(t).getValue() - 1;
            sum[weekday] += Math.max(0, units[t]);
            days[weekday]++;
            total += Math.max(0, units[t]);
        }
        double[] indices = new double[7];
        double mean = units.length == 0 ? 0 : total / units.length;
        for (int d = 0; d < 7; d++) {
            indices[d] = mean == 0 || days[d] == 0 ? 1 : sum[d] / days[d] / mean;
        }
        return indices;
    }

    /** The units of the {@code horizon} days after the history, day by day. */
    public static double[] forecast(long[] history, DayOfWeek firstDay, double[] indices, double alpha,
                                    int horizon) {
        double level = 0;
        int start = Math.min(7, history.length);
        int counted = 0;
        for (int t = 0; t < start; t++) {
            double index = indices[firstDay.plus(t).getValue() - 1];
            if (index > 0) {
                level += Math.max(0, history[t]) / index;
                counted++;
            }
        }
        level = counted == 0 ? 0 : level / counted;
        for (int t = start; t < history.length; t++) {
            double index = indices[firstDay.plus(t).getValue() - 1];
            if (index > 0) {
                level = alpha * Math.max(0, history[t]) / index + (1 - alpha) * level;
            }
        }
        double[] ahead = new double[horizon];
        for (int h = 0; h < horizon; h++) {
            ahead[h] = level * indices[firstDay.plus((long) history.length + h).getValue() - 1];
        }
        return ahead;
    }

    /**
     * A SKU's share of a location's units: its units there over the location's, drawn toward its share of the
     * network's units of the SKUs the location sells (its assortment: a store that sells one SKU gives it all its
     * units, however small its part of the network) by a prior worth {@link #SHARE_PRIOR_UNITS} of the location's
     * units. The shares of a location's SKUs add up to 1; 0 when nothing sold.
     */
    public static double share(long skuHere, long allHere, long skuInNetwork, long assortmentInNetwork) {
        double network = assortmentInNetwork <= 0 ? 0 : (double) Math.max(0, skuInNetwork) / assortmentInNetwork;
        return (Math.max(0, skuHere) + SHARE_PRIOR_UNITS * network) / (Math.max(0, allHere) + SHARE_PRIOR_UNITS);
    }

    /** The units of the last {@code days} days of the series. */
    public static long lastDays(long[] units, int days) {
        long sum = 0;
        for (int t = Math.max(0, units.length - days); t < units.length; t++) {
            sum += Math.max(0, units[t]);
        }
        return sum;
    }

    /** A forecast times a share: a location's forecast made a SKU's. */
    public static double[] times(double[] forecast, double share) {
        double[] scaled = new double[forecast.length];
        for (int t = 0; t < forecast.length; t++) {
            scaled[t] = forecast[t] * share;
        }
        return scaled;
    }

    /** The forecast of the naive yardstick: the mean of the last {@code days} days, flat. */
    public static double[] flat(long[] history, int days, int horizon) {
        int from = Math.max(0, history.length - days);
        double sum = 0;
        for (int t = from; t < history.length; t++) {
            sum += Math.max(0, history[t]);
        }
        double mean = history.length == from ? 0 : sum / (history.length - from);
        double[] ahead = new double[horizon];
        Arrays.fill(ahead, mean);
        return ahead;
    }

    /** Absolute errors summed, and actual units summed: WAPE is the first over the second. */
    public record Error(double absolute, double actual) {

        public Error plus(Error other) {
            return new Error(absolute + other.absolute, actual + other.actual);
        }

        /** The WAPE, or null when nothing sold. */
        public Double wape() {
            return actual == 0 ? null : absolute / actual;
        }
    }

    /** The error of the period's total: what replenishing for the period depends on. */
    public static Error totalError(long[] actual, double[] forecast) {
        double sold = 0;
        double expected = 0;
        for (int t = 0; t < actual.length; t++) {
            sold += actual[t];
            expected += forecast[t];
        }
        return new Error(Math.abs(sold - expected), Math.abs(sold));
    }

    /** The error day by day. */
    public static Error error(long[] actual, double[] forecast) {
        double absolute = 0;
        double sold = 0;
        for (int t = 0; t < actual.length; t++) {
            absolute += Math.abs(actual[t] - forecast[t]);
            sold += Math.abs(actual[t]);
        }
        return new Error(absolute, sold);
    }
}
