package org.omnistock.analytics.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

class TopDownForecastTest {

    private static long[] days(long... units) {
        return units;
    }

    @Test
    void aLocationsSkusShareItsForecastAndTheirSharesAddUpToIt() {
        long[] tees = new long[28];
        long[] jeans = new long[28];
        Arrays.fill(tees, 3);
        Arrays.fill(jeans, 1);
        List<TopDownForecast.Series> series = List.of(new TopDownForecast.Series("TEE", "Tee", "S1", tees),
                new TopDownForecast.Series("JEANS", "Jeans", "S1", jeans));
        double[][] ahead = TopDownForecast.forecast(series, DayOfWeek.MONDAY, 7);
        assertEquals(4.0, ahead[0][0] + ahead[1][0], 1e-9, "the location's four a day, all shared out");
        assertEquals(3.0, ahead[0][0], 1e-9, "the network's mix is the location's here");
    }

    @Test
    void aStoreThatOpenedLatelyIsForecastAtItsLevelNotDraggedDownByTheDaysBefore() {
        long[] units = new long[90];
        Arrays.fill(units, 76, 90, 2);
        double[][] ahead = TopDownForecast.forecast(List.of(new TopDownForecast.Series("TEE", "Tee", "NEW", units)),
                DayOfWeek.MONDAY, 7);
        assertEquals(2.0, ahead[0][0], 1e-9, "two a day since it opened");
    }

    @Test
    void aStoreThatSellsOneSkuGivesItAllItsUnitsWhateverElseTheNetworkSells() {
        long[] big = new long[42];
        Arrays.fill(big, 10);
        long[] small = new long[42];
        small[41] = 1;
        long[] otherAtBig = new long[42];
        Arrays.fill(otherAtBig, 30);
        List<TopDownForecast.Series> series = List.of(new TopDownForecast.Series("A", "A", "BIG", big),
                new TopDownForecast.Series("B", "B", "BIG", otherAtBig),
                new TopDownForecast.Series("A", "A", "SMALL", small));
        double[][] ahead = TopDownForecast.forecast(series, DayOfWeek.MONDAY, 1);
        assertEquals(10.0, ahead[0][0], 0.05, "BIG's own mix, a little of SMALL's sale of A in the network's");
        assertEquals(40.0, ahead[0][0] + ahead[1][0], 1e-9, "all BIG's units shared out");
        assertEquals(1.0, ahead[2][0], 1e-9, "SMALL opened yesterday and sold one, all of it A's, though A is a "
                + "quarter of the network");
    }

    @Test
    void seriesAreBuiltFromTheDaysSoldOnePerSkuAndLocation() {
        LocalDate first = LocalDate.of(2026, 11, 2);
        List<TopDownForecast.Series> series = TopDownForecast.of(List.of(
                new SalesQueries.DayUnits("A", "A", "S1", first, 2),
                new SalesQueries.DayUnits("A", "A", "S1", first.plusDays(2), 3),
                new SalesQueries.DayUnits("A", "A", "S2", first.plusDays(1), 1),
                new SalesQueries.DayUnits("A", "A", "S2", first.plusDays(9), 1)), first, 3);
        assertEquals(2, series.size());
        assertEquals("S1", series.get(0).location());
        assertEquals(Arrays.toString(days(2, 0, 3)), Arrays.toString(series.get(0).units()));
        assertEquals(Arrays.toString(days(0, 1, 0)), Arrays.toString(series.get(1).units()), "a day outside left out");
    }
}
