package org.omnistock.valuation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.concurrent.ThreadLocalRandom;

import jakarta.inject.Inject;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.EmptyAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.omnistock.platform.Clocks;
import org.omnistock.platform.InstantConverter;
import org.omnistock.platform.ScheduledRuns;
import org.omnistock.platform.Servers;
import org.omnistock.valuation.control.ValuationSnapshots;

/**
 * Closing days of the valuation on the server's real database: each day's closing is the day before's plus the
 * day's valued movements, days without movements carry the closing on, a day is closed once, and nothing is closed
 * before it has settled.
 */
@ExtendWith(ArquillianExtension.class)
class ValuationSnapshotsIT {

    @Deployment
    static WebArchive deployment() {
        return ShrinkWrap.create(WebArchive.class, "valuation-snapshots-it.war")
                .addClasses(ValuationSnapshots.class, ScheduledRuns.class, Servers.class, Clocks.class,
                        InstantConverter.class, PastValuedMovements.class)
                .addAsResource("META-INF/persistence.xml")
                .addAsWebInfResource(EmptyAsset.INSTANCE, "beans.xml");
    }

    @Inject
    ValuationSnapshots snapshots;

    @Inject
    PastValuedMovements movements;

    @Inject
    Clock clock;

    @Test
    void eachDayClosesOnTheDayBeforeAndItsMovementsOnceItHasSettled() {
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        LocalDate first = snapshots.lastClosed().map(d -> d.plusDays(1)).orElse(today.minusDays(4));
        assumeTrue(!first.isAfter(today.minusDays(3)), "days up to " + first.minusDays(1) + " are closed already: "
                + "this test needs a database whose last days are still open (a fresh one, as the build's)");
        long level = 8_000_000_000_000L + ThreadLocalRandom.current().nextLong(1_000_000_000L);
        movements.add(level, 10, "40.00", at(first, 9));
        movements.add(level, -3, "-12.00", at(first, 17));
        movements.add(level, 5, "22.50", at(first.plusDays(2), 8));
        movements.add(level, 0, "1.50", at(first.plusDays(2), 23));
        movements.add(level, -2, "-9.00", at(today, 0));

        // The timer passes now minus ValuationSnapshots.SETTLED: a second before midnight, yesterday has not settled.
        Instant midnight = today.atStartOfDay(ZoneOffset.UTC).toInstant();
        snapshots.closeDaysBefore(midnight.minusSeconds(1));
        assertEquals(today.minusDays(2), snapshots.lastClosed().orElseThrow(),
                "yesterday has not settled yet: a transaction may still commit a movement of its last minutes");
        snapshots.closeDaysBefore(midnight);
        assertEquals(today.minusDays(1), snapshots.lastClosed().orElseThrow());
        assertClosing(level, first, 7, "28.00");
        assertClosing(level, first.plusDays(1), 7, "28.00");
        assertClosing(level, first.plusDays(2), 12, "52.00");
        assertClosing(level, today.minusDays(1), 12, "52.00");
        assertEquals(0, snapshots.closeDaysBefore(midnight), "a day is closed once");
    }

    private void assertClosing(long level, LocalDate day, long units, String value) {
        Object[] closing = movements.closing(level, day);
        assertEquals(units, ((Number) closing[0]).longValue(), "units at the close of " + day);
        assertEquals(0, new BigDecimal(value).compareTo((BigDecimal) closing[1]), "value at the close of " + day
                + ": " + closing[1]);
    }

    private static Instant at(LocalDate day, int hour) {
        return day.atStartOfDay(ZoneOffset.UTC).plusHours(hour).toInstant();
    }
}
