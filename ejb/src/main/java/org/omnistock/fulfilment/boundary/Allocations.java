package org.omnistock.fulfilment.boundary;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.omnistock.fulfilment.control.CapacityDays;
import org.omnistock.fulfilment.control.DecisionCodec;
import org.omnistock.fulfilment.control.FulfilmentTasksPublisher;
import org.omnistock.fulfilment.control.RoutingInputs;
import org.omnistock.fulfilment.entity.FulfilmentLine;
import org.omnistock.fulfilment.entity.FulfilmentMode;
import org.omnistock.fulfilment.entity.FulfilmentOrder;
import org.omnistock.fulfilment.entity.FulfilmentStatus;
import org.omnistock.fulfilment.entity.OrderExclusion;
import org.omnistock.fulfilment.entity.RoutingDecisionRecord;
import org.omnistock.fulfilment.routing.Decision;
import org.omnistock.fulfilment.routing.DeliveryMode;
import org.omnistock.fulfilment.routing.Demand;
import org.omnistock.fulfilment.routing.RoutingEngine;
import org.omnistock.fulfilment.routing.RoutingRequest;
import org.omnistock.fulfilment.routing.RuleSet;
import org.omnistock.location.boundary.LocationFacts;
import org.omnistock.location.entity.Location;
import org.omnistock.order.control.OrderProgress;
import org.omnistock.order.entity.CustomerOrder;
import org.omnistock.order.entity.DeliveryGroup;
import org.omnistock.order.entity.OrderLine;
import org.omnistock.platform.Refusal;
import org.omnistock.stock.boundary.Reservations;
import org.omnistock.stock.entity.Reservation;

/**
 * Routes an order's units and holds them where the plan says: the fulfilments, their reservations, the locations'
 * capacity and their tasks, with the decision kept. Everything in the caller's transaction, under the order's lock
 * which the caller holds.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class Allocations {

    @PersistenceContext(unitName = "omnistock")
    EntityManager em;

    @Inject
    RoutingRules rules;

    @Inject
    RoutingInputs inputs;

    @Inject
    Reservations reservations;

    @Inject
    CapacityDays capacity;

    @Inject
    FulfilmentTasksPublisher tasks;

    @Inject
    OrderProgress progress;

    @Inject
    Clock clock;

    /** What one routing did: the decision as kept, and the fulfilments made from its plan. */
    public record Allocated(RoutingDecisionRecord record, Decision decision, List<FulfilmentOrder> fulfilments) {
    }

    /**
     * Routes these units of the group and holds them.
     *
     * @throws Refusal CONFLICT {@code stock-moved} if another order took units the plan counted on, or {@code
     *                 capacity-taken} if a location's capacity went meanwhile: the transaction is lost and the
     *                 caller routes again in a new one
     */
    public Allocated allocate(CustomerOrder order, DeliveryGroup group, List<Demand> lines,
                              RoutingDecisionRecord.Trigger trigger, String actor) {
        RuleSet ruleSet = rules.active();
        RoutingInputs.Inputs read = inputs.read(order.getChannel(), lines);
        Map<String, String> excluded = excluded(order, read.locations());
        RoutingRequest request = read.request(order.getChannel(), group.getMode(),
                group.getLatitude().doubleValue(), group.getLongitude().doubleValue(),
                group.getPickupLocation() == null ? null : group.getPickupLocation().getCode(), lines, excluded);
        long started = System.nanoTime();
        Decision decision = RoutingEngine.decide(ruleSet, request, read.sites(), read.available());
        long micros = (System.nanoTime() - started) / 1_000;
        Instant now = clock.instant();
        RoutingDecisionRecord record = new RoutingDecisionRecord(order, group, trigger, decision,
                DecisionCodec.explanation(decision), DecisionCodec.inputs(request, read.sites(), read.available()),
                now, actor, micros);
        em.persist(record);
        List<FulfilmentOrder> made = decision.plan() == null ? List.of()
                : hold(order, group, decision.plan(), record, read.locations(), now);
        progress.record(order, "ROUTED", trigger.name().toLowerCase().replace('_', ' ') + ": "
                + decision.summary() + made.stream().map(f -> f.getCode() + " at " + f.getLocation().getCode())
                .collect(Collectors.joining(", ", made.isEmpty() ? "" : " (", made.isEmpty() ? "" : ")")), actor);
        return new Allocated(record, decision, made);
    }

    /** The locations this order excluded, by code; most orders have none, and then no location is looked at. */
    private Map<String, String> excluded(CustomerOrder order, Map<String, LocationFacts> locations) {
        List<OrderExclusion> exclusions = em.createNamedQuery(OrderExclusion.FIND_BY_ORDER, OrderExclusion.class)
                .setParameter("order", order.getId()).getResultList();
        if (exclusions.isEmpty()) {
            return Map.of();
        }
        Map<Long, String> codeOf = new HashMap<>();
        locations.values().forEach(location -> codeOf.put(location.id(), location.code()));
        Map<String, String> excluded = new HashMap<>();
        exclusions.forEach(e -> excluded.put(codeOf.get(e.getLocationId()), e.getReason()));
        return excluded;
    }

    private List<FulfilmentOrder> hold(CustomerOrder order, DeliveryGroup group, Decision.Plan plan,
                                       RoutingDecisionRecord record, Map<String, LocationFacts> locations,
                                       Instant now) {
        long existing = em.createNamedQuery(FulfilmentOrder.COUNT_BY_ORDER, Long.class).setParameter("order", order)
                .getSingleResult();
        List<FulfilmentOrder> made = new ArrayList<>();
        List<Reservations.OrderHold> holds = new ArrayList<>();
        List<FulfilmentLine> heldLines = new ArrayList<>();
        for (Decision.Allocation allocation : plan.allocations()) {
            Location location = em.find(Location.class, locations.get(allocation.location()).id());
            FulfilmentMode mode = group.getMode() == DeliveryMode.SHIP ? FulfilmentMode.SHIP
                    : allocation.shipsToStore() ? FulfilmentMode.SHIP_TO_STORE : FulfilmentMode.PICKUP;
            FulfilmentOrder fulfilment = new FulfilmentOrder(order.getNumber() + "-" + (existing + made.size() + 1),
                    order, group, location, mode, group.getPickupLocation(), record, FulfilmentStatus.SENT,
                    now.plus(location.acceptWithin()), now);
            for (Decision.AllocatedLine allocated : allocation.lines()) {
                OrderLine line = order.line(allocated.lineNo()).orElseThrow();
                heldLines.add(fulfilment.addLine(line, allocated.quantity()));
                holds.add(new Reservations.OrderHold(line.getSku(), location, allocated.quantity(),
                        allocated.lineNo(), fulfilment.getCode()));
            }
            made.add(fulfilment);
        }
        List<Reservation> held;
        try {
            held = reservations.holdForOrder(holds, Reservations.ORDER_OWNER + order.getNumber(),
                    order.getChannel());
        } catch (Refusal refusal) {
            throw new Refusal(Refusal.Kind.CONFLICT, "stock-moved", "the stock routing counted on was taken "
                    + "meanwhile (" + refusal.getMessage() + ")");
        }
        for (int i = 0; i < held.size(); i++) {
            heldLines.get(i).held(held.get(i).getId());
        }
        made.forEach(em::persist);
        made.sort(Comparator.comparing(f -> f.getLocation().getCode()));
        for (FulfilmentOrder fulfilment : made) {
            if (!capacity.take(fulfilment.getLocation(), inputs.today(fulfilment.getLocation()))) {
                throw new Refusal(Refusal.Kind.CONFLICT, "capacity-taken", fulfilment.getLocation().getCode()
                        + " took its last fulfilment of the day meanwhile");
            }
            tasks.fulfil(fulfilment);
        }
        return made;
    }
}
