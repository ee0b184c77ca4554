package org.omnistock.fulfilment.routing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.omnistock.fulfilment.routing.Decision.Outcome;
import org.omnistock.fulfilment.routing.Exclusion.Reason;

class RoutingEngineTest {

    /** Amsterdam, where most parcels of these tests go. */
    private static final double LAT = 52.37;
    private static final double LON = 4.90;

    private static Site store(String code, double lat, double lon) {
        return new Site(code, "STORE", lat, lon, true, true, 40, 0, 4.0, 0);
    }

    private static Site warehouse(String code, double lat, double lon) {
        return new Site(code, "WAREHOUSE", lat, lon, true, false, null, 0, 3.0, 0);
    }

    private static Strategy strategy(String name, int maxSplits, double splitPenalty) {
        return new Strategy(name, Set.of(), Set.of(), Set.of(), null, 0, Set.of(), true, Weights.BALANCED,
                splitPenalty, maxSplits, false, false);
    }

    private static RoutingRequest ship(Demand... lines) {
        return new RoutingRequest("WEB", DeliveryMode.SHIP, LAT, LON, null, List.of(lines), Map.of(), null, null);
    }

    private static Decision decide(Strategy strategy, RoutingRequest request, List<Site> sites,
                                   Map<String, int[]> available) {
        return RoutingEngine.decide(new RuleSet(1, List.of(strategy)), request, sites, available);
    }

    @Test
    void theNearestLocationThatHasEverythingWinsAndTheRunnerUpSaysWhatItLacked() {
        List<Site> sites = List.of(store("S-AMS", 52.36, 4.89), store("S-UTR", 52.09, 5.12));
        Decision decision = decide(strategy("nearest", 0, 5), ship(new Demand(1, "A", 1)), sites,
                Map.of("S-AMS", new int[] {5}, "S-UTR", new int[] {5}));

        assertEquals(Outcome.ALLOCATED, decision.outcome());
        assertEquals(List.of("S-AMS"), decision.plan().locations());
        assertEquals(List.of("S-UTR"), decision.runnerUp().locations());
        assertTrue(decision.summary().contains("km farther"), decision.summary());
        assertEquals(2, decision.candidates().size());
    }

    @Test
    void anOrderTakesOnlyFromItsChannelsLocationsAndOnlyWhatTheChannelMaySell() {
        List<Site> sites = List.of(store("S-AMS", 52.36, 4.89), store("S-UTR", 52.09, 5.12),
                warehouse("W-1", 52.0, 5.0));
        Map<String, int[]> available = Map.of("S-AMS", new int[] {12, 4, 1}, "S-UTR", new int[] {12, 4, 1},
                "W-1", new int[] {12, 4, 1});
        RoutingRequest request = new RoutingRequest("AMAZON", DeliveryMode.SHIP, LAT, LON, null,
                List.of(new Demand(1, "A", 5), new Demand(2, "B", 2), new Demand(3, "A", 1)), Map.of(),
                Set.of("S-UTR", "W-1"), Map.of("A", new ChannelLimit(2, "channel AMAZON may sell 2: 12 available "
                        + "at its locations, 10 held back by a buffer of 10 units for all SKUs")));

        Decision decision = RoutingEngine.decide(new RuleSet(1, List.of(strategy("one", 2, 5))), request, sites,
                available);

        assertEquals(Outcome.PARTLY_ALLOCATED, decision.outcome(), decision.summary());
        assertTrue(decision.plan().locations().stream().noneMatch("S-AMS"::equals));
        Map<Integer, Integer> allocated = new HashMap<>();
        decision.plan().allocations().forEach(a -> a.lines().forEach(l -> allocated.merge(l.lineNo(), l.quantity(),
                Integer::sum)));
        assertEquals(Map.of(1, 2, 2, 2), allocated, "two of line 1, the channel's whole share of A; all of B");
        assertEquals(List.of(1, 3), decision.unfilled().stream().map(Decision.Unfilled::lineNo).toList());
        assertEquals(3, decision.unfilled().get(0).quantity());
        assertTrue(decision.unfilled().get(0).reason().contains("buffer of 10 units"), decision.unfilled().toString());
        assertTrue(decision.summary().contains("4 unit(s) wait"), decision.summary());
        Exclusion notInChannel = decision.exclusions().stream().filter(e -> e.location().equals("S-AMS"))
                .findFirst().orElseThrow();
        assertEquals(Reason.NOT_IN_CHANNEL, notInChannel.reason());
        assertEquals("channel AMAZON does not draw on it", notInChannel.detail());
    }

    @Test
    void aChannelThatMaySellNoneOfTheLinesLeavesTheGroupUnfillableAndSaysWhy() {
        RoutingRequest request = new RoutingRequest("AMAZON", DeliveryMode.SHIP, LAT, LON, null,
                List.of(new Demand(1, "A", 1)), Map.of(), null, Map.of("A", new ChannelLimit(0, "channel AMAZON "
                + "may sell 0")));

        Decision decision = RoutingEngine.decide(new RuleSet(1, List.of(strategy("one", 0, 5))), request,
                List.of(store("S-AMS", 52.36, 4.89)), Map.of("S-AMS", new int[] {5}));

        assertEquals(Outcome.UNFILLABLE, decision.outcome());
        assertNull(decision.plan());
        assertEquals("unfillable: 1 unit(s) wait: A, channel AMAZON may sell 0", decision.summary());
    }

    @Test
    void everyLocationLeftOutSaysWhy() {
        Site far = store("S-PAR", 48.86, 2.35);
        Site full = new Site("S-FULL", "STORE", LAT, LON, true, true, 10, 10, 4, 0);
        Site noShip = new Site("S-NOSHIP", "STORE", LAT, LON, false, true, 40, 0, 4, 0);
        Site rejected = store("S-REJ", LAT, LON);
        Site ruled = store("S-RULE", LAT, LON);
        Site empty = store("S-EMPTY", LAT, LON);
        Site dark = new Site("D-1", "DARK_STORE", LAT, LON, true, false, null, 0, 1, 0);
        Site good = store("S-OK", LAT, LON);
        Strategy strategy = new Strategy("stores near", Set.of(), Set.of(), Set.of("STORE"), 300.0, 0,
                Set.of("S-RULE"), true, Weights.BALANCED, 5, 0, false, false);
        Map<String, int[]> available = new HashMap<>();
        for (Site site : List.of(far, full, noShip, rejected, ruled, dark, good)) {
            available.put(site.code(), new int[] {3});
        }
        RoutingRequest request = new RoutingRequest("WEB", DeliveryMode.SHIP, LAT, LON, null,
                List.of(new Demand(1, "A", 1)), Map.of("S-REJ", "rejected it: NO_STOCK"), null, null);

        Decision decision = decide(strategy, request, List.of(far, full, noShip, rejected, ruled, empty, dark, good),
                available);

        assertEquals(List.of("S-OK"), decision.plan().locations());
        Map<String, Reason> reasons = new HashMap<>();
        decision.exclusions().forEach(e -> reasons.put(e.location(), e.reason()));
        assertEquals(Map.of("S-PAR", Reason.TOO_FAR, "S-FULL", Reason.AT_CAPACITY, "S-NOSHIP", Reason.CANNOT_SHIP,
                "S-REJ", Reason.EXCLUDED_FOR_ORDER, "S-RULE", Reason.EXCLUDED_BY_RULE, "S-EMPTY", Reason.NO_STOCK,
                "D-1", Reason.LOCATION_TYPE), reasons);
        assertTrue(decision.exclusions().stream().anyMatch(e -> e.detail().equals("10/10 fulfilments today")));
    }

    @Test
    void linesNoLocationHasTogetherAreSplitAndTheSplitCostsItsPenalty() {
        List<Site> sites = List.of(store("S1", 52.36, 4.89), store("S2", 52.38, 4.91));
        Map<String, int[]> available = Map.of("S1", new int[] {2, 0}, "S2", new int[] {0, 2});
        RoutingRequest request = ship(new Demand(1, "A", 1), new Demand(2, "B", 1));

        Decision noSplits = decide(strategy("one parcel", 0, 5), request, sites, available);
        assertEquals(Outcome.UNFILLABLE, noSplits.outcome());
        assertEquals(2, noSplits.unfilled().size());

        Decision split = decide(strategy("up to two", 1, 5), request, sites, available);
        assertEquals(Outcome.ALLOCATED, split.outcome());
        assertEquals(List.of("S1", "S2"), split.plan().locations());
        assertEquals(1, split.plan().splits());
        double own = split.candidates().stream().mapToDouble(Decision.Candidate::points).sum();
        double cover = 2 * (1.0 / 2 / 2);
        assertEquals(own + cover + 5, split.plan().points(), 1e-9);
    }

    @Test
    void aLineMaySplitAcrossLocationsOnlyWhenTheStrategySaysSo() {
        List<Site> sites = List.of(store("S1", 52.36, 4.89), store("S2", 52.38, 4.91));
        Map<String, int[]> available = Map.of("S1", new int[] {2}, "S2", new int[] {3});
        RoutingRequest request = ship(new Demand(1, "A", 4));

        assertEquals(Outcome.UNFILLABLE, decide(strategy("whole lines", 1, 1), request, sites, available)
                .outcome());
        Strategy splitLines = new Strategy("split lines", Set.of(), Set.of(), Set.of(), null, 0, Set.of(), true,
                Weights.BALANCED, 1, 1, true, false);
        Decision decision = decide(splitLines, request, sites, available);
        assertEquals(Outcome.ALLOCATED, decision.outcome());
        Map<String, Integer> taken = new HashMap<>();
        decision.plan().allocations().forEach(a -> taken.put(a.location(), a.lines().get(0).quantity()));
        assertEquals(Map.of("S2", 3, "S1", 1), taken);
    }

    @Test
    void whatALocationKeepsBackIsNotGiven() {
        Strategy keepTwo = new Strategy("keep two", Set.of(), Set.of(), Set.of(), null, 2, Set.of(), true,
                Weights.BALANCED, 5, 0, false, false);
        Decision decision = decide(keepTwo, ship(new Demand(1, "A", 2)),
                List.of(store("S1", 52.36, 4.89), store("S2", 52.0, 5.0)),
                Map.of("S1", new int[] {3}, "S2", new int[] {4}));

        assertEquals(List.of("S2"), decision.plan().locations());
    }

    @Test
    void aBusierOrCostlierOrMoreRejectingLocationLoses() {
        Site idle = new Site("S-IDLE", "STORE", LAT, LON, true, true, 40, 2, 4, 0);
        Site busy = new Site("S-BUSY", "STORE", LAT, LON, true, true, 40, 38, 4, 0);
        Site dear = new Site("S-DEAR", "STORE", LAT, LON, true, true, 40, 2, 40, 0);
        Site rejecting = new Site("S-REJECTS", "STORE", LAT, LON, true, true, 40, 2, 4, 0.5);
        Map<String, int[]> available = Map.of("S-IDLE", new int[] {9}, "S-BUSY", new int[] {9}, "S-DEAR",
                new int[] {9}, "S-REJECTS", new int[] {9});
        for (Site other : List.of(busy, dear, rejecting)) {
            Decision decision = decide(strategy("balanced", 0, 5), ship(new Demand(1, "A", 1)),
                    List.of(other, idle), available);
            assertEquals(List.of("S-IDLE"), decision.plan().locations(), other.code());
        }
    }

    @Test
    void takingTheLastUnitsOfAStoreCostsMoreThanAFewOfAWarehouse() {
        Decision decision = decide(strategy("cover", 0, 5), ship(new Demand(1, "A", 2)),
                List.of(new Site("S1", "STORE", LAT, LON, true, true, null, 0, 3, 0),
                        new Site("W1", "WAREHOUSE", LAT, LON, true, false, null, 0, 3, 0)),
                Map.of("S1", new int[] {2}, "W1", new int[] {200}));

        assertEquals(List.of("W1"), decision.plan().locations());
    }

    @Test
    void equalLocationsAreDecidedByCodeWhateverTheOrderTheyComeIn() {
        List<Site> sites = new ArrayList<>(List.of(store("S3", LAT, LON), store("S1", LAT, LON),
                store("S2", LAT, LON)));
        Map<String, int[]> available = Map.of("S1", new int[] {5}, "S2", new int[] {5}, "S3", new int[] {5});
        for (long seed = 0; seed < 5; seed++) {
            Collections.shuffle(sites, new Random(seed));
            Decision decision = decide(strategy("ties", 1, 5), ship(new Demand(1, "A", 1)), sites, available);
            assertEquals(List.of("S1"), decision.plan().locations());
            assertEquals(List.of("S2"), decision.runnerUp().locations());
        }
    }

    @Test
    void strategiesAreTriedInOrderAndEachSaysWhatCameOfIt() {
        Strategy stores = new Strategy("stores", Set.of(), Set.of(), Set.of("STORE"), null, 0, Set.of(), true,
                Weights.BALANCED, 5, 0, false, false);
        Strategy warehouses = new Strategy("warehouses", Set.of(), Set.of(), Set.of("WAREHOUSE"), null, 0,
                Set.of(), true, Weights.BALANCED, 5, 0, false, false);
        Strategy marketplaceOnly = new Strategy("marketplace", Set.of(), Set.of("AMAZON"), Set.of(), null, 0,
                Set.of(), true, Weights.BALANCED, 5, 0, false, false);
        Decision decision = RoutingEngine.decide(new RuleSet(7, List.of(marketplaceOnly, stores, warehouses)),
                ship(new Demand(1, "A", 3)), List.of(store("S1", LAT, LON), warehouse("W1", 51.9, 4.5)),
                Map.of("S1", new int[] {1}, "W1", new int[] {50}));

        assertEquals(7, decision.ruleSetVersion());
        assertEquals("warehouses", decision.strategy());
        assertEquals(3, decision.attempts().size());
        assertTrue(decision.attempts().get(0).result().startsWith("not for ship"), decision.attempts().toString());
        assertTrue(decision.attempts().get(1).result().startsWith("no single location fills every line"),
                decision.attempts().toString());
        assertTrue(decision.attempts().get(2).result().startsWith("chosen: W1"), decision.attempts().toString());
    }

    @Test
    void aStrategyThatAllowsItAllocatesWhatItCanAndSaysWhatWaits() {
        Strategy partial = new Strategy("partial", Set.of(), Set.of(), Set.of(), null, 0, Set.of(), true,
                Weights.BALANCED, 5, 0, false, true);
        Decision decision = decide(partial, ship(new Demand(1, "A", 1), new Demand(2, "B", 4)),
                List.of(store("S1", LAT, LON)), Map.of("S1", new int[] {3, 1}));

        assertEquals(Outcome.PARTLY_ALLOCATED, decision.outcome());
        assertEquals(1, decision.plan().allocations().get(0).lines().size());
        assertEquals(1, decision.unfilled().size());
        assertEquals("the most any candidate can give is 1 of 4", decision.unfilled().get(0).reason());
    }

    @Test
    void aPickupComesFromThePickupStoreOrIsShippedThereWhenTheStrategyAllows() {
        Site pickup = store("S1", 52.36, 4.89);
        Site other = store("S2", 52.09, 5.12);
        Map<String, int[]> available = Map.of("S1", new int[] {3}, "S2", new int[] {5});
        RoutingRequest collect = new RoutingRequest("WEB", DeliveryMode.PICKUP, 52.36, 4.89, "S1",
                List.of(new Demand(1, "A", 1)), Map.of(), null, null);

        Decision own = decide(strategy("pickup", 0, 5), collect, List.of(pickup, other), available);
        assertEquals(List.of("S1"), own.plan().locations());
        assertEquals(0, own.plan().distanceKm(), 1e-9);
        assertTrue(!own.plan().allocations().get(0).shipsToStore());

        RoutingRequest two = new RoutingRequest("WEB", DeliveryMode.PICKUP, 52.36, 4.89, "S1",
                List.of(new Demand(1, "A", 4)), Map.of(), null, null);
        Strategy ownStockOnly = new Strategy("own stock", Set.of(DeliveryMode.PICKUP), Set.of(), Set.of(), null, 0,
                Set.of(), false, Weights.BALANCED, 5, 0, false, false);
        Decision notShipped = decide(ownStockOnly, two, List.of(pickup, other), available);
        assertEquals(Outcome.UNFILLABLE, notShipped.outcome());
        assertTrue(notShipped.exclusions().stream().anyMatch(e -> e.location().equals("S2")
                && e.reason() == Reason.NOT_THE_PICKUP_STORE));

        Decision shipped = decide(strategy("ship to store", 0, 5), two, List.of(pickup, other), available);
        assertEquals(List.of("S2"), shipped.plan().locations());
        assertTrue(shipped.plan().allocations().get(0).shipsToStore());
    }

    @Test
    void inALargeNetworkAScarceSkuStillFindsItsOnlyLocation() {
        List<Site> sites = new ArrayList<>();
        Map<String, int[]> available = new HashMap<>();
        for (int i = 0; i < 200; i++) {
            String code = String.format("S%03d", i);
            sites.add(store(code, LAT + i * 0.01, LON));
            available.put(code, new int[] {10, 0});
        }
        sites.add(warehouse("W-FAR", 50.0, 8.0));
        available.put("W-FAR", new int[] {0, 1});

        Decision decision = decide(strategy("network", 2, 1), ship(new Demand(1, "A", 1), new Demand(2, "RARE", 1)),
                sites, available);

        assertEquals(Outcome.ALLOCATED, decision.outcome());
        assertTrue(decision.plan().locations().contains("W-FAR"), decision.plan().toString());
        assertTrue(decision.plan().locations().contains("S000"), decision.plan().toString());
    }

    /**
     * On small random networks the engine's plan costs exactly what the cheapest of all possible plans costs, found
     * by trying every assignment of lines to locations.
     */
    @Test
    void itsPlanIsTheCheapestOfAllPlansWithinTheSplitLimit() {
        Random random = new Random(42);
        int compared = 0;
        for (int round = 0; round < 400; round++) {
            int locationCount = 2 + random.nextInt(6);
            int lineCount = 1 + random.nextInt(4);
            List<Site> sites = new ArrayList<>();
            Map<String, int[]> available = new HashMap<>();
            for (int l = 0; l < locationCount; l++) {
                String code = "L" + l;
                Integer limit = random.nextBoolean() ? null : 5 + random.nextInt(20);
                int used = limit == null ? random.nextInt(5) : random.nextInt(limit);
                sites.add(new Site(code, random.nextBoolean() ? "STORE" : "WAREHOUSE", 51 + random.nextDouble() * 2,
                        3.5 + random.nextDouble() * 3, true, true, limit, used, random.nextInt(10),
                        random.nextDouble() * 0.3));
                int[] stock = new int[lineCount];
                for (int i = 0; i < lineCount; i++) {
                    stock[i] = random.nextInt(4) == 0 ? 0 : random.nextInt(6);
                }
                available.put(code, stock);
            }
            List<Demand> lines = new ArrayList<>();
            for (int i = 0; i < lineCount; i++) {
                lines.add(new Demand(i + 1, "SKU" + i, 1 + random.nextInt(3)));
            }
            Weights weights = new Weights(random.nextDouble() * 2, random.nextDouble() * 2, random.nextDouble() * 2,
                    random.nextDouble(), random.nextDouble() * 3);
            Strategy strategy = new Strategy("random", Set.of(), Set.of(), Set.of(), null, 0, Set.of(), true,
                    weights, random.nextDouble() * 3, random.nextInt(3), false, false);
            RoutingRequest request = new RoutingRequest("WEB", DeliveryMode.SHIP, 52, 5, null, lines, Map.of(), null, null);

            Decision decision = decide(strategy, request, sites, available);
            double cheapest = bruteForce(strategy, request, sites, available);

            if (Double.isInfinite(cheapest)) {
                assertNull(decision.plan(), "round " + round);
            } else {
                assertNotNull(decision.plan(), "round " + round);
                assertEquals(cheapest, decision.plan().points(), 1e-9, "round " + round);
                compared++;
            }
        }
        assertTrue(compared > 200, "too few rounds had a plan: " + compared);
    }

    /** The points of the cheapest plan, trying every line-to-location assignment; infinite if there is none. */
    private static double bruteForce(Strategy strategy, RoutingRequest request, List<Site> sites,
                                     Map<String, int[]> available) {
        int lineCount = request.lines().size();
        int[] choice = new int[lineCount];
        double cheapest = Double.POSITIVE_INFINITY;
        int combinations = (int) Math.pow(sites.size(), lineCount);
        for (int n = 0; n < combinations; n++) {
            int rest = n;
            for (int i = 0; i < lineCount; i++) {
                choice[i] = rest % sites.size();
                rest /= sites.size();
            }
            double points = 0;
            Set<Integer> used = new HashSet<>();
            boolean feasible = true;
            for (int i = 0; i < lineCount && feasible; i++) {
                Site site = sites.get(choice[i]);
                int has = available.get(site.code())[i];
                int quantity = request.lines().get(i).quantity();
                feasible = has >= quantity && site.capacityLeft() > 0;
                points += strategy.weights().stockCover() * quantity / (double) has / lineCount;
                used.add(choice[i]);
            }
            if (!feasible || used.size() > strategy.maxSplits() + 1) {
                continue;
            }
            for (int l : used) {
                Site site = sites.get(l);
                Weights w = strategy.weights();
                double km = RoutingEngine.distanceKm(site.latitude(), site.longitude(), request.latitude(),
                        request.longitude());
                double utilisation = site.capacityLimit() == null ? 0
                        : (site.capacityUsed() + 1.0) / site.capacityLimit();
                points += w.distance() * km / 100 + w.capacity() * utilisation + w.cost() * site.fulfilmentCost()
                        + w.rejections() * site.rejectionRate();
            }
            points += strategy.splitPenalty() * (used.size() - 1);
            cheapest = Math.min(cheapest, points);
        }
        return cheapest;
    }
}
