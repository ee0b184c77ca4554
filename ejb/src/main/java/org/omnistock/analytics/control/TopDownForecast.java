package org.omnistock.analytics.control;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every SKU-location series of a network forecast top-down ({@link DemandForecast}): each location's total over its
 * SKUs smoothed with its weekly pattern, times each SKU's share of it. The one way a forecast per SKU and location
 * is made: the forecast page and its held-out test, and the suggested purchase orders.
 */
public final class TopDownForecast {

    /** The days a forecast is made from: the 90 to yesterday, for the forecast page and the suggested orders. */
    public static final int HISTORY_DAYS = 90;

    /** A SKU's daily units at a location, the same days for every series. */
    public record Series(String sku, String name, String location, long[] units) {

        /** The same series cut to its first {@code days} days: what was known then. */
        public Series firstDays(int days) {
            return new Series(sku, name, location, Arrays.copyOf(units, days));
        }
    }

    private TopDownForecast() {
    }

    /**
     * The series of the days sold, {@code days} days from {@code first}, one per SKU and location that sold in
     * them, in the order they first appear.
     */
    public static List<Series> of(List<SalesQueries.DayUnits> sold, LocalDate first, int days) {
        Map<String, Series> series = new LinkedHashMap<>();
        for (SalesQueries.DayUnits day : sold) {
            int t = (int) ChronoUnit.DAYS.between(first, day.day());
            if (t >= 0 && t < days) {
                series.computeIfAbsent(day.sku() + "@" + day.location(), k -> new Series(day.sku(), day.name(),
                        day.location(), new long[days])).units()[t] += day.units();
            }
        }
        return new ArrayList<>(series.values());
    }

    /**
     * Each series' units for the {@code horizon} days after the history, day by day, in the order given. The
     * location totals and the SKUs' network shares are taken from the series given: pass the whole network's, so a
     * series' forecast does not depend on which others are shown.
     */
    public static double[][] forecast(List<Series> series, DayOfWeek firstDay, int horizon) {
        Map<String, long[]> byLocation = new HashMap<>();
        Map<String, Long> skuRecent = new HashMap<>();
        for (Series s : series) {
            long[] total = byLocation.computeIfAbsent(s.location(), k -> new long[s.units().length]);
            for (int t = 0; t < total.length; t++) {
                total[t] += Math.max(0, s.units()[t]);
            }
            skuRecent.merge(s.sku(), DemandForecast.lastDays(s.units(), DemandForecast.SHARE_DAYS), Long::sum);
        }
        // The network's recent units of the SKUs each location sells: what a SKU's network share is taken over.
        Map<String, Long> assortment = new HashMap<>();
        for (Series s : series) {
            if (sold(s.units())) {
                assortment.merge(s.location(), skuRecent.get(s.sku()), Long::sum);
            }
        }
        Map<String, double[]> locationAhead = new HashMap<>();
        byLocation.forEach((location, total) -> {
            // From the location's first selling day: the days before it opened say nothing of its level or week.
            int opened = 0;
            while (opened < total.length - 1 && total[opened] <= 0) {
                opened++;
            }
            long[] open = Arrays.copyOfRange(total, opened, total.length);
            DayOfWeek openedOn = firstDay.plus(opened);
            locationAhead.put(location, DemandForecast.forecast(open, openedOn,
                    DemandForecast.weeklyIndices(open, openedOn), DemandForecast.ALPHA, horizon));
        });
        double[][] ahead = new double[series.size()][];
        for (int i = 0; i < ahead.length; i++) {
            Series s = series.get(i);
            ahead[i] = DemandForecast.times(locationAhead.get(s.location()), DemandForecast.share(
                    DemandForecast.lastDays(s.units(), DemandForecast.SHARE_DAYS),
                    DemandForecast.lastDays(byLocation.get(s.location()), DemandForecast.SHARE_DAYS),
                    skuRecent.get(s.sku()), assortment.getOrDefault(s.location(), 0L)));
        }
        return ahead;
    }

    private static boolean sold(long[] units) {
        for (long u : units) {
            if (u > 0) {
                return true;
            }
        }
        return false;
    }
}
