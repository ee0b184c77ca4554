package org.omnistock.fulfilment.control;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import org.omnistock.fulfilment.routing.Decision;
import org.omnistock.fulfilment.routing.Exclusion;
import org.omnistock.fulfilment.routing.RoutingEngine;
import org.omnistock.fulfilment.routing.RoutingRequest;
import org.omnistock.fulfilment.routing.Site;
import org.omnistock.messages.JsonCodec;

/**
 * How a decision and its inputs are kept (two columns of at most 32,000 characters, which Derby and PostgreSQL
 * both have): the decision with at most {@value #EXCLUSIONS_PER_REASON} excluded locations per reason (and how many
 * there were), and the inputs with only the locations that had something to give (the others could not take part
 * under any rule set), one compact line each, the farthest left out if even those do not fit.
 */
public final class DecisionCodec {

    static final int MAX_CHARS = 32_000;
    static final int EXCLUSIONS_PER_REASON = 10;

    private DecisionCodec() {
    }

    /** A decision as kept: trimmed exclusions, and the count per reason. */
    public record StoredDecision(Decision decision, Map<String, Long> excludedByReason) {
    }

    /**
     * Inputs as kept.
     *
     * @param sites   {@code code|type|latitude|longitude|ships|pickup|capacityLimit|capacityUsed|cost|rejectionRate|
     *                available,...}
     * @param omitted locations with stock left out because they did not fit
     */
    public record StoredInputs(RoutingRequest request, List<String> sites, int omitted) {
    }

    /** Inputs as a replay decides on them again. */
    public record Replayable(RoutingRequest request, List<Site> sites, Map<String, int[]> available) {
    }

    public static String explanation(Decision decision) {
        Map<String, Long> counts = new TreeMap<>();
        Map<Exclusion.Reason, Integer> kept = new EnumMap<>(Exclusion.Reason.class);
        List<Exclusion> shown = new ArrayList<>();
        for (Exclusion exclusion : decision.exclusions()) {
            counts.merge(exclusion.reason().name(), 1L, Long::sum);
            if (kept.merge(exclusion.reason(), 1, Integer::sum) <= EXCLUSIONS_PER_REASON) {
                shown.add(exclusion);
            }
        }
        Decision trimmed = new Decision(decision.ruleSetVersion(), decision.outcome(), decision.strategy(),
                decision.plan(), decision.runnerUp(), decision.attempts(), decision.candidates(), shown,
                decision.unfilled(), decision.summary());
        String json = JsonCodec.toJson(new StoredDecision(trimmed, counts));
        if (json.length() > MAX_CHARS) {
            trimmed = new Decision(decision.ruleSetVersion(), decision.outcome(), decision.strategy(),
                    decision.plan(), decision.runnerUp(), decision.attempts(), decision.candidates().subList(0,
                    Math.min(3, decision.candidates().size())), List.of(), decision.unfilled(), decision.summary());
            json = JsonCodec.toJson(new StoredDecision(trimmed, counts));
        }
        return json;
    }

    public static StoredDecision decision(String explanation) {
        return JsonCodec.fromJson(explanation, StoredDecision.class);
    }

    public static String inputs(RoutingRequest request, List<Site> sites, Map<String, int[]> available) {
        List<Site> relevant = new ArrayList<>();
        for (Site site : sites) {
            if (available.containsKey(site.code()) || site.code().equals(request.pickupLocation())) {
                relevant.add(site);
            }
        }
        relevant.sort(Comparator.comparingDouble((Site s) -> RoutingEngine.distanceKm(s.latitude(), s.longitude(),
                request.latitude(), request.longitude())).thenComparing(Site::code));
        int budget = MAX_CHARS - JsonCodec.toJson(new StoredInputs(request, List.of(), 0)).length() - 16;
        List<String> lines = new ArrayList<>();
        int omitted = 0;
        for (Site site : relevant) {
            String line = line(site, available.get(site.code()));
            if (budget - line.length() - 3 < 0) {
                omitted++;
                continue;
            }
            budget -= line.length() + 3;
            lines.add(line);
        }
        return JsonCodec.toJson(new StoredInputs(request, lines, omitted));
    }

    public static Replayable replayable(String inputs) {
        StoredInputs stored = JsonCodec.fromJson(inputs, StoredInputs.class);
        List<Site> sites = new ArrayList<>();
        Map<String, int[]> available = new HashMap<>();
        for (String line : stored.sites()) {
            String[] f = line.split("\\|", -1);
            sites.add(new Site(f[0], f[1], Double.parseDouble(f[2]), Double.parseDouble(f[3]), "1".equals(f[4]),
                    "1".equals(f[5]), f[6].isEmpty() ? null : Integer.valueOf(f[6]), Integer.parseInt(f[7]),
                    Double.parseDouble(f[8]), Double.parseDouble(f[9])));
            if (!f[10].isEmpty()) {
                String[] counts = f[10].split(",");
                int[] row = new int[counts.length];
                for (int i = 0; i < counts.length; i++) {
                    row[i] = Integer.parseInt(counts[i]);
                }
                available.put(f[0], row);
            }
        }
        return new Replayable(stored.request(), sites, available);
    }

    private static String line(Site site, int[] available) {
        StringBuilder text = new StringBuilder().append(site.code()).append('|').append(site.type()).append('|')
                .append(site.latitude()).append('|').append(site.longitude()).append('|')
                .append(site.ships() ? '1' : '0').append('|').append(site.offersPickup() ? '1' : '0').append('|')
                .append(site.capacityLimit() == null ? "" : site.capacityLimit()).append('|')
                .append(site.capacityUsed()).append('|').append(site.fulfilmentCost()).append('|')
                .append(String.format(Locale.ROOT, "%.4f", site.rejectionRate())).append('|');
        if (available != null) {
            for (int i = 0; i < available.length; i++) {
                text.append(i == 0 ? "" : ",").append(available[i]);
            }
        }
        return text.toString();
    }
}
