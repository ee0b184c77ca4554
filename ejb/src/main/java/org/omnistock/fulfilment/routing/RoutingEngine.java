package org.omnistock.fulfilment.routing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.omnistock.fulfilment.routing.Decision.AllocatedLine;
import org.omnistock.fulfilment.routing.Decision.Allocation;
import org.omnistock.fulfilment.routing.Decision.Attempt;
import org.omnistock.fulfilment.routing.Decision.Candidate;
import org.omnistock.fulfilment.routing.Decision.Outcome;
import org.omnistock.fulfilment.routing.Decision.Plan;
import org.omnistock.fulfilment.routing.Decision.Terms;
import org.omnistock.fulfilment.routing.Decision.Unfilled;

/**
 * Decides where a delivery group comes from: one pure function of the rule set, the group and what every location
 * has, shared by live routing, what-if replay, the benchmarks and the tests (see the package documentation).
 */
public final class RoutingEngine {

    /** Up to this many candidates, plans of several locations are searched among all of them. */
    static final int EXACT_UP_TO = 24;
    /** Beyond that, among each line's best few candidates ... */
    static final int POOL_PER_LINE = 6;
    /** ... and the few that can fill the most lines alone. */
    static final int POOL_BY_COVERAGE = 10;
    /** How many candidates a decision shows beside those in its plans. */
    static final int CANDIDATES_SHOWN = 10;
    private static final double EPSILON = 1e-9;
    private static final double EARTH_RADIUS_KM = 6371.0088;

    private RoutingEngine() {
    }

    /**
     * @param sites     every location, as routing sees it now
     * @param available per location code, the available units of each of the request's lines, in the lines'
     *                  order; a location not in the map has none
     */
    public static Decision decide(RuleSet rules, RoutingRequest request, List<Site> sites,
                                  Map<String, int[]> available) {
        ChannelShare share = ChannelShare.of(request);
        if (share.waiting.isEmpty()) {
            return decideLines(rules, request, sites, available);
        }
        if (share.routed.isEmpty()) {
            return new Decision(rules.version(), Outcome.UNFILLABLE, null, null, null, List.of(), List.of(),
                    List.of(), share.waiting, "unfillable: " + share.why());
        }
        Decision routed = decideLines(rules, request.withLines(share.routed), sites, share.available(available));
        List<Unfilled> unfilled = new ArrayList<>(routed.unfilled());
        unfilled.addAll(share.waiting);
        unfilled.sort(Comparator.comparingInt(Unfilled::lineNo));
        Outcome outcome = routed.outcome() == Outcome.ALLOCATED ? Outcome.PARTLY_ALLOCATED : routed.outcome();
        String summary = (routed.outcome() == Outcome.ALLOCATED ? "partly " : "") + routed.summary() + "; "
                + share.why();
        return new Decision(routed.ruleSetVersion(), outcome, routed.strategy(), routed.plan(), routed.runnerUp(),
                routed.attempts(), routed.candidates(), routed.exclusions(), List.copyOf(unfilled), summary);
    }

    /**
     * The lines within what the order's channel may sell of each SKU (the group's lines of one SKU share it, in
     * line order), and the units that wait beyond it.
     */
    private static final class ChannelShare {

        final List<Demand> routed = new ArrayList<>();
        final List<Integer> routedIndex = new ArrayList<>();
        final List<Unfilled> waiting = new ArrayList<>();
        final Map<String, String> whyLimited = new TreeMap<>();

        static ChannelShare of(RoutingRequest request) {
            ChannelShare share = new ChannelShare();
            Map<String, Long> left = new HashMap<>();
            request.channelLimits().forEach((sku, limit) -> left.put(sku, limit.units()));
            for (int i = 0; i < request.lines().size(); i++) {
                Demand line = request.lines().get(i);
                Long units = left.get(line.sku());
                int take = units == null ? line.quantity() : (int) Math.min(line.quantity(), units);
                if (units != null) {
                    left.put(line.sku(), units - take);
                }
                if (take > 0) {
                    share.routed.add(new Demand(line.lineNo(), line.sku(), take));
                    share.routedIndex.add(i);
                }
                if (take < line.quantity()) {
                    String why = request.channelLimits().get(line.sku()).why();
                    share.waiting.add(new Unfilled(line.lineNo(), line.sku(), line.quantity() - take, why));
                    share.whyLimited.put(line.sku(), why);
                }
            }
            return share;
        }

        /** What each location has of the routed lines, in their order. */
        Map<String, int[]> available(Map<String, int[]> ofAllLines) {
            Map<String, int[]> available = new HashMap<>();
            ofAllLines.forEach((location, row) -> {
                int[] routedRow = new int[routedIndex.size()];
                for (int k = 0; k < routedRow.length; k++) {
                    routedRow[k] = row[routedIndex.get(k)];
                }
                available.put(location, routedRow);
            });
            return available;
        }

        String why() {
            int units = waiting.stream().mapToInt(Unfilled::quantity).sum();
            return units + " unit(s) wait: " + whyLimited.entrySet().stream().map(e -> e.getKey() + ", "
                    + e.getValue()).collect(Collectors.joining("; "));
        }
    }

    private static Decision decideLines(RuleSet rules, RoutingRequest request, List<Site> sites,
                                        Map<String, int[]> available) {
        List<Attempt> attempts = new ArrayList<>();
        Trial partial = null;
        Trial last = null;
        for (Strategy strategy : rules.strategies()) {
            if (!strategy.appliesTo(request)) {
                attempts.add(new Attempt(strategy.name(), "not for " + request.mode().name().toLowerCase(Locale.ROOT)
                        + (request.channel() == null ? "" : " orders of channel " + request.channel())));
                continue;
            }
            Trial trial = new Trial(strategy, request, sites, available);
            trial.search();
            last = trial;
            if (trial.best != null) {
                attempts.add(new Attempt(strategy.name(), "chosen: " + describe(trial.best.plan)));
                return trial.decision(rules.version(), Outcome.ALLOCATED, trial.best, trial.second, attempts,
                        List.of());
            }
            attempts.add(new Attempt(strategy.name(), trial.whyNoPlan()));
            if (partial == null && strategy.allowPartial() && trial.bestPartial != null) {
                partial = trial;
            }
        }
        if (partial != null) {
            return partial.decision(rules.version(), Outcome.PARTLY_ALLOCATED, partial.bestPartial, null, attempts,
                    partial.unfilled(partial.bestPartial));
        }
        List<Unfilled> unfilled = request.lines().stream().map(line -> new Unfilled(line.lineNo(), line.sku(),
                line.quantity(), "no strategy found a location with " + line.quantity() + " to give")).toList();
        if (last == null) {
            return new Decision(rules.version(), Outcome.UNFILLABLE, null, null, null, attempts, List.of(), List.of(),
                    unfilled, "unfillable: no strategy applies to this delivery group");
        }
        return last.decision(rules.version(), Outcome.UNFILLABLE, null, null, attempts, last.unfilled(null));
    }

    /** Great-circle distance. */
    public static double distanceKm(double latitude1, double longitude1, double latitude2, double longitude2) {
        double dLat = Math.toRadians(latitude2 - latitude1);
        double dLon = Math.toRadians(longitude2 - longitude1);
        double a = Math.sin(dLat / 2) * Math.sin(dLat / 2) + Math.cos(Math.toRadians(latitude1))
                * Math.cos(Math.toRadians(latitude2)) * Math.sin(dLon / 2) * Math.sin(dLon / 2);
        return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)));
    }

    private static String describe(Plan plan) {
        return String.join(" + ", plan.locations()) + String.format(Locale.ROOT, " (%.2f points)", plan.points());
    }

    /** One strategy applied to one delivery group: its candidates, their points, and the search for a plan. */
    private static final class Trial {

        final Strategy strategy;
        final RoutingRequest request;
        final List<Demand> lines;
        final int lineCount;
        final List<Exclusion> exclusions = new ArrayList<>();
        /** Candidates: locations that passed every filter and have something to give. */
        final List<Site> sites = new ArrayList<>();
        final List<Double> distances = new ArrayList<>();
        final List<Terms> terms = new ArrayList<>();
        int[][] usable;
        double[] fixed;
        double[][] lineCost;
        Scored best;
        Scored second;
        Scored bestPartial;

        Trial(Strategy strategy, RoutingRequest request, List<Site> all, Map<String, int[]> available) {
            this.strategy = strategy;
            this.request = request;
            this.lines = request.lines();
            this.lineCount = lines.size();
            List<int[]> usableRows = new ArrayList<>();
            for (Site site : all) {
                double distance = distanceKm(site.latitude(), site.longitude(), request.latitude(),
                        request.longitude());
                Exclusion exclusion = filter(site, distance);
                if (exclusion != null) {
                    exclusions.add(exclusion);
                    continue;
                }
                int[] has = available.get(site.code());
                int[] row = new int[lineCount];
                boolean any = false;
                for (int i = 0; i < lineCount; i++) {
                    row[i] = has == null ? 0 : Math.max(0, has[i] - strategy.keepAvailable());
                    any |= row[i] > 0;
                }
                if (!any) {
                    exclusions.add(new Exclusion(site.code(), Exclusion.Reason.NO_STOCK, strategy.keepAvailable() == 0
                            ? "none of the lines' SKUs available"
                            : "none of the lines' SKUs available beyond the " + strategy.keepAvailable()
                            + " kept back"));
                    continue;
                }
                sites.add(site);
                distances.add(isPickupStore(site) ? 0 : distance);
                usableRows.add(row);
            }
            usable = usableRows.toArray(new int[0][]);
            score();
        }

        private boolean isPickupStore(Site site) {
            return request.mode() == DeliveryMode.PICKUP && site.code().equals(request.pickupLocation());
        }

        /** Why the location may not take part, or null if it may. */
        private Exclusion filter(Site site, double distance) {
            String why = request.excluded().get(site.code());
            if (why != null) {
                return new Exclusion(site.code(), Exclusion.Reason.EXCLUDED_FOR_ORDER, why);
            }
            if (request.channelLocations() != null && !request.channelLocations().contains(site.code())) {
                return new Exclusion(site.code(), Exclusion.Reason.NOT_IN_CHANNEL, "channel " + request.channel()
                        + " does not draw on it");
            }
            if (strategy.excludedLocations().contains(site.code())) {
                return new Exclusion(site.code(), Exclusion.Reason.EXCLUDED_BY_RULE, "never used by strategy "
                        + strategy.name());
            }
            if (!strategy.locationTypes().isEmpty() && !strategy.locationTypes().contains(site.type())) {
                return new Exclusion(site.code(), Exclusion.Reason.LOCATION_TYPE, site.type() + " not in "
                        + strategy.locationTypes().stream().sorted().toList());
            }
            boolean pickupHere = isPickupStore(site);
            if (request.mode() == DeliveryMode.PICKUP && !pickupHere && !strategy.shipToStore()) {
                return new Exclusion(site.code(), Exclusion.Reason.NOT_THE_PICKUP_STORE, "the customer collects at "
                        + request.pickupLocation() + " and this strategy does not ship to stores");
            }
            if (!pickupHere && !site.ships()) {
                return new Exclusion(site.code(), Exclusion.Reason.CANNOT_SHIP, "does not ship parcels");
            }
            if (!pickupHere && strategy.maxDistanceKm() != null && distance > strategy.maxDistanceKm()) {
                return new Exclusion(site.code(), Exclusion.Reason.TOO_FAR, String.format(Locale.ROOT,
                        "%.0f km > %.0f km", distance, strategy.maxDistanceKm()));
            }
            if (site.capacityLeft() <= 0) {
                return new Exclusion(site.code(), Exclusion.Reason.AT_CAPACITY, site.capacityUsed() + "/"
                        + site.capacityLimit() + " fulfilments today");
            }
            return null;
        }

        /** Each candidate's own points, and each line's stock-cover points at each candidate that can fill it. */
        private void score() {
            Weights w = strategy.weights();
            int count = sites.size();
            fixed = new double[count];
            lineCost = new double[count][lineCount];
            for (int c = 0; c < count; c++) {
                Site site = sites.get(c);
                double utilisation = site.capacityLimit() == null || site.capacityLimit() == 0 ? 0
                        : (site.capacityUsed() + 1.0) / site.capacityLimit();
                Terms t = new Terms(w.distance() * distances.get(c) / 100, w.capacity() * utilisation,
                        w.cost() * site.fulfilmentCost(), w.rejections() * site.rejectionRate());
                terms.add(t);
                fixed[c] = t.distance() + t.capacity() + t.cost() + t.rejections();
                for (int i = 0; i < lineCount; i++) {
                    lineCost[c][i] = usable[c][i] >= lines.get(i).quantity()
                            ? coverPoints(lines.get(i).quantity(), usable[c][i]) : Double.POSITIVE_INFINITY;
                }
            }
        }

        private double coverPoints(int taken, int of) {
            return strategy.weights().stockCover() * taken / of / lineCount;
        }

        void search() {
            int count = sites.size();
            if (count == 0) {
                return;
            }
            for (int c = 0; c < count; c++) {
                consider(new int[] {c});
            }
            int maxLocations = Math.min(strategy.maxSplits() + 1, count);
            if (maxLocations < 2) {
                return;
            }
            int[] pool = pool();
            for (int k = 2; k <= Math.min(maxLocations, pool.length); k++) {
                // A plan of k locations costs at least the penalty of its k - 1 splits: once the best plan costs no
                // more than that, larger plans cannot beat it.
                if (best != null && best.plan.points() <= strategy.splitPenalty() * (k - 1) + EPSILON) {
                    break;
                }
                combine(pool, new int[k], 0, 0, 0);
            }
        }

        /** Every combination of k pool members, cheapest first, skipping those that cannot beat the best. */
        private void combine(int[] pool, int[] chosen, int depth, int from, double fixedSoFar) {
            int k = chosen.length;
            double floor = strategy.splitPenalty() * (k - 1);
            for (int p = from; p <= pool.length - (k - depth); p++) {
                double withThis = fixedSoFar + fixed[pool[p]];
                if (best != null && withThis + floor > (second == null ? best : second).plan.points() + EPSILON) {
                    // Beats neither the best nor the runner-up; the pool is in order of fixed points, so every
                    // later member costs at least as much.
                    return;
                }
                chosen[depth] = pool[p];
                if (depth == k - 1) {
                    consider(chosen.clone());
                } else {
                    combine(pool, chosen, depth + 1, p + 1, withThis);
                }
            }
        }

        /** The candidates searched for plans of several locations, in order of their own points. */
        private int[] pool() {
            int count = sites.size();
            Integer[] order = new Integer[count];
            for (int c = 0; c < count; c++) {
                order[c] = c;
            }
            Comparator<Integer> cheapest = Comparator.<Integer>comparingDouble(c -> fixed[c])
                    .thenComparing(c -> sites.get(c).code());
            if (count <= EXACT_UP_TO) {
                return Arrays.stream(order).sorted(cheapest).mapToInt(Integer::intValue).toArray();
            }
            Set<Integer> chosen = new LinkedHashSet<>();
            for (int i = 0; i < lineCount; i++) {
                int line = i;
                Arrays.stream(order).filter(c -> usable[c][line] > 0)
                        .sorted(Comparator.<Integer, Boolean>comparing(c -> usable[c][line] < lines.get(line)
                                .quantity()).thenComparing(cheapest))
                        .limit(POOL_PER_LINE).forEach(chosen::add);
            }
            Arrays.stream(order).sorted(Comparator.<Integer>comparingInt(c -> -covered(c)).thenComparing(cheapest))
                    .limit(POOL_BY_COVERAGE).forEach(chosen::add);
            return chosen.stream().sorted(cheapest).mapToInt(Integer::intValue).toArray();
        }

        private int covered(int c) {
            int covered = 0;
            for (int i = 0; i < lineCount; i++) {
                if (usable[c][i] >= lines.get(i).quantity()) {
                    covered++;
                }
            }
            return covered;
        }

        /** The best way to fill the group from these candidates, kept if it beats the best so far. */
        private void consider(int[] subset) {
            int[][] taken = new int[subset.length][lineCount];
            double cover = 0;
            int filledLines = 0;
            long filledUnits = 0;
            for (int i = 0; i < lineCount; i++) {
                int quantity = lines.get(i).quantity();
                int single = -1;
                for (int s = 0; s < subset.length; s++) {
                    int c = subset[s];
                    if (usable[c][i] >= quantity && (single < 0 || usable[c][i] > usable[subset[single]][i]
                            || usable[c][i] == usable[subset[single]][i] && fixed[c] < fixed[subset[single]])) {
                        single = s;
                    }
                }
                if (single >= 0) {
                    taken[single][i] = quantity;
                    cover += lineCost[subset[single]][i];
                } else if (strategy.splitLines() && splitAcross(subset, i, taken)) {
                    for (int s = 0; s < subset.length; s++) {
                        if (taken[s][i] > 0) {
                            cover += coverPoints(taken[s][i], usable[subset[s]][i]);
                        }
                    }
                } else {
                    continue;
                }
                filledLines++;
                filledUnits += quantity;
            }
            if (filledLines == 0) {
                return;
            }
            List<Integer> used = new ArrayList<>();
            double points = cover;
            for (int s = 0; s < subset.length; s++) {
                if (Arrays.stream(taken[s]).anyMatch(q -> q > 0)) {
                    used.add(s);
                    points += fixed[subset[s]];
                }
            }
            points += strategy.splitPenalty() * (used.size() - 1);
            Scored scored = new Scored(plan(subset, taken, used, points), filledLines, filledUnits);
            if (filledLines == lineCount) {
                if (best == null || scored.beats(best)) {
                    if (best != null && !best.sameLocations(scored)) {
                        second = best;
                    }
                    best = scored;
                } else if (!best.sameLocations(scored) && (second == null || scored.beats(second))) {
                    second = scored;
                }
            } else if (best == null && strategy.allowPartial()
                    && (bestPartial == null || scored.fillsMoreThan(bestPartial))) {
                bestPartial = scored;
            }
        }

        /** Fills a line no single candidate of the subset can, from those with the most to give first. */
        private boolean splitAcross(int[] subset, int line, int[][] taken) {
            int quantity = lines.get(line).quantity();
            Integer[] bySize = new Integer[subset.length];
            long total = 0;
            for (int s = 0; s < subset.length; s++) {
                bySize[s] = s;
                total += usable[subset[s]][line];
            }
            if (total < quantity) {
                return false;
            }
            Arrays.sort(bySize, Comparator.<Integer>comparingInt(s -> -usable[subset[s]][line])
                    .thenComparing(s -> sites.get(subset[s]).code()));
            int left = quantity;
            for (int s : bySize) {
                int take = Math.min(left, usable[subset[s]][line]);
                taken[s][line] = take;
                left -= take;
                if (left == 0) {
                    break;
                }
            }
            return true;
        }

        private Plan plan(int[] subset, int[][] taken, List<Integer> used, double points) {
            List<Allocation> allocations = new ArrayList<>();
            double distance = 0;
            double cost = 0;
            for (int s : used) {
                int c = subset[s];
                List<AllocatedLine> allocated = new ArrayList<>();
                for (int i = 0; i < lineCount; i++) {
                    if (taken[s][i] > 0) {
                        allocated.add(new AllocatedLine(lines.get(i).lineNo(), lines.get(i).sku(), taken[s][i]));
                    }
                }
                Site site = sites.get(c);
                allocations.add(new Allocation(site.code(), request.mode() == DeliveryMode.PICKUP
                        && !isPickupStore(site), allocated, distances.get(c)));
                distance += distances.get(c);
                cost += site.fulfilmentCost();
            }
            allocations.sort(Comparator.comparing(Allocation::location));
            return new Plan(List.copyOf(allocations), points, distance, cost);
        }

        String whyNoPlan() {
            if (sites.isEmpty()) {
                Map<Exclusion.Reason, Long> reasons = exclusions.stream().collect(Collectors.groupingBy(
                        Exclusion::reason, () -> new java.util.EnumMap<>(Exclusion.Reason.class),
                        Collectors.counting()));
                return "no candidate: " + reasons.entrySet().stream().map(e -> e.getValue() + " "
                        + e.getKey().name().toLowerCase(Locale.ROOT).replace('_', ' ')).collect(Collectors.joining(", "));
            }
            int locations = strategy.maxSplits() + 1;
            return "no " + (locations == 1 ? "single location" : "plan of up to " + locations + " locations")
                    + " fills every line" + (bestPartial == null ? "" : "; the best fills " + bestPartial.filledLines
                    + " of " + lineCount);
        }

        List<Unfilled> unfilled(Scored partial) {
            Set<Integer> filled = partial == null ? Set.of() : partial.plan.allocations().stream()
                    .flatMap(a -> a.lines().stream()).map(AllocatedLine::lineNo).collect(Collectors.toSet());
            List<Unfilled> unfilled = new ArrayList<>();
            for (int i = 0; i < lineCount; i++) {
                Demand line = lines.get(i);
                if (filled.contains(line.lineNo())) {
                    continue;
                }
                int most = 0;
                for (int[] row : usable) {
                    most = Math.max(most, row[i]);
                }
                unfilled.add(new Unfilled(line.lineNo(), line.sku(), line.quantity(), most == 0
                        ? "no candidate has any " + line.sku()
                        : "the most any candidate can give is " + most + " of " + line.quantity()));
            }
            return unfilled;
        }

        Decision decision(int version, Outcome outcome, Scored chosen, Scored runnerUp, List<Attempt> attempts,
                          List<Unfilled> unfilled) {
            Set<String> planned = new LinkedHashSet<>();
            if (chosen != null) {
                planned.addAll(chosen.plan.locations());
            }
            if (runnerUp != null) {
                planned.addAll(runnerUp.plan.locations());
            }
            List<Candidate> shown = new ArrayList<>();
            Integer[] order = new Integer[sites.size()];
            for (int c = 0; c < order.length; c++) {
                order[c] = c;
            }
            Arrays.sort(order, Comparator.<Integer>comparingDouble(c -> fixed[c]).thenComparing(c -> sites.get(c)
                    .code()));
            for (int c : order) {
                if (shown.size() < CANDIDATES_SHOWN || planned.contains(sites.get(c).code())) {
                    shown.add(candidate(c));
                }
            }
            Plan plan = chosen == null ? null : chosen.plan;
            Plan second = runnerUp == null ? null : runnerUp.plan;
            return new Decision(version, outcome, chosen == null ? null : strategy.name(), plan, second,
                    List.copyOf(attempts), shown, List.copyOf(exclusions), unfilled, summary(outcome, plan, second));
        }

        private Candidate candidate(int c) {
            Site site = sites.get(c);
            String capacity = site.capacityLimit() == null ? String.valueOf(site.capacityUsed())
                    : site.capacityUsed() + "/" + site.capacityLimit();
            return new Candidate(site.code(), distances.get(c), covered(c), capacity, site.fulfilmentCost(),
                    site.rejectionRate(), terms.get(c), fixed[c]);
        }

        private String summary(Outcome outcome, Plan plan, Plan runnerUp) {
            if (plan == null) {
                return "unfillable: " + whyNoPlan();
            }
            StringBuilder text = new StringBuilder(outcome == Outcome.PARTLY_ALLOCATED ? "partly allocated to "
                    : "allocated to ").append(describe(plan));
            if (runnerUp != null) {
                text.append(String.format(Locale.ROOT, "; runner-up %s, %.2f points more", String.join(" + ",
                        runnerUp.locations()), runnerUp.points() - plan.points()));
                String because = because(plan, runnerUp);
                if (!because.isEmpty()) {
                    text.append(": ").append(because);
                }
            }
            return text.toString();
        }

        /** What the runner-up lost on most: its splits, its distance, its cost, or the stores' stock cover. */
        private String because(Plan plan, Plan runnerUp) {
            List<String> reasons = new ArrayList<>();
            if (runnerUp.splits() > plan.splits()) {
                reasons.add((runnerUp.splits() - plan.splits()) + " more split(s)");
            }
            if (runnerUp.distanceKm() > plan.distanceKm() + 0.5) {
                reasons.add(String.format(Locale.ROOT, "%.0f km farther", runnerUp.distanceKm()
                        - plan.distanceKm()));
            }
            if (runnerUp.cost() > plan.cost() + EPSILON) {
                reasons.add(String.format(Locale.ROOT, "%.2f more to fulfil", runnerUp.cost() - plan.cost()));
            }
            return String.join(", ", reasons);
        }

        /** A plan with how much of the group it fills. */
        private static final class Scored {

            final Plan plan;
            final int filledLines;
            final long filledUnits;
            final String key;

            Scored(Plan plan, int filledLines, long filledUnits) {
                this.plan = plan;
                this.filledLines = filledLines;
                this.filledUnits = filledUnits;
                this.key = String.join(",", plan.locations());
            }

            /** Fewer points; on a tie fewer locations; then the locations first in code order. */
            boolean beats(Scored other) {
                double difference = plan.points() - other.plan.points();
                if (Math.abs(difference) > EPSILON) {
                    return difference < 0;
                }
                if (plan.allocations().size() != other.plan.allocations().size()) {
                    return plan.allocations().size() < other.plan.allocations().size();
                }
                return key.compareTo(other.key) < 0;
            }

            boolean fillsMoreThan(Scored other) {
                if (filledLines != other.filledLines) {
                    return filledLines > other.filledLines;
                }
                if (filledUnits != other.filledUnits) {
                    return filledUnits > other.filledUnits;
                }
                return beats(other);
            }

            boolean sameLocations(Scored other) {
                return key.equals(other.key);
            }
        }
    }
}
