package org.omnistock.demo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Predicate;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.omnistock.analytics.control.SalesFacts;

class DemoHistoryTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);
    private static List<DemoHistory.Line> history;

    @BeforeAll
    static void theDemosHistory() {
        history = DemoHistory.lines(DemoRetailer.skus(), DemoRetailer.LOCATIONS, TODAY);
    }

    private static long units(Predicate<DemoHistory.Line> which) {
        return history.stream().filter(which).mapToLong(DemoHistory.Line::units).sum();
    }

    @Test
    void ninetyDaysBeforeTodayEveryChannelAndEveryStore() {
        assertEquals(TODAY.minusDays(90), history.stream().map(DemoHistory.Line::day).min(LocalDate::compareTo)
                .orElseThrow());
        assertEquals(TODAY.minusDays(1), history.stream().map(DemoHistory.Line::day).max(LocalDate::compareTo)
                .orElseThrow(), "today is the demo's own");
        assertEquals(List.of("AMAZON", "APP", SalesFacts.STORE_CHANNEL, "WEB"), history.stream()
                .map(DemoHistory.Line::channel).distinct().sorted().toList());
        assertEquals(10, history.stream().filter(l -> l.location().startsWith("S")).map(DemoHistory.Line::location)
                .distinct().count());
        assertTrue(history.size() > 10_000 && history.size() < 40_000, "quick to load: " + history.size());
    }

    @Test
    void storesAreBusiestOnSaturdayAndTheWebOnSunday() {
        Predicate<DemoHistory.Line> store = l -> l.channel().equals(SalesFacts.STORE_CHANNEL);
        long saturdays = units(store.and(l -> l.day().getDayOfWeek() == DayOfWeek.SATURDAY));
        long sundays = units(store.and(l -> l.day().getDayOfWeek() == DayOfWeek.SUNDAY));
        long tuesdays = units(store.and(l -> l.day().getDayOfWeek() == DayOfWeek.TUESDAY));
        assertTrue(saturdays > 2 * tuesdays && tuesdays > sundays, saturdays + " " + tuesdays + " " + sundays);
        long webSundays = units(l -> l.channel().equals("WEB") && l.day().getDayOfWeek() == DayOfWeek.SUNDAY);
        long webFridays = units(l -> l.channel().equals("WEB") && l.day().getDayOfWeek() == DayOfWeek.FRIDAY);
        assertTrue(webSundays > webFridays, webSundays + " " + webFridays);
    }

    @Test
    void knitwearSoldMoreThanTwiceAsMuchInItsPromotionWeekAt20PercentOff() {
        Predicate<DemoHistory.Line> knitwear = l -> l.sku().startsWith("SWEATER-");
        LocalDate first = TODAY.minusDays(DemoHistory.PROMOTION_FROM);
        long promotionWeek = units(knitwear.and(l -> !l.day().isBefore(first) && !l.day().isAfter(first.plusDays(6))));
        long weekBefore = units(knitwear.and(l -> !l.day().isBefore(first.minusDays(7)) && l.day().isBefore(first)));
        assertTrue(promotionWeek > 2 * weekBefore, promotionWeek + " against " + weekBefore);
        DemoHistory.Line sold = history.stream().filter(knitwear.and(l -> l.day().equals(first)
                && l.location().equals("S001"))).findFirst().orElseThrow();
        assertEquals(0, sold.revenue().compareTo(new BigDecimal("71.96").multiply(
                BigDecimal.valueOf(sold.units()))), "89.95 less 20%");
    }

    @Test
    void cardigansAreTheSlowLineAndOuterwearPicksUpInAutumn() {
        long cardigans = units(l -> l.sku().startsWith("CARDIGAN-"));
        long sweaters = units(l -> l.sku().startsWith("SWEATER-"));
        assertTrue(cardigans * 5 < sweaters, cardigans + " cardigans, " + sweaters + " sweaters");
        Predicate<DemoHistory.Line> outerwear = l -> l.sku().startsWith("RAINCOAT-") || l.sku().startsWith("PUFFER-");
        long september = units(outerwear.and(l -> l.day().isBefore(TODAY.minusDays(60))));
        long november = units(outerwear.and(l -> !l.day().isBefore(TODAY.minusDays(30))));
        assertTrue(november > 1.5 * september, november + " in the last 30 days, " + september + " in the first 30");
    }

    @Test
    void everyDemoHasTheSameHistory() {
        assertEquals(history, DemoHistory.lines(DemoRetailer.skus(), DemoRetailer.LOCATIONS, TODAY));
    }
}
