package org.omnistock.analytics.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Random;

import org.junit.jupiter.api.Test;

class IntermittentDemandTest {

    @Test
    void seriesAreClassedByIntervalAndVariationOfTheirSellingDays() {
        assertEquals(IntermittentDemand.Kind.SMOOTH, IntermittentDemand.classify(new long[] {5, 6, 5, 4, 5, 6, 5}));
        assertEquals(IntermittentDemand.Kind.ERRATIC, IntermittentDemand.classify(new long[] {1, 9, 1, 12, 1, 8, 2}));
        assertEquals(IntermittentDemand.Kind.INTERMITTENT,
                IntermittentDemand.classify(new long[] {0, 0, 2, 0, 0, 2, 0, 0, 3, 0}));
        assertEquals(IntermittentDemand.Kind.LUMPY,
                IntermittentDemand.classify(new long[] {0, 0, 1, 0, 0, 12, 0, 0, 1, 0}));
        assertEquals(IntermittentDemand.Kind.NONE, IntermittentDemand.classify(new long[] {0, 0, 0}));
        assertEquals(IntermittentDemand.Kind.SMOOTH, IntermittentDemand.classify(new long[] {0, 0, 0, 0, 0, 0, 0, 0,
                2, 2, 2, 2, 2, 6, 0, 2, 2, 2, 2, 2, 6, 0}), "a month before it first sold is not intermittence");
    }

    @Test
    void tsbForecastsTheRateOfAnIntermittentSeries() {
        Random random = new Random(7);
        long[] history = new long[400];
        for (int t = 0; t < history.length; t++) {
            history[t] = random.nextDouble() < 0.25 ? 2 : 0;
        }
        double forecast = IntermittentDemand.tsb(history, 0.05, 0.1, 28);
        assertEquals(0.5, forecast, 0.15, "a quarter of the days sell 2: half a unit a day");
    }

    @Test
    void aSkuThatStoppedSellingDecaysWhereAMeanOfSellingDaysWouldNot() {
        long[] history = new long[120];
        for (int t = 0; t < 60; t++) {
            history[t] = t % 3 == 0 ? 3 : 0;
        }
        double beforeStop = IntermittentDemand.tsb(Arrays.copyOf(history, 60), 0.05, 0.1, 28);
        double afterStop = IntermittentDemand.tsb(history, 0.05, 0.1, 28);
        assertEquals(1.0, beforeStop, 0.2);
        assertTrue(afterStop < beforeStop * 0.1, "60 days without a sale: " + afterStop);
    }

    @Test
    void anEmptyOrSilentHistoryForecastsNothing() {
        assertEquals(0, IntermittentDemand.tsb(new long[0], 0.05, 0.1, 28));
        assertEquals(0, IntermittentDemand.tsb(new long[50], 0.05, 0.1, 28));
    }
}
