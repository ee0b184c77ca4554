package org.omnistock.order.boundary;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.omnistock.access.boundary.Access;
import org.omnistock.access.boundary.Caller;
import org.omnistock.access.entity.Scopes;
import org.omnistock.customer.boundary.Activity;
import org.omnistock.customer.boundary.Customers;
import org.omnistock.customer.boundary.Loyalty;
import org.omnistock.customer.control.ActivityQuery;
import org.omnistock.customer.control.CustomersErased;
import org.omnistock.fulfilment.boundary.DecisionView;
import org.omnistock.fulfilment.boundary.Fulfilments;
import org.omnistock.fulfilment.boundary.Rerouting;
import org.omnistock.fulfilment.boundary.Routing;
import org.omnistock.fulfilment.entity.FulfilmentOrder;
import org.omnistock.fulfilment.entity.FulfilmentStatus;
import org.omnistock.fulfilment.entity.RoutingDecisionRecord;
import org.omnistock.messages.Money;
import org.omnistock.messages.sale.PosSaleTender;
import org.omnistock.order.control.OrderProgress;
import org.omnistock.order.entity.CustomerOrder;
import org.omnistock.order.entity.DeliveryGroup;
import org.omnistock.order.entity.OrderEvent;
import org.omnistock.order.entity.OrderLine;
import org.omnistock.order.entity.OrderStatus;
import org.omnistock.order.entity.Payment;
import org.omnistock.order.entity.PaymentKind;
import org.omnistock.platform.Page;
import org.omnistock.platform.Refusal;
import org.omnistock.storedvalue.boundary.StoredValue;

/** Reads orders and changes them after they were placed: cancel, hold, release, route again, payments. */
@Stateless
public class Orders {

    /** Units in these states have not left their location's shelves yet: they may still be cancelled. */
    private static final Set<FulfilmentStatus> CANCELLABLE = Set.of(FulfilmentStatus.SENT, FulfilmentStatus.ACCEPTED,
            FulfilmentStatus.PICKED);

    @PersistenceContext(unitName = "omnistock")
    EntityManager em;

    @Inject
    Access access;

    @Inject
    Fulfilments fulfilments;

    @Inject
    Rerouting rerouting;

    @Inject
    Routing routing;

    @Inject
    OrderProgress progress;

    @Resource
    SessionContext context;

    @Inject
    Customers customers;

    @Inject
    Loyalty loyalty;

    @Inject
    StoredValue stored;

    @Inject
    Clock clock;

    public Optional<OrderView> find(String number) {
        Caller caller = access.require(Scopes.READ);
        return byNumber(number).filter(order -> visible(order, caller)).map(order -> view(order, false));
    }

    /** The channel's order with the channel's own id for it, if it was placed and the caller may see it. */
    public Optional<OrderView> findByExternalId(String channel, String externalId) {
        Caller caller = access.require(Scopes.READ);
        return em.createNamedQuery(CustomerOrder.FIND_BY_EXTERNAL_ID, CustomerOrder.class)
                .setParameter("channel", channel).setParameter("externalId", externalId).getResultStream()
                .findFirst().filter(order -> visible(order, caller)).map(order -> view(order, false));
    }

    /**
     * Orders the caller may see, newest first.
     *
     * @param query an order number, external id or customer id; null for any
     */
    public Page<OrderSummary> list(String channel, OrderStatus status, Instant from, Instant to, String query,
                                   int page, int size) {
        Caller caller = access.require(Scopes.READ);
        if (caller.isBound()) {
            throw new Refusal(Refusal.Kind.FORBIDDEN, "forbidden-location", caller + " acts only at some "
                    + "locations: it sees its own work through its locations' fulfilments");
        }
        String visibleChannel = caller.channel() != null ? caller.channel() : channel;
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        Map<String, Object> parameters = new HashMap<>();
        if (visibleChannel != null) {
            where.append(" AND o.channel = :channel");
            parameters.put("channel", visibleChannel);
        }
        if (status != null) {
            where.append(" AND o.status = :status");
            parameters.put("status", status);
        }
        if (from != null) {
            where.append(" AND o.placedAt >= :from");
            parameters.put("from", from);
        }
        if (to != null) {
            where.append(" AND o.placedAt < :to");
            parameters.put("to", to);
        }
        if (query != null && !query.isBlank()) {
            where.append(" AND (o.number = :query OR o.externalId = :query OR o.customerId = :query)");
            parameters.put("query", query.strip());
        }
        TypedQuery<CustomerOrder> items = em.createQuery("SELECT o FROM CustomerOrder o" + where
                + " ORDER BY o.placedAt DESC, o.id DESC", CustomerOrder.class);
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(o) FROM CustomerOrder o" + where, Long.class);
        parameters.forEach((name, value) -> {
            items.setParameter(name, value);
            count.setParameter(name, value);
        });
        List<OrderSummary> summaries = items.setFirstResult(Page.firstResult(page, size)).setMaxResults(size)
                .getResultStream().map(o -> new OrderSummary(o.getNumber(), o.getChannel(), o.getExternalId(),
                        o.getCustomerId(), o.getStatus(), o.getCurrency(), OrderView.money(o.getTotal(), 2),
                        o.getLines().size(), o.getPlacedAt(), o.getUpdatedAt())).toList();
        return new Page<>(summaries, page, size, count.getSingleResult());
    }

    /**
     * Cancels lines (all their units) or the whole order, while no fulfilment of theirs is packed: reservations
     * released, locations told, units no longer counted.
     */
    public OrderView cancel(String number, @NotNull @Valid OrderCancellation cancellation) {
        Caller caller = access.require(Scopes.ORDERS_WRITE);
        CustomerOrder order = locked(number, caller);
        Set<Integer> lines = new LinkedHashSet<>(cancellation.lines());
        if (lines.isEmpty()) {
            order.getLines().stream().filter(l -> l.activeQuantity() > l.getReturnedQuantity())
                    .forEach(l -> lines.add(l.getLineNo()));
        }
        List<OrderLine> cancelled = new ArrayList<>();
        for (int lineNo : lines) {
            OrderLine line = order.line(lineNo).orElseThrow(() -> new Refusal(Refusal.Kind.INVALID, "unknown-line",
                    "order " + number + " has no line " + lineNo));
            if (line.activeQuantity() == 0) {
                continue;
            }
            if (line.getReturnedQuantity() > 0 || servedUnits(order, lineNo) > 0) {
                throw new Refusal(Refusal.Kind.CONFLICT, "too-late-to-cancel", "line " + lineNo + " of order "
                        + number + " has units on their way to the customer or back already");
            }
            cancelled.add(line);
        }
        Set<Integer> lineNos = new LinkedHashSet<>();
        cancelled.forEach(line -> lineNos.add(line.getLineNo()));
        fulfilments.cancelLines(order, lineNos, cancellation.reason(), caller.id());
        BigDecimal goods = BigDecimal.ZERO;
        for (OrderLine line : cancelled) {
            goods = goods.add(line.cancel(line.activeQuantity()));
        }
        settlePoints(order, cancelled, goods, caller);
        progress.record(order, "CANCELLED", "lines " + lineNos + " cancelled: " + cancellation.reason(),
                caller.id());
        return view(order, false);
    }

    /**
     * Goods cancelled earn nothing and cost the customer no points: settled as a return is. A line is cancelled
     * once, so its number names the cancellation.
     */
    private void settlePoints(CustomerOrder order, List<OrderLine> cancelled, BigDecimal goods, Caller caller) {
        if (cancelled.isEmpty()) {
            return;
        }
        settlePoints(order, goods, "cancellation " + order.getNumber() + " from line " + cancelled.stream()
                .mapToInt(OrderLine::getLineNo).min().orElseThrow(), caller.id());
    }

    /**
     * The customer's points for goods of the order they will not pay for (returned or cancelled, already counted in
     * the lines): the points those goods earned are taken back, the points spent on them given back
     * ({@link CustomerOrder#pointsBackFor}). The one rule for returns and cancellations.
     */
    public void settlePoints(CustomerOrder order, BigDecimal goods, String source, String actor) {
        Instant now = clock.instant();
        customers.activeOrNone(order.getCustomerNumber()).ifPresent(customer -> {
            loyalty.reverse(customer, source, goods, order.getChannel(), null, now, actor);
            long back = order.pointsBackFor(goods);
            loyalty.giveBack(customer, back, source, order.getChannel(), order.pointsWorth(back), actor, now);
        });
    }

    /** Nothing of the order is routed again automatically until the hold is released. */
    public OrderView hold(String number, @NotNull @Valid HoldRequest request) {
        Caller caller = access.require(Scopes.ORDERS_WRITE);
        CustomerOrder order = locked(number, caller);
        order.hold(request.reason());
        progress.record(order, "HELD", "on hold: " + request.reason(), caller.id());
        return view(order, false);
    }

    /** Releases the hold, and routes what waits. */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public OrderView release(String number) {
        Caller caller = access.require(Scopes.ORDERS_WRITE);
        long id = context.getBusinessObject(Orders.class).unhold(number, caller);
        rerouting.rerouteWaiting(id, RoutingDecisionRecord.Trigger.MANUAL, caller.id());
        return find(number).orElseThrow();
    }

    /** The hold taken off, in a transaction of its own, for {@link #release}; the order's id. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public long unhold(String number, Caller caller) {
        CustomerOrder order = locked(number, caller);
        if (order.isOnHold()) {
            order.releaseHold();
            progress.record(order, "RELEASED", "hold released", caller.id());
        }
        return order.getId();
    }

    /** Routes the order's waiting units again now (a person's re-route). */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public OrderView reroute(String number) {
        Caller caller = access.require(Scopes.ORDERS_WRITE);
        CustomerOrder order = byNumber(number).filter(o -> visible(o, caller)).orElseThrow(() -> unknown(number));
        if (order.isOnHold()) {
            throw new Refusal(Refusal.Kind.CONFLICT, "order-on-hold", "order " + number + " is on hold: release it");
        }
        if (!rerouting.rerouteWaiting(order.getId(), RoutingDecisionRecord.Trigger.MANUAL, caller.id())) {
            throw new Refusal(Refusal.Kind.CONFLICT, "stock-moved", "other orders took the stock three times in a "
                    + "row; the order is routed again shortly");
        }
        return find(number).orElseThrow();
    }

    /**
     * How the order's delivery groups were routed, each time, and why: for callers who see every location (a
     * decision shows what each candidate had).
     */
    public List<DecisionView> decisions(String number) {
        Caller caller = access.requireEverywhere(Scopes.READ);
        CustomerOrder order = byNumber(number).filter(o -> visible(o, caller)).orElseThrow(() -> unknown(number));
        return routing.ofOrder(order);
    }

    /**
     * Records how the order was paid, once per kind, tender and reference: what the payment provider did, or a
     * gift card or the customer's store credit redeemed here and now (captured at once, refused when the card is
     * short, blocked or expired). The same payment sent again changes nothing; the reference with another amount
     * is refused.
     */
    public OrderView pay(String number, @NotNull @Valid PaymentRecord payment) {
        Caller caller = access.require(Scopes.ORDERS_WRITE);
        CustomerOrder order = locked(number, caller);
        String tender = payment.tender() == null ? PosSaleTender.CARD : payment.tender();
        boolean storedValue = !PosSaleTender.CARD.equals(tender);
        Optional<Payment> earlier = order.payment(payment.kind(), tender, payment.reference());
        if (earlier.isPresent()) {
            if (earlier.get().getAmount().compareTo(payment.amount()) != 0) {
                throw new Refusal(Refusal.Kind.CONFLICT, "payment-reference-reused", "reference "
                        + payment.reference() + " was recorded as " + payment.kind().name().toLowerCase() + " of "
                        + earlier.get().getAmount().stripTrailingZeros().toPlainString() + ", not "
                        + payment.amount().toPlainString());
            }
            return view(order, true);
        }
        if (storedValue && payment.kind() != PaymentKind.CAPTURED) {
            throw new Refusal(Refusal.Kind.INVALID, "stored-value-captured", "a " + tender.toLowerCase()
                    .replace('_', ' ') + " pays when it is recorded: record it as captured (a refund to store "
                    + "credit comes with the order's return)");
        }
        if (PosSaleTender.GIFT_CARD.equals(tender) == (payment.card() == null)) {
            throw new Refusal(Refusal.Kind.INVALID, "card-code", PosSaleTender.GIFT_CARD.equals(tender)
                    ? "a gift card payment names the card's code" : "only a gift card payment names a card");
        }
        if (PosSaleTender.STORE_CREDIT.equals(tender) && order.getCustomerNumber() == null) {
            throw new Refusal(Refusal.Kind.CONFLICT, "no-customer", number + " was placed for no customer: store "
                    + "credit is a customer's");
        }
        BigDecimal amount = Money.round(payment.amount(), Money.digits(order.getCurrency()));
        String cardShown = null;
        if (storedValue) {
            BigDecimal capturedAlready = order.paymentsByTender(PaymentKind.CAPTURED).values().stream()
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            if (capturedAlready.add(amount).compareTo(order.getTotal()) > 0) {
                throw new Refusal(Refusal.Kind.CONFLICT, "payment-exceeds", "the order's total is "
                        + order.getTotal().stripTrailingZeros().toPlainString() + "; "
                        + capturedAlready.stripTrailingZeros().toPlainString() + " was captured already");
            }
            cardShown = stored.payOrder(caller, payment.card(), order.getCustomerNumber(), amount,
                    order.getCurrency(), "order/" + number + "/" + payment.reference(), order.getChannel());
        }
        Optional<String> problem = order.pay(payment.kind(), tender, cardShown, amount, payment.reference(),
                clock.instant(), caller.id());
        if (problem.isPresent()) {
            throw new Refusal(Refusal.Kind.CONFLICT, "payment-exceeds", problem.get());
        }
        progress.record(order, "PAYMENT", payment.kind().name().toLowerCase() + " " + order.getCurrency() + " "
                + amount.toPlainString() + (storedValue ? " by " + tender.toLowerCase().replace('_', ' ')
                + (cardShown == null ? "" : " " + cardShown) : "") + " (" + payment.reference() + ")", caller.id());
        return view(order, false);
    }

    /** The order for a view; the pickup code only for readers who see the whole order. */
    public OrderView view(CustomerOrder order, boolean replayed) {
        boolean showPickupCode = !access.caller().isBound();
        List<OrderEvent> events = em.createNamedQuery(OrderEvent.FIND_BY_ORDER, OrderEvent.class)
                .setParameter("order", order).getResultList();
        return OrderView.of(order, fulfilments.views(order, showPickupCode), fulfilments.waitingUnits(order),
                events, replayed);
    }

    /** The order locked for a change, if the caller may see it; the order's lock comes before any other. */
    public CustomerOrder locked(String number, Caller caller) {
        CustomerOrder order = byNumber(number).filter(o -> visible(o, caller)).orElseThrow(() -> unknown(number));
        CustomerOrder locked = em.find(CustomerOrder.class, order.getId(), LockModeType.PESSIMISTIC_WRITE);
        em.refresh(locked);
        return locked;
    }

    /**
     * A channel's client sees its channel's orders; a caller bound to locations sees the orders with work at one
     * of them or sold at one of them; anyone else with {@code read} sees all.
     */
    public boolean visible(CustomerOrder order, Caller caller) {
        if (caller.kind() == Caller.Kind.CLIENT && caller.channel() != null
                && !caller.channel().equals(order.getChannel())) {
            return false;
        }
        if (!caller.isBound()) {
            return true;
        }
        if (order.getSellingLocation() != null && caller.actsAt(order.getSellingLocation().getCode())) {
            return true;
        }
        return em.createNamedQuery(FulfilmentOrder.FIND_BY_ORDER, FulfilmentOrder.class).setParameter("order", order)
                .getResultStream().anyMatch(f -> caller.actsAt(f.getLocation().getCode()));
    }

    private int servedUnits(CustomerOrder order, int lineNo) {
        return fulfilments.unitStates(order).stream().filter(u -> u.lineNo() == lineNo
                && !CANCELLABLE.contains(u.status())).mapToInt(Fulfilments.UnitState::quantity).sum();
    }

    public Optional<CustomerOrder> byNumber(String number) {
        return em.createNamedQuery(CustomerOrder.FIND_BY_NUMBER, CustomerOrder.class).setParameter("number", number)
                .getResultStream().findFirst();
    }

    private static Refusal unknown(String number) {
        return new Refusal(Refusal.Kind.NOT_FOUND, "unknown-order", "there is no order " + number);
    }

    /** The newest orders placed for a customer, for their timeline (the customer capability checked access). */
    public void activityOf(@Observes ActivityQuery query) {
        query.add(em.createNamedQuery(CustomerOrder.FIND_BY_CUSTOMERS, CustomerOrder.class)
                .setParameter("customers", query.customerNumbers()).setMaxResults(query.max()).getResultStream()
                .map(o -> new Activity(o.getPlacedAt(), "ORDER", o.getNumber(), o.getChannel(),
                        o.getSellingLocation() == null ? null : o.getSellingLocation().getCode(), o.getTotal(),
                        o.getStatus().name().toLowerCase(Locale.ROOT).replace('_', ' ') + ", "
                        + o.getLines().size() + " line(s), " + destinations(o)))
                .toList());
    }

    /** Where an order's groups go, as a person reads it: the address, or the store it is collected at. */
    private static String destinations(CustomerOrder order) {
        return order.getDeliveryGroups().stream().map(group -> {
            if (group.getPickupLocation() != null) {
                return "collected at " + group.getPickupLocation().getCode();
            }
            DeliveryGroup.Address to = group.address();
            return "to " + Stream.of(to.recipient(), to.line1(), to.postalCode(), to.city(), to.country())
                    .filter(Objects::nonNull).collect(Collectors.joining(", "));
        }).collect(Collectors.joining("; "));
    }

    /** A customer asked to be forgotten: their orders keep their amounts and history, not who and where. */
    public void erase(@Observes CustomersErased erased) {
        if (!erased.customerNumbers().isEmpty()) {
            em.createNamedQuery(CustomerOrder.FIND_BY_CUSTOMERS, CustomerOrder.class)
                    .setParameter("customers", erased.customerNumbers()).getResultStream()
                    .forEach(CustomerOrder::anonymise);
        }
        for (String external : erased.externalIds()) {
            int colon = external.indexOf(':');
            em.createNamedQuery(CustomerOrder.FIND_BY_CUSTOMER_ID, CustomerOrder.class)
                    .setParameter("channel", external.substring(0, colon))
                    .setParameter("customerId", external.substring(colon + 1)).getResultStream()
                    .forEach(CustomerOrder::anonymise);
        }
    }
}
