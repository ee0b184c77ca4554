package org.omnistock.replenishment.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.omnistock.replenishment.control.StockBalancer.Move;
import org.omnistock.replenishment.control.StockBalancer.Site;
import org.omnistock.replenishment.control.StockBalancer.Source;
import org.omnistock.replenishment.control.StockBalancer.Terms;

class StockBalancerTest {

    private static final BigDecimal TWENTY = new BigDecimal("20.00");
    private static final Terms TERMS = new Terms(21, 7, 2.0, 100);

    private static Site store(String code, double latitude, double longitude, long available, double perDay) {
        return new Site(code, false, latitude, longitude, available, 0, perDay, TWENTY);
    }

    /**
     * Worked by hand (target cover 21 days, lead time 7, surplus beyond twice the target, 100 km). Amsterdam sells a unit a day and has 2 (cover 2 days, under the 7 it takes to replenish): it
     * needs 21 - 2 = 19. Den Haag sells half a unit a day and has 3 (cover 6): it needs ceil(10.5) - 3 = 8.
     * Utrecht (35 km from Amsterdam) sells half a unit a day with 60 (cover 120, beyond twice the target of 21): it
     * can give 60 - 11 = 49. Rotterdam sells nothing and has 10: all but one on display, 9. Groningen sells nothing
     * either but is too far (over 100 km).
     */
    private static final List<Site> NETWORK = List.of(
            store("AMS", 52.370, 4.890, 2, 1.0),
            store("UTR", 52.090, 5.110, 60, 0.5),
            store("RTM", 51.920, 4.480, 10, 0),
            store("GRQ", 53.220, 6.570, 40, 0),
            store("DHG", 52.080, 4.310, 3, 0.5));

    @Test
    void theShortestCoverIsFilledFirstFromTheNearestStoreWithSurplus() {
        List<Move> moves = StockBalancer.plan(NETWORK, TERMS, Source.STORES);

        assertEquals(2, moves.size(), moves.toString());
        Move amsterdam = moves.get(0);
        assertEquals("UTR", amsterdam.from());
        assertEquals("AMS", amsterdam.to());
        assertEquals(19, amsterdam.quantity());
        assertTrue(amsterdam.distanceKm() > 30 && amsterdam.distanceKm() < 40, "Utrecht-Amsterdam: "
                + amsterdam.distanceKm());
        assertEquals(2.0, amsterdam.toCoverBefore());
        assertEquals(21.0, amsterdam.toCoverAfter());
        assertEquals(120.0, amsterdam.fromCoverBefore());
        assertEquals(82.0, amsterdam.fromCoverAfter());
        assertEquals(5, amsterdam.unitsSaved(), "without it, Amsterdam runs out of 7 days' sales with 2 units");
        assertEquals(new BigDecimal("100.00"), amsterdam.revenueSaved());

        Move denHaag = moves.get(1);
        assertEquals("RTM", denHaag.from(), "Rotterdam is nearer Den Haag than Utrecht is");
        assertEquals("DHG", denHaag.to());
        assertEquals(8, denHaag.quantity());
        assertNull(denHaag.fromCoverBefore(), "what does not sell has no cover");
        assertEquals(6.0, denHaag.toCoverBefore());
        assertEquals(22.0, denHaag.toCoverAfter());
        assertEquals(1, denHaag.unitsSaved(), "3.5 units sold in 7 days, 4 rounded up, 3 on hand");
    }

    @Test
    void aStoreGivesNoMoreThanItCanSpareAndTheRestComesFromTheNext() {
        List<Move> moves = StockBalancer.plan(List.of(store("AMS", 52.370, 4.890, 2, 1.0),
                store("RTM", 51.920, 4.480, 10, 0), store("UTR", 52.090, 5.110, 25, 0.5)), TERMS, Source.STORES);

        assertEquals(List.of("UTR", "RTM"), moves.stream().map(Move::from).toList(), "nearest first");
        assertEquals(List.of(14L, 5L), moves.stream().map(Move::quantity).toList(),
                "Utrecht (cover 50, over 42) spares 25 - 11 = 14; Rotterdam gives the other 5 of the 19");
        assertEquals(List.of(5L, 0L), moves.stream().map(Move::unitsSaved).toList(),
                "the 5 units of sales the first move saves are not saved again by the second");
    }

    @Test
    void nothingMovesWhenNoStoreIsShortOrNoneCanGive() {
        assertEquals(List.of(), StockBalancer.plan(List.of(store("AMS", 52.370, 4.890, 20, 1.0),
                store("UTR", 52.090, 5.110, 60, 0)), TERMS, Source.STORES), "20 days of cover is not short");
        assertEquals(List.of(), StockBalancer.plan(List.of(store("AMS", 52.370, 4.890, 2, 1.0),
                store("UTR", 52.090, 5.110, 30, 1.0)), TERMS, Source.STORES), "30 days is not twice 21");
        Site incoming = new Site("AMS", false, 52.370, 4.890, 2, 20, 1.0, TWENTY);
        assertEquals(List.of(), StockBalancer.plan(List.of(incoming, store("UTR", 52.090, 5.110, 60, 0)), TERMS,
                Source.STORES), "goods already on their way count");
    }

    @Test
    void warehousesReplenishStoresKeepingTheirOwnCover() {
        Site tilburg = new Site("W01", true, 51.560, 5.090, 50, 0, 2.0, TWENTY);
        List<Move> moves = StockBalancer.plan(List.of(tilburg, store("AMS", 52.370, 4.890, 2, 1.0),
                store("DHG", 52.080, 4.310, 3, 0.5), store("UTR", 52.090, 5.110, 60, 0)), TERMS, Source.WAREHOUSES);

        assertEquals(1, moves.size(), "the warehouse keeps 42 units for its own 2 a day and gives 8: " + moves);
        assertEquals("W01", moves.get(0).from());
        assertEquals("AMS", moves.get(0).to(), "the shortest cover first; Utrecht's surplus is not asked for");
        assertEquals(8, moves.get(0).quantity());
    }
}
