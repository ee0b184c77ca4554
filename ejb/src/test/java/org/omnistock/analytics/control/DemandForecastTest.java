package org.omnistock.analytics.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.util.Arrays;
import java.util.Random;

import org.junit.jupiter.api.Test;

class DemandForecastTest {

    /** Four weeks from a Monday: 2 a day on weekdays, 6 on Saturday, none on Sunday; 16 a week. */
    private static long[] weeks(int count) {
        long[] week = {2, 2, 2, 2, 2, 6, 0};
        long[] units = new long[7 * count];
        for (int t = 0; t < units.length; t++) {
            units[t] = week[t % 7];
        }
        return units;
    }

    @Test
    void weekdayIndicesAreEachDaysMeanOverTheMeanOfAllDays() {
        double[] indices = DemandForecast.weeklyIndices(weeks(4), DayOfWeek.MONDAY);
        double mean = 16.0 / 7;
        assertEquals(2 / mean, indices[0], 1e-9);
        assertEquals(6 / mean, indices[5], 1e-9, "Saturday");
        assertEquals(0, indices[6], 1e-9, "a day it never sells");
        assertArrayEquals(new double[] {1, 1, 1, 1, 1, 1, 1}, DemandForecast.weeklyIndices(new long[14],
                DayOfWeek.MONDAY), "nothing sold: no shape");
    }

    @Test
    void aSteadyWeeklyPatternIsForecastAsItIs() {
        long[] history = weeks(4);
        double[] indices = DemandForecast.weeklyIndices(history, DayOfWeek.MONDAY);
        double[] next = DemandForecast.forecast(history, DayOfWeek.MONDAY, indices, DemandForecast.ALPHA, 7);
        assertEquals(2.0, next[0], 0.05, "the Monday after");
        assertEquals(6.0, next[5], 0.1, "Saturday");
        assertEquals(0.0, next[6], 1e-9, "Sunday, closed");
        double[] fromWednesday = DemandForecast.forecast(Arrays.copyOfRange(history, 2, history.length),
                DayOfWeek.WEDNESDAY, indices, DemandForecast.ALPHA, 1);
        assertEquals(2.0, fromWednesday[0], 0.05, "a history starting mid-week ends on the same Sunday");
    }

    @Test
    void theLevelFollowsAChangeSlowly() {
        long[] history = new long[28];
        Arrays.fill(history, 0, 21, 1);
        Arrays.fill(history, 21, 28, 3);
        double[] flatWeek = {1, 1, 1, 1, 1, 1, 1};
        double next = DemandForecast.forecast(history, DayOfWeek.MONDAY, flatWeek, 0.1, 1)[0];
        assertEquals(1 + 2 * (1 - Math.pow(0.9, 7)), next, 1e-9, "a week at 3 after three at 1, alpha 0.1");
    }

    @Test
    void wapeIsAbsoluteErrorsOverUnitsSold() {
        DemandForecast.Error error = DemandForecast.error(new long[] {2, 0, 4}, new double[] {1, 1, 4});
        assertEquals(2.0, error.absolute(), 1e-9);
        assertEquals(6.0, error.actual(), 1e-9);
        assertEquals(1.0 / 3, error.wape(), 1e-9);
        assertNull(DemandForecast.error(new long[] {0, 0}, new double[] {1, 0}).wape(), "nothing sold, no WAPE");
        assertEquals(0.5, error.plus(new DemandForecast.Error(1, 0)).wape(), 1e-9);
        assertArrayEquals(new double[] {3, 3}, DemandForecast.flat(new long[] {9, 2, 4}, 2, 2), 1e-9);
        DemandForecast.Error total = DemandForecast.totalError(new long[] {2, 0, 4}, new double[] {1, 1, 3});
        assertEquals(1.0, total.absolute(), 1e-9);
        assertEquals(1.0 / 6, total.wape(), 1e-9, "5 forecast for 6 sold, whatever the days");
    }

    @Test
    void aSkusShareIsItsLocationsMixDrawnTowardTheNetworksByThePrior() {
        double prior = DemandForecast.SHARE_PRIOR_UNITS;
        assertEquals((30 + prior * 0.1) / (100 + prior), DemandForecast.share(30, 100, 1_000, 10_000), 1e-12,
                "a small location: mostly the network's tenth");
        assertEquals(0.3, DemandForecast.share(30_000, 100_000, 1_000, 10_000), 0.01,
                "a location that sold much keeps its own mix");
        assertEquals(0.1, DemandForecast.share(0, 0, 1_000, 10_000), 1e-12, "a new location: the network's mix");
        assertEquals(0, DemandForecast.share(0, 0, 0, 0), "nothing sold anywhere");
        assertEquals(1, DemandForecast.share(96, 96, 100, 100), 1e-12,
                "a store that sells one SKU gives it all its units, whatever else the network sells");
    }

    @Test
    void aLocationsForecastTimesASharesIsTheSkusAndTheLastDaysAreSummed() {
        long[] history = weeks(4);
        double[] indices = DemandForecast.weeklyIndices(history, DayOfWeek.MONDAY);
        double[] location = DemandForecast.forecast(history, DayOfWeek.MONDAY, indices, DemandForecast.ALPHA, 7);
        double[] sku = DemandForecast.times(location, 0.25);
        assertEquals(location[5] / 4, sku[5], 1e-12);
        assertEquals(16, DemandForecast.lastDays(history, 7));
        assertEquals(64, DemandForecast.lastDays(history, 100), "a window longer than the series");
    }

    /**
     * Top-down beats each series on its own where sales are sparse: 20 SKUs at one location, each a Poisson unit
     * every ten days; the location's 14-day total is forecast well, so each SKU's is, within the noise.
     */
    @Test
    void topDownBeatsEachSparseSeriesOnItsOwn() {
        Random random = new Random(7);
        int days = 90;
        int held = 14;
        long[][] skus = new long[20][days];
        long[] location = new long[days];
        for (long[] sku : skus) {
            for (int t = 0; t < days; t++) {
                sku[t] = random.nextDouble() < 0.1 ? 1 : 0;
                location[t] += sku[t];
            }
        }
        long[] trainedLocation = Arrays.copyOf(location, days - held);
        double[] indices = DemandForecast.weeklyIndices(trainedLocation, DayOfWeek.MONDAY);
        double[] locationAhead = DemandForecast.forecast(trainedLocation, DayOfWeek.MONDAY, new double[] {1, 1, 1,
                1, 1, 1, 1}, DemandForecast.ALPHA, held);
        DemandForecast.Error topDown = new DemandForecast.Error(0, 0);
        DemandForecast.Error own = new DemandForecast.Error(0, 0);
        for (long[] sku : skus) {
            long[] trained = Arrays.copyOf(sku, days - held);
            long[] heldOut = Arrays.copyOfRange(sku, days - held, days);
            double share = DemandForecast.share(DemandForecast.lastDays(trained, DemandForecast.SHARE_DAYS),
                    DemandForecast.lastDays(trainedLocation, DemandForecast.SHARE_DAYS), 1, skus.length);
            // every SKU sells alike across the network here: a twentieth each
            topDown = topDown.plus(DemandForecast.totalError(heldOut, DemandForecast.times(locationAhead, share)));
            own = own.plus(DemandForecast.totalError(heldOut, DemandForecast.forecast(trained, DayOfWeek.MONDAY,
                    indices, DemandForecast.ALPHA, held)));
        }
        assertTrue(topDown.wape() < own.wape(), topDown.wape() + " against " + own.wape());
    }
}
