package org.omnistock.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.omnistock.fulfilment.boundary.FulfilmentReport;
import org.omnistock.fulfilment.boundary.FulfilmentView;
import org.omnistock.fulfilment.boundary.Fulfilments;
import org.omnistock.fulfilment.boundary.RoutingRules;
import org.omnistock.fulfilment.boundary.RuleSetDraft;
import org.omnistock.fulfilment.entity.FulfilmentStatus;
import org.omnistock.fulfilment.routing.DeliveryMode;
import org.omnistock.fulfilment.routing.Strategy;
import org.omnistock.fulfilment.routing.Weights;
import org.omnistock.location.boundary.FulfilmentSettings;
import org.omnistock.location.boundary.Locations;
import org.omnistock.location.boundary.NewLocation;
import org.omnistock.location.entity.LocationType;
import org.omnistock.order.boundary.NewOrder;
import org.omnistock.order.boundary.OrderCancellation;
import org.omnistock.order.boundary.OrderIntake;
import org.omnistock.order.boundary.OrderView;
import org.omnistock.order.boundary.Orders;
import org.omnistock.order.boundary.PaymentRecord;
import org.omnistock.order.entity.CustomerOrder;
import org.omnistock.order.entity.PaymentKind;
import org.omnistock.promotion.boundary.BasketItem;
import org.omnistock.promotion.boundary.BasketPricing;
import org.omnistock.promotion.boundary.BasketRequest;
import org.omnistock.returns.boundary.ReturnReceipt;
import org.omnistock.returns.boundary.ReturnRequest;
import org.omnistock.returns.boundary.Returns;
import org.omnistock.stock.entity.StockState;

/**
 * The demo's orders: what each location does for orders, the routing rules, and a week of orders from every channel
 * taken through the same boundaries as real ones, each step in its own transaction.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DemoOrders {

    static final String RULES = "Demo routing";
    private static final Set<String> BELGIAN = Set.of("S008", "S009", "S010");

    @PersistenceContext(unitName = "omnistock")
    EntityManager em;

    @Resource
    SessionContext context;

    @Inject
    Locations locations;

    @Inject
    RoutingRules rules;

    @Inject
    OrderIntake intake;

    @Inject
    Orders orders;

    @Inject
    Fulfilments fulfilments;

    @Inject
    Returns returns;

    @Inject
    BasketPricing pricing;

    @Inject
    Clock clock;

    /**
     * Warehouses ship, cheaply, with no daily limit; stores ship and hand over pickups, 40 fulfilments a day
     * (Amsterdam 60), each in its own time zone.
     */
    public void configureLocations(List<NewLocation> all) {
        for (NewLocation location : all) {
            boolean warehouse = location.type() == LocationType.WAREHOUSE;
            String zone = BELGIAN.contains(location.code()) ? "Europe/Brussels" : "Europe/Amsterdam";
            locations.setFulfilment(location.code(), warehouse
                    ? new FulfilmentSettings(true, false, null, new BigDecimal(location.code().equals("W02")
                    ? "3.00" : "3.50"), Duration.ofHours(8), Duration.ofDays(7), zone)
                    : new FulfilmentSettings(true, true, location.code().equals("S001") ? 60 : 40,
                    new BigDecimal("6.50"), Duration.ofHours(4), Duration.ofDays(7), zone));
        }
    }

    /** The demo's routing rules, published, unless some rules are active already. */
    public void publishRules() {
        if (rules.list().stream().anyMatch(r -> r.status().name().equals("ACTIVE"))) {
            return;
        }
        Weights weights = new Weights(1, 1, 1, 0.2, 2);
        List<Strategy> strategies = List.of(
                new Strategy("Collect from the store's own stock", Set.of(DeliveryMode.PICKUP), Set.of(), Set.of(),
                        null, 0, Set.of(), false, weights, 5, 0, false, false),
                new Strategy("Ship to the pickup store", Set.of(DeliveryMode.PICKUP), Set.of(), Set.of(), 400.0, 1,
                        Set.of(), true, weights, 5, 0, false, false),
                new Strategy("Marketplaces from the warehouses", Set.of(DeliveryMode.SHIP), Set.of("AMAZON"),
                        Set.of("WAREHOUSE"), null, 0, Set.of(), false, weights, 3, 1, false, false),
                new Strategy("One parcel from the best location", Set.of(DeliveryMode.SHIP), Set.of(), Set.of(),
                        null, 0, Set.of(), false, weights, 5, 0, false, false),
                new Strategy("Split when no location has it all", Set.of(DeliveryMode.SHIP), Set.of(), Set.of(),
                        null, 0, Set.of(), false, weights, 3, 2, false, true));
        int version = rules.draft(new RuleSetDraft(RULES, strategies)).version();
        rules.publish(version);
    }

    /** One demo order: who sells it, what, to where, and how far the demo takes it. */
    record DemoOrder(String externalId, String channel, String sellingStore, List<BasketItem> lines,
                     NewOrder.Delivery delivery, Progress progress) {
    }

    /** How far along an order of the demo week is. */
    enum Progress {
        NEW, ACCEPTED, PACKED, SHIPPED, DELIVERED, COLLECTED, REJECTED_ONCE, CANCELLED, RETURNED_AT_A_STORE
    }

    /** Whether an earlier start placed this order. */
    public boolean placed(DemoOrder demo) {
        return !em.createNamedQuery(CustomerOrder.FIND_BY_EXTERNAL_ID, CustomerOrder.class)
                .setParameter("channel", demo.channel()).setParameter("externalId", demo.externalId())
                .setMaxResults(1).getResultList().isEmpty();
    }

    /**
     * Places the order (pricing it first, as the shop does, for the total the customer sees), takes it as far as its
     * progress says, and spreads it over the week by its index.
     *
     * @return true if it was new
     */
    public boolean place(DemoOrder demo, int index, int count) {
        // Placed by an earlier start: priced again now it would differ (its customer may have reached a tier or used
        // a promotion since), and the same id with other content is refused.
        if (placed(demo)) {
            return false;
        }
        BasketRequest basket = new BasketRequest("EUR", demo.channel(), demo.sellingStore(), "demo-customer-" + index,
                null, null, demo.lines(), new BigDecimal("4.95"), List.of(), null);
        BigDecimal total = pricing.quote(basket).basket().total();
        OrderView order = intake.place(new NewOrder(demo.externalId(), demo.channel(), "EUR",
                "demo-customer-" + index, demo.sellingStore(), List.of(), new BigDecimal("4.95"), total,
                demo.lines().stream().map(l -> new NewOrder.Line(l.sku(), l.quantity(), null)).toList(),
                List.of(demo.delivery()), new NewOrder.Authorisation(total, "psp-demo-" + index),
                null, null));
        if (order.replayed()) {
            return false;
        }
        advance(order, demo.progress());
        Instant placedAt = clock.instant().minus(Duration.ofMinutes(7L * 24 * 60 * (count - index) / count + 5));
        context.getBusinessObject(DemoOrders.class).backdate(order.number(), placedAt);
        return true;
    }

    private void advance(OrderView order, Progress progress) {
        String number = order.number();
        switch (progress) {
            case NEW -> { }
            case CANCELLED -> orders.cancel(number, new OrderCancellation(List.of(), "the customer cancelled"));
            case REJECTED_ONCE -> {
                FulfilmentView first = current(number).get(0);
                fulfilments.report(first.code(), new FulfilmentReport(FulfilmentReport.Step.REJECT, List.of(),
                        FulfilmentReport.RejectReason.DAMAGED, "the last one was damaged", null, null, null));
            }
            default -> {
                for (FulfilmentView fulfilment : current(number)) {
                    step(fulfilment, FulfilmentReport.Step.ACCEPT, null);
                    if (progress == Progress.ACCEPTED) {
                        continue;
                    }
                    step(fulfilment, FulfilmentReport.Step.PICK, null);
                    step(fulfilment, FulfilmentReport.Step.PACK, null);
                    if (progress == Progress.PACKED) {
                        continue;
                    }
                    if (!fulfilment.mode().name().equals("PICKUP")) {
                        step(fulfilment, FulfilmentReport.Step.SHIP, null);
                    }
                }
                for (FulfilmentView fulfilment : current(number)) {
                    if (fulfilment.status() == FulfilmentStatus.AWAITING_ARRIVAL) {
                        step(fulfilment, FulfilmentReport.Step.ARRIVE, null);
                    }
                }
                if (progress == Progress.SHIPPED || progress == Progress.PACKED || progress == Progress.ACCEPTED) {
                    return;
                }
                for (FulfilmentView fulfilment : current(number)) {
                    if (fulfilment.status() == FulfilmentStatus.SHIPPED && fulfilment.mode().name().equals("SHIP")) {
                        step(fulfilment, FulfilmentReport.Step.DELIVER, null);
                    } else if (fulfilment.status() == FulfilmentStatus.READY_FOR_PICKUP) {
                        step(fulfilment, FulfilmentReport.Step.COLLECT, fulfilment.pickupCode());
                    }
                }
                OrderView done = orders.find(number).orElseThrow();
                orders.pay(number, PaymentRecord.byProvider(PaymentKind.CAPTURED, done.total(),
                        "psp-capture-" + number));
                if (progress == Progress.RETURNED_AT_A_STORE) {
                    String rma = returns.authorise(number, new ReturnRequest(List.of(new ReturnRequest.Line(1, 1,
                            "does not fit")))).number();
                    returns.receive(rma, new ReturnReceipt("S003", List.of(new ReturnReceipt.Line(1, 1,
                            StockState.AVAILABLE))));
                }
            }
        }
    }

    private List<FulfilmentView> current(String number) {
        return orders.find(number).orElseThrow().fulfilments().stream()
                .filter(f -> f.status() != FulfilmentStatus.REJECTED && f.status() != FulfilmentStatus.CANCELLED)
                .toList();
    }

    private void step(FulfilmentView fulfilment, FulfilmentReport.Step step, String pickupCode) {
        fulfilments.report(fulfilment.code(), new FulfilmentReport(step, List.of(), null, null,
                step == FulfilmentReport.Step.SHIP ? "PostNL" : null, step == FulfilmentReport.Step.SHIP
                ? "3S" + fulfilment.code().replace("-", "") : null, pickupCode));
    }

    /**
     * Moves a demo order's history back to when the demo says it was placed: the order, its trail, its routing
     * decisions, payments, returns and its fulfilments' creation (not their deadlines, which stay ahead, nor the
     * stock ledger, which records when stock really moved). Demo data only: real orders are never rewritten.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void backdate(String number, Instant placedAt) {
        Object[] order = em.createQuery("SELECT o.id, o.placedAt FROM CustomerOrder o WHERE o.number = :number",
                Object[].class).setParameter("number", number).getSingleResult();
        Long id = (Long) order[0];
        Duration back = Duration.between(placedAt, (Instant) order[1]);
        shift("CustomerOrder", "placedAt", "id", id, back);
        shift("CustomerOrder", "updatedAt", "id", id, back);
        shift("OrderEvent", "occurredAt", "order.id", id, back);
        shift("Payment", "recordedAt", "order.id", id, back);
        shift("RoutingDecisionRecord", "decidedAt", "order.id", id, back);
        shift("FulfilmentOrder", "createdAt", "order.id", id, back);
        shift("FulfilmentOrder", "updatedAt", "order.id", id, back);
        shift("OrderReturn", "createdAt", "order.id", id, back);
        List<Object[]> points = em.createQuery("SELECT m.id, m.occurredAt FROM LoyaltyMovement m "
                + "WHERE m.sourceReference = :source", Object[].class).setParameter("source", "order " + number)
                .getResultList();
        for (Object[] movement : points) {
            em.createQuery("UPDATE LoyaltyMovement m SET m.occurredAt = :at WHERE m.id = :id")
                    .setParameter("at", ((Instant) movement[1]).minus(back)).setParameter("id", movement[0])
                    .executeUpdate();
        }
    }

    private void shift(String entity, String field, String orderPath, Long orderId, Duration back) {
        List<Object[]> rows = em.createQuery("SELECT x.id, x." + field + " FROM " + entity + " x WHERE x." + orderPath
                + " = :order", Object[].class).setParameter("order", orderId).getResultList();
        for (Object[] row : rows) {
            em.createQuery("UPDATE " + entity + " x SET x." + field + " = :at WHERE x.id = :id")
                    .setParameter("at", ((Instant) row[1]).minus(back)).setParameter("id", row[0]).executeUpdate();
        }
    }
}
