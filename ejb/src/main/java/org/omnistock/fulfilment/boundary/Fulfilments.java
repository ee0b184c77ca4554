package org.omnistock.fulfilment.boundary;

import java.math.BigDecimal;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.omnistock.access.boundary.Access;
import org.omnistock.access.boundary.Caller;
import org.omnistock.access.entity.Scopes;
import org.omnistock.analytics.control.SalesFacts;
import org.omnistock.books.control.Journal;
import org.omnistock.books.control.Posting;
import org.omnistock.books.control.Vocabulary;
import org.omnistock.document.boundary.Documents;
import org.omnistock.document.entity.DocumentKind;
import org.omnistock.fulfilment.control.FulfilmentTasksPublisher;
import org.omnistock.fulfilment.entity.FulfilmentFlow;
import org.omnistock.fulfilment.entity.FulfilmentLine;
import org.omnistock.fulfilment.entity.FulfilmentMode;
import org.omnistock.fulfilment.entity.FulfilmentOrder;
import org.omnistock.fulfilment.entity.FulfilmentStatus;
import org.omnistock.fulfilment.entity.OrderExclusion;
import org.omnistock.fulfilment.entity.RoutingDecisionRecord;
import org.omnistock.location.entity.Location;
import org.omnistock.messages.Money;
import org.omnistock.messages.tax.TaxAmount;
import org.omnistock.messages.fulfilment.FulfilmentTask;
import org.omnistock.messages.fulfilment.FulfilmentUpdate;
import org.omnistock.order.boundary.Orders;
import org.omnistock.order.control.OrderProgress;
import org.omnistock.order.entity.CustomerOrder;
import org.omnistock.order.entity.OrderLine;
import org.omnistock.platform.Page;
import org.omnistock.platform.Refusal;
import org.omnistock.platform.Retailer;
import org.omnistock.stock.boundary.Reservations;
import org.omnistock.stock.boundary.StockLedger;
import org.omnistock.stock.entity.Reservation;
import org.omnistock.stock.entity.ReservationStatus;

/**
 * The work of locations for orders: what they report (by API or message), the deadlines they miss, and the
 * cancellations they are told of; see the package documentation for the states and what each does to stock.
 */
@Stateless
public class Fulfilments {

    private static final SecureRandom RANDOM = new SecureRandom();

    @PersistenceContext(unitName = "omnistock")
    EntityManager em;

    @Inject
    Access access;

    @Resource
    SessionContext context;

    @Inject
    Reservations reservations;

    @Inject
    StockLedger ledger;

    @Inject
    FulfilmentTasksPublisher tasks;

    @Inject
    Rerouting rerouting;

    @Inject
    SalesFacts salesFacts;

    @Inject
    OrderProgress progress;

    @Inject
    Orders orders;

    @Inject
    Journal journal;

    @Inject
    Documents documents;

    @Inject
    Retailer retailer;

    @Inject
    Clock clock;

    /** What came of a location's report: the fulfilment after it, or why it was refused. */
    public record Outcome(FulfilmentView fulfilment, String refusal) {
    }

    /**
     * A location's report through the API: the caller must act at the fulfilment's location. Units it gives up are
     * routed again at once, after the report is recorded.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public FulfilmentView report(String code, @NotNull @Valid FulfilmentReport report) {
        Caller caller = access.require(Scopes.ORDERS_WRITE);
        Applied applied = context.getBusinessObject(Fulfilments.class).apply(code, report, caller.id(), null);
        if (applied.reroute()) {
            rerouting.rerouteWaiting(applied.orderId(), applied.trigger(), caller.id());
        }
        return applied.view();
    }

    /**
     * A location's report as a message: accepted only from the broker user of the fulfilment's location.
     *
     * @return the refusal, if the update is not accepted (it is then dead-lettered with it)
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public Optional<String> reportFromBroker(FulfilmentUpdate update, String sender) {
        List<String> problems = update.problems();
        if (!problems.isEmpty()) {
            return Optional.of("invalid update: " + String.join("; ", problems));
        }
        if (sender == null || !sender.equals(update.locationId())) {
            return Optional.of("an update of location " + update.locationId() + " sent by broker user " + sender
                    + ": a location reports only its own fulfilments");
        }
        FulfilmentReport report = new FulfilmentReport(FulfilmentReport.Step.valueOf(update.action()),
                update.lines().stream().map(l -> new FulfilmentReport.RejectedLine(l.lineNo(), l.countedOnHand()))
                        .toList(), update.reason() == null ? null : FulfilmentReport.RejectReason.valueOf(
                                update.reason()), update.note(), update.carrier(), update.trackingNumber(),
                update.pickupCode());
        String actor = "broker:" + sender;
        try {
            Applied applied = Access.asSystem(() -> context.getBusinessObject(Fulfilments.class).apply(
                    update.fulfilmentId(), report, actor, sender));
            if (applied.reroute()) {
                Access.asSystem(() -> rerouting.rerouteWaiting(applied.orderId(), applied.trigger(), actor));
            }
            return Optional.empty();
        } catch (Refusal refusal) {
            return Optional.of(refusal.getMessage());
        }
    }

    /** What {@link #apply} did, for its caller to route what it gave up once it is committed. */
    public record Applied(FulfilmentView view, long orderId, boolean reroute,
                          RoutingDecisionRecord.Trigger trigger) {
    }

    /**
     * One report, in a transaction of its own, for {@link #report} and {@link #reportFromBroker}.
     *
     * @param brokerUser the location's broker user when the report came as a message; null through the API
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Applied apply(String code, FulfilmentReport report, String actor, String brokerUser) {
        FulfilmentOrder found = find(code).orElseThrow(() -> unknown(code));
        String location = found.getLocation().getCode();
        if (brokerUser == null) {
            if (!access.caller().actsAt(location)) {
                throw unknown(code);
            }
            access.requireAt(Scopes.ORDERS_WRITE, location);
        } else if (!brokerUser.equals(location)) {
            throw new Refusal(Refusal.Kind.FORBIDDEN, "forbidden-location", "fulfilment " + code + " is "
                    + location + "'s, not " + brokerUser + "'s");
        }
        CustomerOrder order = lockOrder(found.getOrder());
        FulfilmentOrder fulfilment = em.find(FulfilmentOrder.class, found.getId(), LockModeType.PESSIMISTIC_WRITE);
        em.refresh(fulfilment);
        FulfilmentFlow.Action action = FulfilmentFlow.Action.valueOf(report.step().name());
        FulfilmentFlow.Step step = FulfilmentFlow.next(fulfilment.getMode(), fulfilment.getStatus(), action);
        if (step.refusal() != null) {
            throw new Refusal(Refusal.Kind.CONFLICT, "fulfilment-step-refused", "fulfilment " + code + " cannot "
                    + action.name().toLowerCase() + ": " + step.refusal());
        }
        if (step.repeat()) {
            return new Applied(FulfilmentView.of(fulfilment, false, true), order.getId(), false, null);
        }
        Instant now = clock.instant();
        boolean reroute = false;
        String detail;
        switch (report.step()) {
            case SHIP -> detail = ship(fulfilment, report, now);
            case PACK -> detail = fulfilment.getMode() == FulfilmentMode.PICKUP ? ready(fulfilment, now)
                    : move(fulfilment, step.next(), now);
            case ARRIVE -> detail = arrive(fulfilment, now);
            case COLLECT -> detail = collect(fulfilment, report.pickupCode(), now);
            case REJECT -> {
                detail = reject(fulfilment, report, actor, now);
                reroute = true;
            }
            default -> detail = move(fulfilment, step.next(), now);
        }
        progress.record(order, report.step().name(), detail, actor);
        return new Applied(FulfilmentView.of(fulfilment, false, false), order.getId(), reroute,
                RoutingDecisionRecord.Trigger.REJECTION);
    }

    private String move(FulfilmentOrder fulfilment, FulfilmentStatus next, Instant now) {
        fulfilment.move(next, now);
        return fulfilment.getCode() + " at " + fulfilment.getLocation().getCode() + ": " + describe(next);
    }

    private String ship(FulfilmentOrder fulfilment, FulfilmentReport report, Instant now) {
        fulfilment.shipped(report.carrier(), report.trackingNumber());
        fulfilment.move(FulfilmentStatus.SHIPPED, now);
        String detail = fulfilment.getCode() + " shipped from " + fulfilment.getLocation().getCode()
                + (report.carrier() == null ? "" : " by " + report.carrier())
                + (report.trackingNumber() == null ? "" : ", tracking " + report.trackingNumber());
        List<StockLedger.LevelWork<Object>> work = endingReservations(fulfilment, ReservationStatus.FULFILLED);
        if (fulfilment.getMode() != FulfilmentMode.SHIP_TO_STORE) {
            ledger.inLockOrder(work);
            recordSold(fulfilment, now);
            return detail;
        }
        Location store = fulfilment.getPickupLocation();
        FulfilmentOrder pickup = new FulfilmentOrder(fulfilment.getCode() + "P", fulfilment.getOrder(),
                fulfilment.getDeliveryGroup(), store, FulfilmentMode.PICKUP, store, fulfilment.getDecision(),
                FulfilmentStatus.AWAITING_ARRIVAL, null, now);
        pickup.waitsFor(fulfilment);
        for (FulfilmentLine line : fulfilment.getLines()) {
            if (line.getQuantity() > 0) {
                pickup.addLine(line.getOrderLine(), line.getQuantity());
                work.add(new StockLedger.LevelWork<>(line.getOrderLine().getSku(), store, () -> ledger
                        .announce(line.getOrderLine().getSku(), store, line.getQuantity(), now.plusSeconds(
                                86_400), fulfilment.getCode())));
            }
        }
        ledger.inLockOrder(work);
        em.persist(pickup);
        tasks.awaitArrival(pickup, fulfilment.getLocation().getCode());
        return detail + " to " + store.getCode() + " for pickup (" + pickup.getCode() + ")";
    }

    /** Units shipped to the pickup store arrived: on hand there, held for the order, ready for the customer. */
    private String arrive(FulfilmentOrder pickup, Instant now) {
        Location store = pickup.getLocation();
        String source = pickup.getSource() == null ? pickup.getCode() : pickup.getSource().getCode();
        List<StockLedger.LevelWork<Object>> arrivals = new ArrayList<>();
        List<Reservations.OrderHold> holds = new ArrayList<>();
        List<FulfilmentLine> held = new ArrayList<>();
        for (FulfilmentLine line : pickup.getLines()) {
            if (line.getQuantity() > 0) {
                arrivals.add(new StockLedger.LevelWork<>(line.getOrderLine().getSku(), store, () -> ledger
                        .transferIn(line.getOrderLine().getSku(), store, line.getQuantity(), source)));
                holds.add(new Reservations.OrderHold(line.getOrderLine().getSku(), store, line.getQuantity(),
                        line.getOrderLine().getLineNo(), pickup.getCode()));
                held.add(line);
            }
        }
        ledger.inLockOrder(arrivals);
        // Units shipped to the store for this order are its own already: no channel's stock is taken.
        List<Reservation> reserved = reservations.holdForOrder(holds, Reservations.ORDER_OWNER
                + pickup.getOrder().getNumber(), null);
        for (int i = 0; i < reserved.size(); i++) {
            held.get(i).held(reserved.get(i).getId());
        }
        return pickup.getCode() + " arrived at " + store.getCode() + "; " + ready(pickup, now);
    }

    private String ready(FulfilmentOrder pickup, Instant now) {
        String code = String.format("%06d", RANDOM.nextInt(1_000_000));
        Instant until = now.plus(pickup.getLocation().collectWithin());
        pickup.readyForPickup(code, until, now);
        return pickup.getCode() + " ready for pickup at " + pickup.getLocation().getCode() + " until " + until;
    }

    private String collect(FulfilmentOrder pickup, String code, Instant now) {
        if (code == null || pickup.getPickupCode() == null || !MessageDigest.isEqual(code.getBytes(),
                pickup.getPickupCode().getBytes())) {
            throw new Refusal(Refusal.Kind.INVALID, "wrong-pickup-code", "the pickup code for " + pickup.getCode()
                    + " is not " + (code == null ? "empty" : code));
        }
        ledger.inLockOrder(endingReservations(pickup, ReservationStatus.FULFILLED));
        recordSold(pickup, now);
        pickup.move(FulfilmentStatus.COLLECTED, now);
        return pickup.getCode() + " collected at " + pickup.getLocation().getCode();
    }

    private String reject(FulfilmentOrder fulfilment, FulfilmentReport report, String actor, Instant now) {
        Map<Integer, Long> counted = new HashMap<>();
        report.lines().forEach(line -> counted.put(line.lineNo(), line.countedOnHand()));
        Set<Integer> active = fulfilment.getLines().stream().filter(l -> l.getQuantity() > 0)
                .map(l -> l.getOrderLine().getLineNo()).collect(Collectors.toSet());
        Set<Integer> rejected = counted.isEmpty() ? active : new LinkedHashSet<>(counted.keySet());
        for (int lineNo : rejected) {
            if (!active.contains(lineNo)) {
                throw new Refusal(Refusal.Kind.INVALID, "unknown-line", "line " + lineNo + " is not part of "
                        + fulfilment.getCode() + " (its lines: " + active + ")");
            }
        }
        Location location = fulfilment.getLocation();
        List<StockLedger.LevelWork<Object>> work = new ArrayList<>();
        for (FulfilmentLine line : fulfilment.getLines()) {
            if (!rejected.contains(line.getOrderLine().getLineNo()) || line.getQuantity() == 0) {
                continue;
            }
            Long reservation = line.getReservationId();
            int units = line.withdraw();
            Long count = counted.get(line.getOrderLine().getLineNo());
            boolean missing = report.reason() == FulfilmentReport.RejectReason.NO_STOCK;
            work.add(new StockLedger.LevelWork<>(line.getOrderLine().getSku(), location, () -> {
                endReservation(reservation, ReservationStatus.RELEASED);
                return missing ? ledger.recordShortfall(line.getOrderLine().getSku(), location, count, units,
                        "rejected " + fulfilment.getCode()) : null;
            }));
        }
        ledger.inLockOrder(work);
        String why = "rejected by " + location.getCode() + ": " + report.reason()
                + (report.note() == null ? "" : " (" + report.note() + ")");
        exclude(fulfilment.getOrder(), location, why, now);
        if (fulfilment.empty()) {
            fulfilment.end(FulfilmentStatus.REJECTED, why, now);
        }
        fulfilment.getOrder().rerouteLater();
        return fulfilment.getCode() + " lines " + rejected + " " + why;
    }

    /** Lines whose fulfilment is not packed yet are taken off it, for an order cancellation; the caller locks. */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void cancelLines(CustomerOrder order, Set<Integer> lineNos, String reason, String actor) {
        List<FulfilmentOrder> affected = new ArrayList<>();
        for (FulfilmentOrder fulfilment : ofOrder(order)) {
            boolean holds = fulfilment.getLines().stream().anyMatch(l -> l.getQuantity() > 0
                    && lineNos.contains(l.getOrderLine().getLineNo()));
            if (!holds) {
                continue;
            }
            FulfilmentFlow.Step step = FulfilmentFlow.next(fulfilment.getMode(), fulfilment.getStatus(),
                    FulfilmentFlow.Action.CANCEL);
            if (!step.moves()) {
                throw new Refusal(Refusal.Kind.CONFLICT, "too-late-to-cancel", "fulfilment " + fulfilment.getCode()
                        + " at " + fulfilment.getLocation().getCode() + " is " + describe(fulfilment.getStatus())
                        + ": too late to cancel its lines");
            }
            affected.add(fulfilment);
        }
        Instant now = clock.instant();
        List<StockLedger.LevelWork<Object>> work = new ArrayList<>();
        Map<FulfilmentOrder, List<FulfilmentTask.Line>> cancelled = new LinkedHashMap<>();
        for (FulfilmentOrder fulfilment : affected) {
            em.lock(fulfilment, LockModeType.PESSIMISTIC_WRITE);
            List<FulfilmentTask.Line> lines = new ArrayList<>();
            for (FulfilmentLine line : fulfilment.getLines()) {
                if (line.getQuantity() > 0 && lineNos.contains(line.getOrderLine().getLineNo())) {
                    work.add(releasing(fulfilment, line));
                    lines.add(new FulfilmentTask.Line(line.getOrderLine().getLineNo(),
                            line.getOrderLine().getSku().getCode(), line.withdraw()));
                }
            }
            cancelled.put(fulfilment, lines);
        }
        ledger.inLockOrder(work);
        cancelled.forEach((fulfilment, lines) -> {
            if (fulfilment.empty()) {
                fulfilment.end(FulfilmentStatus.CANCELLED, reason, now);
            }
            tasks.cancel(fulfilment, lines, reason);
            progress.record(order, "CANCELLED", fulfilment.getCode() + " lines "
                    + lines.stream().map(FulfilmentTask.Line::lineNo).toList() + " cancelled: " + reason, actor);
        });
    }

    /** A fulfilment not accepted in time: its units go back to routing, its location takes no more part. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Optional<Long> expire(long id) {
        FulfilmentOrder found = em.find(FulfilmentOrder.class, id);
        if (found == null) {
            return Optional.empty();
        }
        CustomerOrder order = lockOrder(found.getOrder());
        FulfilmentOrder fulfilment = em.find(FulfilmentOrder.class, id, LockModeType.PESSIMISTIC_WRITE);
        em.refresh(fulfilment);
        Instant now = clock.instant();
        if (fulfilment.getStatus() != FulfilmentStatus.SENT || fulfilment.getAcceptBy().isAfter(now)) {
            return Optional.empty();
        }
        List<FulfilmentTask.Line> taken = withdrawAll(fulfilment);
        String why = "not accepted by " + fulfilment.getLocation().getCode() + " within "
                + fulfilment.getLocation().acceptWithin();
        fulfilment.end(FulfilmentStatus.EXPIRED, why, now);
        exclude(order, fulfilment.getLocation(), why, now);
        order.rerouteLater();
        tasks.cancel(fulfilment, taken, why);
        progress.record(order, "EXPIRED", fulfilment.getCode() + " " + why, Caller.SYSTEM.id());
        return Optional.of(order.getId());
    }

    /** A pickup its customer did not collect in time: the units are available again, the lines cancelled. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void notCollected(long id) {
        FulfilmentOrder found = em.find(FulfilmentOrder.class, id);
        if (found == null) {
            return;
        }
        CustomerOrder order = lockOrder(found.getOrder());
        FulfilmentOrder pickup = em.find(FulfilmentOrder.class, id, LockModeType.PESSIMISTIC_WRITE);
        em.refresh(pickup);
        Instant now = clock.instant();
        if (pickup.getStatus() != FulfilmentStatus.READY_FOR_PICKUP || pickup.getCollectBy().isAfter(now)) {
            return;
        }
        List<FulfilmentTask.Line> back = withdrawAll(pickup);
        BigDecimal goods = BigDecimal.ZERO;
        for (FulfilmentTask.Line line : back) {
            goods = goods.add(pickup.getOrder().line(line.lineNo()).orElseThrow().cancel(line.quantity()));
        }
        orders.settlePoints(order, goods, "not collected " + pickup.getCode(), Caller.SYSTEM.id());
        String why = "not collected by " + pickup.getCollectBy() + "; the units are available again";
        pickup.end(FulfilmentStatus.NOT_COLLECTED, why, now);
        tasks.cancel(pickup, back, why);
        progress.record(order, "NOT_COLLECTED", pickup.getCode() + " " + why, Caller.SYSTEM.id());
    }

    /** Fulfilments sent and not accepted in time, oldest first. */
    public List<Long> dueForAcceptance(int max) {
        return em.createNamedQuery(FulfilmentOrder.FIND_DUE_FOR_ACCEPTANCE, Long.class)
                .setParameter("now", clock.instant()).setMaxResults(max).getResultList();
    }

    /** Pickups whose customer did not come in time, oldest first. */
    public List<Long> dueForCollection(int max) {
        return em.createNamedQuery(FulfilmentOrder.FIND_DUE_FOR_COLLECTION, Long.class)
                .setParameter("now", clock.instant()).setMaxResults(max).getResultList();
    }

    /** A location's work in the given states, oldest first (its pick list). */
    public Page<FulfilmentView> atLocation(String location, Set<FulfilmentStatus> statuses, int page, int size) {
        access.requireAt(Scopes.READ, location);
        Set<FulfilmentStatus> wanted = statuses.isEmpty() ? Set.of(FulfilmentStatus.values()) : statuses;
        List<FulfilmentView> items = em.createNamedQuery(FulfilmentOrder.FIND_AT_LOCATION, FulfilmentOrder.class)
                .setParameter("location", location).setParameter("statuses", wanted)
                .setFirstResult(Page.firstResult(page, size)).setMaxResults(size).getResultStream()
                .map(f -> FulfilmentView.of(f, false, false)).toList();
        long total = em.createNamedQuery(FulfilmentOrder.COUNT_AT_LOCATION, Long.class)
                .setParameter("location", location).setParameter("statuses", wanted).getSingleResult();
        return new Page<>(items, page, size, total);
    }

    /** The fulfilment, if the caller acts at its location (or everywhere). */
    public Optional<FulfilmentView> findView(String code) {
        Caller caller = access.require(Scopes.READ);
        return find(code).filter(f -> caller.actsAt(f.getLocation().getCode()))
                .map(f -> FulfilmentView.of(f, false, false));
    }

    /** An order's fulfilments, first first; with the pickup code when the order's reader may see it. */
    public List<FulfilmentView> views(CustomerOrder order, boolean showPickupCode) {
        return ofOrder(order).stream().map(f -> FulfilmentView.of(f, showPickupCode, false)).toList();
    }

    /** How many units of each line stand at each status; a pickup a parcel was shipped to stands for its parcel. */
    public List<UnitState> unitStates(CustomerOrder order) {
        List<FulfilmentOrder> all = ofOrder(order);
        Set<Long> continued = all.stream().filter(f -> f.getSource() != null).map(f -> f.getSource().getId())
                .collect(Collectors.toSet());
        List<UnitState> states = new ArrayList<>();
        for (FulfilmentOrder fulfilment : all) {
            if (continued.contains(fulfilment.getId())) {
                continue;
            }
            for (FulfilmentLine line : fulfilment.getLines()) {
                if (line.getQuantity() > 0) {
                    states.add(new UnitState(line.getOrderLine().getLineNo(), fulfilment.getStatus(),
                            line.getQuantity()));
                }
            }
        }
        return states;
    }

    /** Units of an order line standing at one status. */
    public record UnitState(int lineNo, FulfilmentStatus status, int quantity) {
    }

    /** Units of each line not cancelled and in no fulfilment: they wait for routing. */
    public Map<Integer, Integer> waitingUnits(CustomerOrder order) {
        Map<Integer, Integer> placed = new HashMap<>();
        unitStates(order).forEach(state -> placed.merge(state.lineNo(), state.quantity(), Integer::sum));
        Map<Integer, Integer> waiting = new HashMap<>();
        order.getLines().forEach(line -> {
            int units = line.activeQuantity() - placed.getOrDefault(line.getLineNo(), 0);
            if (units > 0) {
                waiting.put(line.getLineNo(), units);
            }
        });
        return waiting;
    }

    private List<FulfilmentOrder> ofOrder(CustomerOrder order) {
        return em.createNamedQuery(FulfilmentOrder.FIND_BY_ORDER, FulfilmentOrder.class).setParameter("order", order)
                .getResultList();
    }

    private Optional<FulfilmentOrder> find(String code) {
        return em.createNamedQuery(FulfilmentOrder.FIND_BY_CODE, FulfilmentOrder.class).setParameter("code", code)
                .getResultStream().findFirst();
    }

    /** The order's row lock comes first, before its fulfilments' and its stock's. */
    private CustomerOrder lockOrder(CustomerOrder order) {
        CustomerOrder locked = em.find(CustomerOrder.class, order.getId(), LockModeType.PESSIMISTIC_WRITE);
        em.refresh(locked);
        return locked;
    }

    private void exclude(CustomerOrder order, Location location, String why, Instant now) {
        if (em.find(OrderExclusion.class, new OrderExclusion.Key(order.getId(), location.getId())) == null) {
            em.persist(new OrderExclusion(order.getId(), location.getId(), why, now));
        }
    }

    /** Releases every line's reservation, in the ledger's lock order, and takes its units off the fulfilment. */
    private List<FulfilmentTask.Line> withdrawAll(FulfilmentOrder fulfilment) {
        List<StockLedger.LevelWork<Object>> work = new ArrayList<>();
        List<FulfilmentTask.Line> withdrawn = new ArrayList<>();
        for (FulfilmentLine line : fulfilment.getLines()) {
            if (line.getQuantity() > 0) {
                work.add(releasing(fulfilment, line));
                withdrawn.add(new FulfilmentTask.Line(line.getOrderLine().getLineNo(),
                        line.getOrderLine().getSku().getCode(), line.withdraw()));
            }
        }
        ledger.inLockOrder(work);
        return withdrawn;
    }

    /** The release of a line's reservation, for a multi-level posting; read before the line is withdrawn. */
    private StockLedger.LevelWork<Object> releasing(FulfilmentOrder fulfilment, FulfilmentLine line) {
        Long reservation = line.getReservationId();
        return new StockLedger.LevelWork<>(line.getOrderLine().getSku(), fulfilment.getLocation(), () -> {
            endReservation(reservation, ReservationStatus.RELEASED);
            return null;
        });
    }

    /** Every line's reservation ended the same way, for a multi-level posting. */
    private List<StockLedger.LevelWork<Object>> endingReservations(FulfilmentOrder fulfilment,
                                                                   ReservationStatus outcome) {
        List<StockLedger.LevelWork<Object>> work = new ArrayList<>();
        for (FulfilmentLine line : fulfilment.getLines()) {
            if (line.getQuantity() > 0) {
                Long reservation = line.getReservationId();
                work.add(new StockLedger.LevelWork<>(line.getOrderLine().getSku(), fulfilment.getLocation(), () -> {
                    endReservation(reservation, outcome);
                    return null;
                }));
            }
        }
        return work;
    }

    private void endReservation(Long reservation, ReservationStatus outcome) {
        if (reservation != null) {
            reservations.endForOrder(reservation, outcome);
        }
    }

    /**
     * What the customer got counts as sold: in the sales figures (net of tax), in the books as revenue of the
     * order's channel at the location and, where the order was taxed, the tax payable in it, owed by the channel
     * (receivables) until its payment is settled, and as an invoice numbered in the location's series. The order's
     * shipping charge goes with its first goods to leave: on their invoice and in the same posting. The cost of
     * the units comes from valuation, which values the movements that took them.
     */
    private void recordSold(FulfilmentOrder fulfilment, Instant now) {
        List<SoldUnits> sold = sold(fulfilment, now);
        salesFacts.record(sold.stream().map(SoldUnits::fact).toList());
        Optional<CustomerOrder.ShippingCharge> shipping = fulfilment.getOrder().invoiceShipping();
        BigDecimal gross = Money.round(sold.stream().map(s -> s.share().gross()).reduce(BigDecimal.ZERO,
                BigDecimal::add), retailer.digits());
        BigDecimal tax = Money.round(sold.stream().map(s -> s.share().tax()).reduce(BigDecimal.ZERO,
                BigDecimal::add), retailer.digits());
        List<Documents.Line> lines = new ArrayList<>(sold.stream().map(SoldUnits::printed).toList());
        List<TaxAmount> taxes = new ArrayList<>(sold.stream().flatMap(s -> s.orderLine().taxOf(s.share()).stream())
                .toList());
        if (shipping.isPresent()) {
            gross = gross.add(shipping.get().gross());
            tax = tax.add(shipping.get().tax());
            lines.add(Documents.Line.shipping(shipping.get().gross(), shipping.get().tax()));
            taxes.addAll(shipping.get().taxes());
        }
        Posting posting = Posting.of(Vocabulary.ORDER_SHIPPED, "fulfilment", fulfilment.getCode(),
                        fulfilment.getLocation().getCode(), fulfilment.getOrder().getChannel(), now)
                .line(Vocabulary.RECEIVABLES, null, gross).line(Vocabulary.REVENUE, null, tax.subtract(gross));
        journal.post(tax.signum() == 0 ? posting : posting.line(Vocabulary.TAX, null, tax.negate()));
        // The invoice takes the next number of the location's series in this transaction: a location's shipments
        // are few next to a store's receipts, so they wait on its series row instead of a fold.
        Location at = fulfilment.getLocation();
        documents.issueAll(at.getCode(), at.zone(), List.of(new Documents.Unnumbered(DocumentKind.INVOICE, now,
                "fulfilment", fulfilment.getCode(), gross, tax, lines, TaxAmount.byRate(taxes.stream()))));
    }

    /** A line's units that reached the customer: as a sales figure, and what they cost with the tax in it. */
    private record SoldUnits(SalesFacts.Line fact, OrderLine orderLine, int units, OrderLine.Share share) {

        /** As the invoice prints them. */
        Documents.Line printed() {
            return new Documents.Line(orderLine.getSku().getCode(), orderLine.getSku().getName(), units,
                    orderLine.getUnitPrice(), share.gross(), share.tax(), null);
        }
    }

    /**
     * The fulfilment's units as sales of the order's channel where the customer got them: shipped to them from the
     * location, or collected at the store (goods shipped to a store for pickup count when collected, not twice),
     * worth what they cost the customer ({@link OrderLine#sold}: after discounts and points), net of tax.
     */
    private static List<SoldUnits> sold(FulfilmentOrder fulfilment, Instant now) {
        List<SoldUnits> sold = new ArrayList<>();
        for (FulfilmentLine line : fulfilment.getLines()) {
            if (line.getQuantity() > 0) {
                OrderLine orderLine = line.getOrderLine();
                OrderLine.Share share = orderLine.sold(line.getQuantity());
                sold.add(new SoldUnits(new SalesFacts.Line("fulfilment:" + fulfilment.getCode() + ":"
                        + orderLine.getLineNo(), now, fulfilment.getOrder().getChannel(), fulfilment.getLocation(),
                        orderLine.getSku(), line.getQuantity(), share.net()), orderLine, line.getQuantity(), share));
            }
        }
        return sold;
    }

    private static String describe(FulfilmentStatus status) {
        return status.name().toLowerCase().replace('_', ' ');
    }

    private static Refusal unknown(String code) {
        return new Refusal(Refusal.Kind.NOT_FOUND, "unknown-fulfilment", "there is no fulfilment " + code);
    }
}
