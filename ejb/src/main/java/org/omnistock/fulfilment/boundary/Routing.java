package org.omnistock.fulfilment.boundary;

import static org.omnistock.platform.Text.blankToNull;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.omnistock.access.boundary.Access;
import org.omnistock.access.entity.Scopes;
import org.omnistock.fulfilment.control.DecisionCodec;
import org.omnistock.fulfilment.control.RoutingInputs;
import org.omnistock.fulfilment.entity.RoutingDecisionRecord;
import org.omnistock.fulfilment.routing.Decision;
import org.omnistock.fulfilment.routing.Demand;
import org.omnistock.fulfilment.routing.DeliveryMode;
import org.omnistock.fulfilment.routing.RoutingEngine;
import org.omnistock.fulfilment.routing.RuleSet;
import org.omnistock.location.boundary.LocationFacts;
import org.omnistock.location.control.LocationDirectory;
import org.omnistock.order.entity.CustomerOrder;
import org.omnistock.platform.Refusal;

/** Routing decisions: those kept for orders, a preview of one, and what-if replays of past ones. */
@Stateless
public class Routing {

    /** Decisions read per round trip during a replay; each round's are let go before the next. */
    static final int REPLAY_PAGE = 500;

    @PersistenceContext(unitName = "omnistock")
    EntityManager em;

    @Inject
    Access access;

    @Inject
    RoutingRules rules;

    @Inject
    RoutingInputs inputs;

    @Inject
    LocationDirectory locations;

    @Inject
    Clock clock;

    /** An order's decisions, first first; the order capability checked the caller may see it. */
    public List<DecisionView> ofOrder(CustomerOrder order) {
        return em.createNamedQuery(RoutingDecisionRecord.FIND_BY_ORDER, RoutingDecisionRecord.class)
                .setParameter("order", order).getResultStream().map(Routing::view).toList();
    }

    /** Where a delivery group would come from now; changes nothing. */
    public Decision preview(@NotNull @Valid RoutingPreview preview) {
        access.requireEverywhere(Scopes.READ);
        RuleSet ruleSet = preview.ruleSetVersion() == null ? rules.active() : rules.rules(preview.ruleSetVersion());
        List<Demand> lines = new ArrayList<>();
        for (int i = 0; i < preview.lines().size(); i++) {
            lines.add(new Demand(i + 1, preview.lines().get(i).sku(), preview.lines().get(i).quantity()));
        }
        double latitude;
        double longitude;
        if (preview.mode() == DeliveryMode.PICKUP) {
            LocationFacts store = preview.pickupLocationId() == null ? null
                    : locations.find(preview.pickupLocationId()).orElse(null);
            if (store == null) {
                throw new Refusal(Refusal.Kind.INVALID, "unknown-location", "a pickup needs the store's code in "
                        + "pickupLocationId");
            }
            latitude = store.latitude();
            longitude = store.longitude();
        } else {
            if (preview.latitude() == null || preview.longitude() == null) {
                throw new Refusal(Refusal.Kind.INVALID, "invalid-request", "a shipped group needs the address' "
                        + "latitude and longitude");
            }
            latitude = preview.latitude().doubleValue();
            longitude = preview.longitude().doubleValue();
        }
        RoutingInputs.Inputs read = inputs.read(blankToNull(preview.channel()), lines);
        return RoutingEngine.decide(ruleSet, read.request(preview.channel(), preview.mode(), latitude, longitude,
                preview.pickupLocationId(), lines, Map.of()), read.sites(), read.available());
    }

    /**
     * Decides past orders' first routing again under a rule set (a draft, before publishing it), on the inputs
     * recorded with each decision, and compares.
     */
    public ReplayReport replay(int version, @NotNull @Valid ReplayRequest request) {
        access.requireEverywhere(Scopes.ROUTING_WRITE);
        long started = System.nanoTime();
        RuleSet ruleSet = rules.rules(version);
        Tally recorded = new Tally();
        Tally replayed = new Tally();
        Map<String, int[]> load = new TreeMap<>();
        List<ReplayReport.Difference> differences = new ArrayList<>();
        int groups = 0;
        int unchanged = 0;
        for (int first = 0; groups < request.max(); first += REPLAY_PAGE) {
            List<RoutingDecisionRecord> page = em.createNamedQuery(RoutingDecisionRecord.FIND_FIRST_BETWEEN,
                    RoutingDecisionRecord.class).setParameter("from", request.from()).setParameter("to", request.to())
                    .setFirstResult(first).setMaxResults(Math.min(REPLAY_PAGE, request.max() - groups))
                    .getResultList();
            if (page.isEmpty()) {
                break;
            }
            for (RoutingDecisionRecord record : page) {
                Decision before = DecisionCodec.decision(record.getExplanation()).decision();
                DecisionCodec.Replayable input = DecisionCodec.replayable(record.getInputs());
                Decision after = RoutingEngine.decide(ruleSet, input.request(), input.sites(), input.available());
                groups++;
                recorded.add(before);
                replayed.add(after);
                count(load, before, 0);
                count(load, after, 1);
                List<String> was = before.plan() == null ? List.of() : before.plan().locations();
                List<String> would = after.plan() == null ? List.of() : after.plan().locations();
                if (was.equals(would) && before.outcome() == after.outcome()) {
                    unchanged++;
                } else if (differences.size() < ReplayReport.DIFFERENCES_SHOWN) {
                    differences.add(new ReplayReport.Difference(record.getOrder().getNumber(),
                            record.getDeliveryGroup().getCode(), before.outcome().name(), was,
                            after.outcome().name(), would, after.summary()));
                }
            }
            em.clear();
        }
        List<ReplayReport.Load> loads = new ArrayList<>();
        for (String location : new TreeSet<>(load.keySet())) {
            loads.add(new ReplayReport.Load(location, load.get(location)[0], load.get(location)[1]));
        }
        return new ReplayReport(version, groups, unchanged, recorded.totals(), replayed.totals(), loads, differences,
                (System.nanoTime() - started) / 1_000_000);
    }

    private static void count(Map<String, int[]> load, Decision decision, int column) {
        if (decision.plan() != null) {
            decision.plan().locations().forEach(l -> load.computeIfAbsent(l, k -> new int[2])[column]++);
        }
    }

    private static DecisionView view(RoutingDecisionRecord record) {
        DecisionCodec.StoredDecision stored = DecisionCodec.decision(record.getExplanation());
        return new DecisionView(record.getId(), record.getOrder().getNumber(), record.getDeliveryGroup().getCode(),
                record.getTrigger(), record.getDecidedAt(), record.getDecidedBy(), record.getRuleSetVersion(),
                record.getOutcome(), record.getSummary(), record.getComputeMicros(), stored.decision(),
                stored.excludedByReason());
    }

    /** Running totals of decisions. */
    private static final class Tally {

        private final Map<Decision.Outcome, Integer> outcomes = new HashMap<>();
        private int fulfilments;
        private int splits;
        private double distance;
        private double cost;

        void add(Decision decision) {
            outcomes.merge(decision.outcome(), 1, Integer::sum);
            if (decision.plan() != null) {
                fulfilments += decision.plan().allocations().size();
                splits += decision.plan().splits();
                distance += decision.plan().distanceKm();
                cost += decision.plan().cost();
            }
        }

        ReplayReport.Totals totals() {
            return new ReplayReport.Totals(outcomes.getOrDefault(Decision.Outcome.ALLOCATED, 0),
                    outcomes.getOrDefault(Decision.Outcome.PARTLY_ALLOCATED, 0),
                    outcomes.getOrDefault(Decision.Outcome.UNFILLABLE, 0), fulfilments, splits, distance, cost);
        }
    }
}
