package org.omnistock.analytics.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

class MetricsTest {

    @Test
    void velocityIsUnitsADayOverTheWindow() {
        assertEquals(2.0, Metrics.velocity(60, 30));
        assertEquals(0.5, Metrics.velocity(45, 90));
        assertThrows(IllegalArgumentException.class, () -> Metrics.velocity(5, 0));
    }

    @Test
    void coverIsHowManyDaysTheAvailableUnitsLast() {
        assertEquals(15.0, Metrics.daysOfCover(30, 2.0));
        assertEquals(0.0, Metrics.daysOfCover(0, 2.0));
        assertEquals(0.0, Metrics.daysOfCover(-3, 2.0), "an oversold level lasts no day, not minus days");
        assertNull(Metrics.daysOfCover(30, 0.0), "stock that does not sell has no cover, not infinite cover");
        assertNull(Metrics.daysOfCover(30, -0.1), "more returns than sales is no velocity");
    }

    @Test
    void sellThroughIsSoldOverSoldPlusOnHand() {
        assertEquals(0.25, Metrics.sellThrough(10, 30));
        assertEquals(1.0, Metrics.sellThrough(10, 0));
        assertEquals(0.0, Metrics.sellThrough(0, 30));
        assertEquals(0.0, Metrics.sellThrough(-2, 30), "a period of returns sold nothing");
        assertNull(Metrics.sellThrough(0, 0));
    }

    @Test
    void aStockOutIsAtRiskWhenCoverIsShorterThanTheLeadTime() {
        assertTrue(Metrics.stockOutRisk(6.9, 7));
        assertFalse(Metrics.stockOutRisk(7.0, 7));
        assertTrue(Metrics.stockOutRisk(0.0, 1));
        assertFalse(Metrics.stockOutRisk(null, 7), "what does not sell cannot run out");
    }

    @Test
    void marginIsOverTheRevenueWhoseCostIsKnown() {
        assertEquals(new BigDecimal("0.4000"), Metrics.margin(new BigDecimal("100.00"), new BigDecimal("60.00")));
        assertEquals(new BigDecimal("-0.2500"), Metrics.margin(new BigDecimal("80"), new BigDecimal("100")));
        assertNull(Metrics.margin(BigDecimal.ZERO, BigDecimal.ZERO));
    }

    @Test
    void changeIsAgainstThePreviousPeriod() {
        assertEquals(new BigDecimal("0.5000"), Metrics.change(new BigDecimal("150"), new BigDecimal("100")));
        assertEquals(new BigDecimal("-1.0000"), Metrics.change(BigDecimal.ZERO, new BigDecimal("100")));
        assertEquals(new BigDecimal("2.0000"), Metrics.change(new BigDecimal("10"), new BigDecimal("-10")),
                "from a period of net returns to one of sales is a rise");
        assertNull(Metrics.change(new BigDecimal("10"), BigDecimal.ZERO));
    }

    @Test
    void stockIsAgedByTheDaysSinceGoodsLastCameIn() {
        assertEquals(0, Metrics.ageBucket(0L));
        assertEquals(0, Metrics.ageBucket(30L));
        assertEquals(1, Metrics.ageBucket(31L));
        assertEquals(3, Metrics.ageBucket(180L));
        assertEquals(4, Metrics.ageBucket(181L), "older than the last bucket");
        assertEquals(5, Metrics.ageBucket(null), "never received: counted in or adjusted only");
    }

    @Test
    void stockThatDidNotSellOrWillTakeOverNinetyDaysIsASlowMover() {
        assertTrue(Metrics.slowMover(5, null), "on hand, sold nothing in 30 days");
        assertTrue(Metrics.slowMover(5, 90.5));
        assertFalse(Metrics.slowMover(5, 90.0));
        assertFalse(Metrics.slowMover(0, null), "nothing on hand is not slow");
    }
}
