package org.omnistock.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import org.omnistock.fulfilment.routing.Decision;
import org.omnistock.fulfilment.routing.DeliveryMode;
import org.omnistock.fulfilment.routing.Demand;
import org.omnistock.fulfilment.routing.RoutingEngine;
import org.omnistock.fulfilment.routing.RoutingRequest;
import org.omnistock.fulfilment.routing.RuleSet;
import org.omnistock.fulfilment.routing.Site;
import org.omnistock.fulfilment.routing.Strategy;
import org.omnistock.fulfilment.routing.Weights;

/**
 * B5, engine alone: the routing engine deciding orders of 5 to 15 lines over 500 locations (20 warehouses carrying
 * 60% of 100,000 SKUs, 480 stores carrying 5% each, stores at varied capacity) under four strategies with up to
 * two splits. Prints the time of the decision itself (p50, p90, p99, max) and, apart, of laying out its inputs
 * (what the server's one stock query returns), after a warm-up that is not counted.
 *
 * <p>System properties: decisions (default 20000), warmup (20000), seed (1).</p>
 */
public final class RoutingDecisionTime {

    static final int LOCATIONS = 500;
    static final int WAREHOUSES = 20;
    static final int SKUS = 100_000;

    public static void main(String[] args) {
        int decisions = Integer.getInteger("decisions", 20_000);
        int warmup = Integer.getInteger("warmup", 20_000);
        Random random = new Random(Long.getLong("seed", 1));
        List<Site> sites = new ArrayList<>();
        for (int l = 0; l < LOCATIONS; l++) {
            boolean warehouse = l < WAREHOUSES;
            sites.add(new Site(String.format("L%03d", l), warehouse ? "WAREHOUSE" : "STORE",
                    50.7 + random.nextDouble() * 2.8, 3.3 + random.nextDouble() * 3.9, true, !warehouse,
                    warehouse ? null : 40, warehouse ? 0 : random.nextInt(40), warehouse ? 3 + random.nextInt(2)
                    : 5 + random.nextInt(3), random.nextDouble() * 0.2));
        }
        RuleSet rules = new RuleSet(1, List.of(
                new Strategy("collect", Set.of(DeliveryMode.PICKUP), Set.of(), Set.of(), null, 0, Set.of(), false,
                        Weights.BALANCED, 5, 0, false, false),
                new Strategy("marketplace", Set.of(DeliveryMode.SHIP), Set.of("AMAZON"), Set.of("WAREHOUSE"), null, 0,
                        Set.of(), false, Weights.BALANCED, 3, 1, false, false),
                new Strategy("one parcel", Set.of(DeliveryMode.SHIP), Set.of(), Set.of(), null, 0, Set.of(), false,
                        Weights.BALANCED, 5, 0, false, false),
                new Strategy("split", Set.of(DeliveryMode.SHIP), Set.of(), Set.of(), null, 0, Set.of(), false,
                        Weights.BALANCED, 3, 2, false, true)));
        long[] decide = new long[decisions];
        long[] layout = new long[decisions];
        int[] outcomes = new int[3];
        int splits = 0;
        for (int n = -warmup; n < decisions; n++) {
            int lineCount = 5 + random.nextInt(11);
            List<Demand> lines = new ArrayList<>();
            for (int i = 0; i < lineCount; i++) {
                lines.add(new Demand(i + 1, "SKU" + random.nextInt(SKUS), 1 + (random.nextInt(10) == 0 ? 1 : 0)));
            }
            long started = System.nanoTime();
            Map<String, int[]> available = available(sites, lines);
            long laidOut = System.nanoTime();
            RoutingRequest request = new RoutingRequest("WEB", DeliveryMode.SHIP, 50.7 + random.nextDouble() * 2.8,
                    3.3 + random.nextDouble() * 3.9, null, lines, Map.of(), null, null);
            Decision decision = RoutingEngine.decide(rules, request, sites, available);
            long done = System.nanoTime();
            if (n >= 0) {
                layout[n] = laidOut - started;
                decide[n] = done - laidOut;
                outcomes[decision.outcome().ordinal()]++;
                splits += decision.plan() == null ? 0 : decision.plan().splits();
            }
        }
        System.out.printf("B5 routing engine: %d decisions over %d locations and %d SKUs, 5-15 lines each%n",
                decisions, LOCATIONS, SKUS);
        System.out.println("B5 decide: " + percentiles(decide));
        System.out.println("B5 lay out inputs: " + percentiles(layout));
        System.out.printf("B5 outcomes: %d allocated, %d partly, %d unfillable; %d splits in all%n", outcomes[0],
                outcomes[1], outcomes[2], splits);
    }

    /** What each location has of each line: a location carries a SKU by a fixed hash, with a fixed quantity. */
    static Map<String, int[]> available(List<Site> sites, List<Demand> lines) {
        Map<String, int[]> available = new HashMap<>();
        for (int l = 0; l < sites.size(); l++) {
            int[] row = null;
            for (int i = 0; i < lines.size(); i++) {
                int units = units(l, lines.get(i).sku());
                if (units > 0) {
                    if (row == null) {
                        row = new int[lines.size()];
                    }
                    row[i] = units;
                }
            }
            if (row != null) {
                available.put(sites.get(l).code(), row);
            }
        }
        return available;
    }

    static int units(int location, String sku) {
        int hash = (sku.hashCode() * 31 + location) * 0x9E3779B1;
        int bucket = Math.floorMod(hash, 100);
        boolean warehouse = location < WAREHOUSES;
        if (bucket >= (warehouse ? 60 : 5)) {
            return 0;
        }
        return warehouse ? 10 + Math.floorMod(hash >>> 8, 500) : 1 + Math.floorMod(hash >>> 8, 12);
    }

    static String percentiles(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return String.format("p50 %.3f ms, p90 %.3f ms, p99 %.3f ms, max %.3f ms", at(sorted, 0.50), at(sorted, 0.90),
                at(sorted, 0.99), sorted[sorted.length - 1] / 1e6);
    }

    private static double at(long[] sorted, double share) {
        return sorted[Math.min(sorted.length - 1, (int) (sorted.length * share))] / 1e6;
    }
}
