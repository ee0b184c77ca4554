package org.omnistock.analytics.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class SalesWeeksTest {

    private static SalesReport.Day day(String date, long units, String web, String store) {
        return new SalesReport.Day(LocalDate.parse(date), units, new BigDecimal(web).add(new BigDecimal(store)),
                Map.of("WEB", new BigDecimal(web), "STORE", new BigDecimal(store)));
    }

    @Test
    void daysAddUpByWeekFromMondayEachDatedByItsMonday() {
        List<SalesReport.Day> weeks = SalesAnalytics.weeks(List.of(
                day("2026-11-28", 1, "10", "0"),
                day("2026-11-29", 2, "5", "20"),
                day("2026-11-30", 3, "1", "2"),
                day("2026-12-06", 4, "0", "7")));

        assertEquals(2, weeks.size(), "Saturday and Sunday, then Monday to Sunday");
        assertEquals(LocalDate.parse("2026-11-23"), weeks.get(0).day(), "a part week, dated by its Monday");
        assertEquals(3, weeks.get(0).units());
        assertEquals(new BigDecimal("35"), weeks.get(0).revenue());
        assertEquals(new BigDecimal("15"), weeks.get(0).byChannel().get("WEB"));
        assertEquals(LocalDate.parse("2026-11-30"), weeks.get(1).day());
        assertEquals(new BigDecimal("9"), weeks.get(1).byChannel().get("STORE"));
    }
}
