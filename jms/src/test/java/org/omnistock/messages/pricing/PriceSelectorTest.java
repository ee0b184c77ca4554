package org.omnistock.messages.pricing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class PriceSelectorTest {

    private static final Instant T0 = Instant.parse("2026-11-01T00:00:00Z");
    private static final PriceScope BASE = scope("BASE", null, null, null, 0);
    private final List<PriceCandidate> candidates = new ArrayList<>();

    private static PriceScope scope(String list, String channel, String zone, String group, int priority) {
        return new PriceScope(list, "EUR", channel, zone, group, priority, null, null, null);
    }

    private void price(PriceScope scope, String amount, int minQuantity, Instant from) {
        candidates.add(new PriceCandidate(scope, new PriceEntry("A", new BigDecimal(amount), minQuantity, from)));
    }

    private String select(String channel, String zone, String group, int quantity, Instant at) {
        return PriceSelector.select(candidates, new PriceQuery("EUR", channel, zone, group, quantity), at)
                .map(p -> p.priceList() + ":" + p.amount()).orElse("none");
    }

    @Test
    void mostSpecificListWinsOverPriority() {
        price(BASE, "10.00", 1, T0);
        price(scope("ZONE", null, "NORTH", null, 9), "9.00", 1, T0);
        price(scope("WEB", "WEB", null, null, 0), "8.00", 1, T0);
        price(scope("VIP", null, null, "VIP", 0), "7.00", 1, T0);
        price(scope("VIP-WEB", "WEB", null, "VIP", 0), "6.00", 1, T0);
        Instant at = T0.plusSeconds(1);
        assertEquals("BASE:10.00", select("POS", "SOUTH", null, 1, at));
        assertEquals("ZONE:9.00", select("POS", "NORTH", null, 1, at));
        assertEquals("WEB:8.00", select("WEB", "NORTH", null, 1, at), "channel beats zone despite priority");
        assertEquals("VIP:7.00", select("POS", "NORTH", "VIP", 1, at), "group beats channel and zone");
        assertEquals("VIP-WEB:6.00", select("WEB", "NORTH", "VIP", 1, at), "two scopes beat one");
    }

    @Test
    void priorityThenCodeBreakTiesOfEquallySpecificLists() {
        price(scope("B-LIST", "WEB", null, null, 1), "8.00", 1, T0);
        price(scope("A-LIST", "WEB", null, null, 1), "8.50", 1, T0);
        assertEquals("A-LIST:8.50", select("WEB", null, null, 1, T0));
        price(scope("C-LIST", "WEB", null, null, 2), "9.00", 1, T0);
        assertEquals("C-LIST:9.00", select("WEB", null, null, 1, T0));
    }

    @Test
    void latestEffectiveEntryIsInForceAndScheduledOnesWait() {
        price(BASE, "10.00", 1, T0);
        price(BASE, "12.00", 1, T0.plusSeconds(100));
        assertEquals("none", select(null, null, null, 1, T0.minusSeconds(1)));
        assertEquals("BASE:10.00", select(null, null, null, 1, T0.plusSeconds(99)));
        assertEquals("BASE:12.00", select(null, null, null, 1, T0.plusSeconds(100)), "switches at the instant");
    }

    @Test
    void quantityTiersApplyFromTheirMinimum() {
        price(BASE, "10.00", 1, T0);
        price(BASE, "9.00", 10, T0);
        price(BASE, "8.00", 100, T0);
        assertEquals("BASE:10.00", select(null, null, null, 9, T0));
        assertEquals("BASE:9.00", select(null, null, null, 10, T0));
        assertEquals("BASE:8.00", select(null, null, null, 500, T0));
    }

    @Test
    void listWindowAndCurrencyLimitCandidates() {
        price(BASE, "10.00", 1, T0);
        PriceScope sale = new PriceScope("SALE", "EUR", null, null, null, 5, T0.plusSeconds(10), T0.plusSeconds(20),
                null);
        price(sale, "7.00", 1, T0);
        candidates.add(new PriceCandidate(new PriceScope("USD", "USD", null, null, null, 9, null, null, null),
                new PriceEntry("A", new BigDecimal("1.00"), 1, T0)));
        assertEquals("BASE:10.00", select(null, null, null, 1, T0.plusSeconds(9)));
        assertEquals("SALE:7.00", select(null, null, null, 1, T0.plusSeconds(10)));
        assertEquals("BASE:10.00", select(null, null, null, 1, T0.plusSeconds(20)), "validTo is exclusive");
    }

    @Test
    void lowestPriceOfAWindowSeesEveryChangeInIt() {
        price(BASE, "10.00", 1, T0);
        price(BASE, "8.00", 1, T0.plusSeconds(100));
        price(BASE, "11.00", 1, T0.plusSeconds(200));
        price(BASE, "5.00", 10, T0.plusSeconds(150));
        PriceQuery query = new PriceQuery("EUR", null, null, null, 1);
        assertEquals(new BigDecimal("8.00"), PriceSelector.lowest(candidates, query, T0, T0.plusSeconds(300))
                .orElseThrow(), "tiers are not the prior price");
        assertEquals(new BigDecimal("11.00"), PriceSelector.lowest(candidates, query, T0.plusSeconds(200),
                T0.plusSeconds(300)).orElseThrow());
        assertTrue(PriceSelector.lowest(candidates, query, T0.minusSeconds(10), T0.minusSeconds(1)).isEmpty());
    }
}
