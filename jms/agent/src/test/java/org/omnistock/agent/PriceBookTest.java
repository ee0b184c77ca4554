package org.omnistock.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.omnistock.messages.pricing.PriceEntry;
import org.omnistock.messages.pricing.PriceScope;
import org.omnistock.messages.pricing.PricesChanged;
import org.omnistock.messages.promotion.PricedBasket;
import org.omnistock.messages.promotion.PromotionChanged;
import org.omnistock.messages.promotion.PromotionRule;
import org.omnistock.messages.promotion.PromotionType;
import org.omnistock.messages.promotion.Stacking;
import org.omnistock.messages.promotion.Target;

class PriceBookTest {

    private static final Instant MONDAY = Instant.parse("2026-11-30T09:00:00Z");
    private static final Instant TUESDAY = Instant.parse("2026-12-01T00:00:00Z");

    @TempDir
    Path data;

    private static PricesChanged prices(String list, String zone, int priority, long sequence, PriceEntry... entries) {
        return new PricesChanged(1, "e-" + list + sequence, new PriceScope(list, "EUR", null, zone, null, priority,
                null, null, null), List.of(entries), sequence, MONDAY);
    }

    private static PromotionChanged tenPercentOffShirts(long sequence, boolean withdrawn) {
        return new PromotionChanged(1, "p" + sequence, new PromotionRule("SHIRTS10", "Shirts -10%",
                PromotionType.PERCENT_OFF, Target.CATEGORY, List.of("Shirts"), new BigDecimal("10"), null, null, null,
                null, null, List.of(), null, null, 1, Stacking.COMBINABLE, false, null, null, null),
                withdrawn, sequence, MONDAY);
    }

    private static List<PriceBook.Line> teeAndJeans() {
        return List.of(new PriceBook.Line("TEE", "Shirts", 2), new PriceBook.Line("JEANS", "Trousers", 1));
    }

    @Test
    void theZonesListBeatsTheNationalOneAndAPriceChangeTakesEffectAtItsInstant() throws Exception {
        PriceBook book = new PriceBook(data, "EUR", "NORTH");
        book.apply(prices("NATIONAL", null, 0, 1, new PriceEntry("TEE", new BigDecimal("20.00"), 1, MONDAY),
                new PriceEntry("JEANS", new BigDecimal("80.00"), 1, MONDAY)));
        book.apply(prices("NORTH", "NORTH", 0, 1, new PriceEntry("TEE", new BigDecimal("18.00"), 1, MONDAY)));
        book.apply(prices("SOUTH", "SOUTH", 0, 1, new PriceEntry("TEE", new BigDecimal("15.00"), 1, MONDAY)));
        book.apply(prices("NATIONAL", null, 0, 2, new PriceEntry("JEANS", new BigDecimal("70.00"), 1, TUESDAY)));

        assertEquals(new BigDecimal("116.00"), book.price(teeAndJeans(), null, MONDAY.plusSeconds(60)).total(),
                "2 x 18.00 (the zone's) + 80.00");
        assertEquals(new BigDecimal("106.00"), book.price(teeAndJeans(), null, TUESDAY).total(),
                "the jeans' new price from Tuesday, the old one kept as history");
    }

    @Test
    void promotionsApplyUntilWithdrawnAndAStaleMessageChangesNothing() throws Exception {
        PriceBook book = new PriceBook(data, "EUR", null);
        book.apply(prices("NATIONAL", null, 0, 1, new PriceEntry("TEE", new BigDecimal("20.00"), 1, MONDAY),
                new PriceEntry("JEANS", new BigDecimal("80.00"), 1, MONDAY)));
        assertTrue(book.apply(tenPercentOffShirts(1, false)));

        PricedBasket basket = book.price(teeAndJeans(), null, MONDAY);
        assertEquals(new BigDecimal("116.00"), basket.total(), "4.00 off the shirts");

        assertTrue(book.apply(tenPercentOffShirts(2, true)));
        assertFalse(book.apply(tenPercentOffShirts(1, false)), "the older message, delivered late");
        assertEquals(new BigDecimal("120.00"), book.price(teeAndJeans(), null, MONDAY).total());
        assertFalse(book.apply(prices("NATIONAL", null, 0, 1, new PriceEntry("TEE", BigDecimal.ONE, 1, MONDAY))));
    }

    @Test
    void aRestartedAgentPricesFromTheBookOnDisk() throws Exception {
        PriceBook book = new PriceBook(data, "EUR", null);
        book.apply(prices("NATIONAL", null, 0, 1, new PriceEntry("TEE", new BigDecimal("20.00"), 1, MONDAY),
                new PriceEntry("JEANS", new BigDecimal("80.00"), 1, MONDAY)));
        book.apply(tenPercentOffShirts(1, false));

        PriceBook reopened = new PriceBook(data, "EUR", null);

        assertEquals(book.price(teeAndJeans(), null, MONDAY), reopened.price(teeAndJeans(), null, MONDAY));
        assertFalse(reopened.apply(tenPercentOffShirts(1, false)), "and knows what it had applied");
    }

    @Test
    void aSkuWithoutAPriceHereIsSaidSo() throws Exception {
        PriceBook book = new PriceBook(data, "EUR", "NORTH");
        book.apply(prices("SOUTH", "SOUTH", 0, 1, new PriceEntry("TEE", new BigDecimal("15.00"), 1, MONDAY)));

        PriceBook.NoPrice none = assertThrows(PriceBook.NoPrice.class,
                () -> book.price(List.of(new PriceBook.Line("TEE", "Shirts", 1)), null, MONDAY));
        assertTrue(none.getMessage().contains("TEE"));
    }
}
