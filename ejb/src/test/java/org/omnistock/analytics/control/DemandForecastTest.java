package org.omnistock.analytics.control;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.DayOfWeek;
import java.util.Arrays;

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
}
