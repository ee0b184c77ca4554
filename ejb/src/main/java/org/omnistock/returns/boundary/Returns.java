package org.omnistock.returns.boundary;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
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
import org.omnistock.customer.boundary.Activity;
import org.omnistock.customer.control.ActivityQuery;
import org.omnistock.fulfilment.boundary.Fulfilments;
import org.omnistock.fulfilment.entity.FulfilmentStatus;
import org.omnistock.location.boundary.Locations;
import org.omnistock.location.entity.Location;
import org.omnistock.messages.Money;
import org.omnistock.messages.sale.PosSaleTender;
import org.omnistock.messages.tax.TaxAmount;
import org.omnistock.order.boundary.Orders;
import org.omnistock.order.control.OrderProgress;
import org.omnistock.order.entity.CustomerOrder;
import org.omnistock.order.entity.OrderLine;
import org.omnistock.order.entity.PaymentKind;
import org.omnistock.platform.Idempotent;
import org.omnistock.platform.Refusal;
import org.omnistock.platform.Retailer;
import org.omnistock.returns.entity.OrderReturn;
import org.omnistock.returns.entity.OrderReturnLine;
import org.omnistock.returns.entity.ReturnStatus;
import org.omnistock.stock.boundary.StockLedger;
import org.omnistock.stock.entity.StockState;
import org.omnistock.storedvalue.boundary.StoredValue;
import org.omnistock.tender.control.RefundRule;

/** Returns of orders from any channel, at any location; see the returns package for the rules and the refunds. */
@Stateless
public class Returns {

    /** Returns a store's page looks through for those it may see (a store sees its own orders' and those expected). */
    private static final int SCANNED_FOR_A_STORE = 500;

    /** Units in these states reached the customer, and may come back. */
    private static final Set<FulfilmentStatus> WITH_THE_CUSTOMER = Set.of(FulfilmentStatus.SHIPPED,
            FulfilmentStatus.DELIVERED, FulfilmentStatus.COLLECTED);

    /** The tender of a refund a till paid back with its own tenders (a return brought to a store's till). */
    private static final String TILL = "TILL";

    @PersistenceContext(unitName = "omnistock")
    EntityManager em;

    @Inject
    Access access;

    @Inject
    Orders orders;

    @Inject
    Fulfilments fulfilments;

    @Inject
    Locations locations;

    @Inject
    StockLedger ledger;

    @Inject
    OrderProgress progress;

    @Inject
    SalesFacts salesFacts;

    @Inject
    Journal journal;

    @Inject
    Documents documents;

    @Inject
    Retailer retailer;

    @Inject
    StoredValue storedValue;

    @Inject
    Clock clock;

    /** Authorises the customer to bring these units back. */
    @Idempotent
    public ReturnView authorise(String orderNumber, @NotNull @Valid ReturnRequest request) {
        Caller caller = access.require(Scopes.ORDERS_WRITE);
        CustomerOrder order = orders.locked(orderNumber, caller);
        Map<Integer, Integer> asked = new TreeMap<>();
        request.lines().forEach(line -> asked.merge(line.lineNo(), line.quantity(), Integer::sum));
        List<String> problems = problems(order, asked);
        if (!problems.isEmpty()) {
            throw new Refusal(Refusal.Kind.CONFLICT, "not-returnable", String.join("; ", problems));
        }
        OrderReturn authorised = new OrderReturn(order, clock.instant(), caller.id());
        for (ReturnRequest.Line line : request.lines()) {
            authorised.addLine(order.line(line.lineNo()).orElseThrow(), line.quantity(), line.reason().strip());
        }
        em.persist(authorised);
        authorised.numbered();
        em.flush();
        progress.record(order, "RETURN_AUTHORISED", authorised.getNumber() + ": " + describe(asked), caller.id());
        return ReturnView.of(authorised);
    }

    /**
     * Goods of a return arrived at a location: back on hand there in the state they are in, and refunded against
     * the order.
     */
    @Idempotent
    public ReturnView receive(String returnNumber, @NotNull @Valid ReturnReceipt receipt) {
        Caller caller = access.requireAt(Scopes.STOCK_WRITE, receipt.locationId());
        // Any location may take back any order's return: that is the point of returns anywhere.
        OrderReturn found = byNumber(returnNumber).orElseThrow(() -> new Refusal(Refusal.Kind.NOT_FOUND,
                "unknown-return", "there is no return " + returnNumber));
        Location location = locations.find(receipt.locationId()).orElseThrow(() -> new Refusal(
                Refusal.Kind.INVALID, "unknown-location", "there is no location " + receipt.locationId()));
        CustomerOrder order = lock(found.getOrder());
        OrderReturn authorised = em.find(OrderReturn.class, found.getId(), LockModeType.PESSIMISTIC_WRITE);
        em.refresh(authorised);
        Map<Integer, OrderReturnLine> byLine = new HashMap<>();
        authorised.getLines().forEach(line -> byLine.put(line.getOrderLine().getLineNo(), line));
        List<String> problems = new ArrayList<>();
        for (ReturnReceipt.Line line : receipt.lines()) {
            OrderReturnLine expected = byLine.get(line.lineNo());
            if (expected == null) {
                problems.add("line " + line.lineNo() + " is not part of return " + returnNumber);
            } else if (line.quantity() > expected.outstanding()) {
                problems.add("line " + line.lineNo() + ": " + expected.outstanding() + " unit(s) still expected, not "
                        + line.quantity());
            }
        }
        if (!problems.isEmpty()) {
            throw new Refusal(Refusal.Kind.CONFLICT, "not-expected", String.join("; ", problems));
        }
        Instant now = clock.instant();
        List<StockLedger.LevelWork<Object>> back = new ArrayList<>();
        BigDecimal refund = BigDecimal.ZERO;
        BigDecimal taxBack = BigDecimal.ZERO;
        List<SalesFacts.Line> facts = new ArrayList<>();
        List<Documents.Line> printed = new ArrayList<>();
        List<TaxAmount> taxesBack = new ArrayList<>();
        for (ReturnReceipt.Line line : receipt.lines()) {
            OrderReturnLine returned = byLine.get(line.lineNo());
            OrderLine orderLine = returned.getOrderLine();
            OrderLine.Share share = orderLine.returned(line.quantity());
            BigDecimal amount = share.gross();
            OrderLine.Share given = share.negated();
            printed.add(new Documents.Line(orderLine.getSku().getCode(), orderLine.getSku().getName(),
                    -line.quantity(), orderLine.getUnitPrice(), given.gross(), given.tax(), line.condition().name()));
            taxesBack.addAll(orderLine.taxOf(given));
            returned.receive(line.quantity(), amount);
            refund = refund.add(amount);
            taxBack = taxBack.add(share.tax());
            facts.add(new SalesFacts.Line("return:" + returnNumber + ":" + line.lineNo() + ":"
                    + returned.getReceivedQuantity(), now, order.getChannel(), location, orderLine.getSku(),
                    -line.quantity(), share.net().negate()));
            back.add(new StockLedger.LevelWork<>(orderLine.getSku(), location, () -> ledger.recordReturn(
                    orderLine.getSku(), location, line.quantity(), line.condition(), returnNumber, null, now)));
        }
        ledger.inLockOrder(back);
        salesFacts.record(facts);
        BigDecimal goods = refund;
        Optional<CustomerOrder.ShippingCharge> shippingBack = shippingBack(order);
        if (shippingBack.isPresent()) {
            refund = refund.add(shippingBack.get().gross());
            taxBack = taxBack.add(shippingBack.get().tax());
            CustomerOrder.ShippingCharge given = shippingBack.get().negated();
            printed.add(Documents.Line.shipping(given.gross(), given.tax()));
            taxesBack.addAll(given.taxes());
        }
        BigDecimal reversed = Money.round(refund, retailer.digits());
        BigDecimal taxReversed = Money.round(taxBack, retailer.digits());
        Posting posting = Posting.of(Vocabulary.ORDER_RETURNED, "return", returnNumber, location.getCode(),
                        order.getChannel(), now)
                .line(Vocabulary.REVENUE, null, reversed.subtract(taxReversed))
                .line(Vocabulary.RECEIVABLES, null, reversed.negate());
        journal.post(taxReversed.signum() == 0 ? posting : posting.line(Vocabulary.TAX, null, taxReversed));
        // A credit note per receipt of the return, in the receiving location's series; a return received in parts
        // has one per part, named by the units received so far.
        int receivedSoFar = authorised.getLines().stream().mapToInt(OrderReturnLine::getReceivedQuantity).sum();
        documents.issueAll(location.getCode(), location.zone(), List.of(new Documents.Unnumbered(
                DocumentKind.CREDIT_NOTE, now, "return", returnNumber + "/" + receivedSoFar, reversed.negate(),
                taxReversed.negate(), printed, TaxAmount.byRate(taxesBack.stream()))));
        authorised.received(refund);
        refund(order, refund, goods, returnNumber, location, "order-return/" + returnNumber + "/" + receivedSoFar,
                caller.id());
        progress.record(order, "RETURNED", returnNumber + " received at " + location.getCode() + ": "
                + receipt.lines().stream().map(l -> l.quantity() + " x line " + l.lineNo() + " ("
                + l.condition() + ")").toList() + ", refund " + order.getCurrency() + " " + refund.toPlainString(),
                caller.id());
        return ReturnView.of(authorised);
    }

    /** A line a till brings back, naming another channel's order. */
    public record TillReturn(String orderNumber, int lineNo, String sku, int quantity, StockState condition) {
    }

    /**
     * What stops a till from taking these lines back, for the sale capability before it records the sale; locks
     * the orders (in number order, before any stock level). Empty if nothing does.
     */
    public List<String> tillReturnProblems(List<TillReturn> lines) {
        List<String> problems = new ArrayList<>();
        Map<String, Map<Integer, Integer>> byOrder = new TreeMap<>();
        for (TillReturn line : lines) {
            byOrder.computeIfAbsent(line.orderNumber(), k -> new TreeMap<>()).merge(line.lineNo(), line.quantity(),
                    Integer::sum);
        }
        for (Map.Entry<String, Map<Integer, Integer>> entry : byOrder.entrySet()) {
            Optional<CustomerOrder> order = orders.byNumber(entry.getKey());
            if (order.isEmpty()) {
                problems.add("there is no order " + entry.getKey());
                continue;
            }
            CustomerOrder locked = lock(order.get());
            for (TillReturn line : lines) {
                if (line.orderNumber().equals(entry.getKey()) && locked.line(line.lineNo())
                        .filter(l -> l.getSku().getCode().equals(line.sku())).isEmpty()) {
                    problems.add("order " + entry.getKey() + " has no line " + line.lineNo() + " of " + line.sku());
                }
            }
            if (problems.isEmpty()) {
                problems.addAll(problems(locked, entry.getValue()));
            }
        }
        return problems;
    }

    /**
     * Records lines a till took back as returns of their orders, authorised and received at once, with their
     * refunds, counted in the sales figures of their orders' channels when the till took them ({@code soldAt}); the
     * sale capability has checked them ({@link #tillReturnProblems}) and posts them to the ledger itself, with the
     * rest of the receipt.
     */
    public void recordTillReturns(Location store, String receiptId, Instant soldAt, List<TillReturn> lines) {
        Map<String, List<TillReturn>> byOrder = new TreeMap<>();
        lines.forEach(line -> byOrder.computeIfAbsent(line.orderNumber(), k -> new ArrayList<>()).add(line));
        String actor = "till:" + store.getCode();
        for (Map.Entry<String, List<TillReturn>> entry : byOrder.entrySet()) {
            CustomerOrder order = lock(orders.byNumber(entry.getKey()).orElseThrow());
            OrderReturn returned = new OrderReturn(order, clock.instant(), actor);
            BigDecimal refund = BigDecimal.ZERO;
            List<OrderLine.Share> amounts = new ArrayList<>();
            for (TillReturn line : entry.getValue()) {
                OrderLine orderLine = order.line(line.lineNo()).orElseThrow();
                OrderLine.Share share = orderLine.returned(line.quantity());
                returned.addLine(orderLine, line.quantity(), "returned at " + store.getCode())
                        .receive(line.quantity(), share.gross());
                refund = refund.add(share.gross());
                amounts.add(share);
            }
            em.persist(returned);
            returned.numbered();
            List<SalesFacts.Line> facts = new ArrayList<>();
            for (int i = 0; i < amounts.size(); i++) {
                TillReturn line = entry.getValue().get(i);
                facts.add(new SalesFacts.Line("return:" + returned.getNumber() + ":" + line.lineNo() + ":" + (i + 1),
                        soldAt, order.getChannel(), store,
                        order.line(line.lineNo()).orElseThrow().getSku(), -line.quantity(),
                        amounts.get(i).net().negate()));
            }
            salesFacts.record(facts);
            BigDecimal goods = refund;
            refund = refund.add(shippingBack(order).map(CustomerOrder.ShippingCharge::gross)
                    .orElse(BigDecimal.ZERO));
            returned.received(refund);
            em.flush();
            refund(order, refund, goods, returned.getNumber(), store, null, actor);
            progress.record(order, "RETURNED", returned.getNumber() + " at the till of " + store.getCode()
                    + " (receipt " + receiptId + "): " + entry.getValue().stream().map(l -> l.quantity()
                    + " x line " + l.lineNo() + " (" + l.condition() + ")").toList() + ", refund "
                    + order.getCurrency() + " " + refund.toPlainString(), actor);
        }
    }

    public Optional<ReturnView> find(String number) {
        Caller caller = access.require(Scopes.READ);
        return byNumber(number).filter(r -> visible(r, caller)).map(ReturnView::of);
    }

    /** The newest returns in these states that the caller may see, at most {@code max}. */
    public List<ReturnView> recent(Set<ReturnStatus> statuses, int max) {
        Caller caller = access.require(Scopes.READ);
        return em.createNamedQuery(OrderReturn.FIND_BY_STATUS, OrderReturn.class).setParameter("statuses", statuses)
                .setMaxResults(caller.isBound() ? SCANNED_FOR_A_STORE : max).getResultStream()
                .filter(r -> visible(r, caller)).limit(max).map(ReturnView::of).toList();
    }

    /**
     * What of each line of the order may still be authorised to come back: units with the customer, less those
     * returned and those already expected on a return.
     */
    public Map<Integer, Integer> returnable(String orderNumber) {
        Caller caller = access.require(Scopes.READ);
        CustomerOrder order = orders.byNumber(orderNumber).filter(o -> orders.visible(o, caller)).orElseThrow(
                () -> new Refusal(Refusal.Kind.NOT_FOUND, "unknown-order", "there is no order " + orderNumber));
        return returnable(order);
    }

    /**
     * A caller sees a return of an order it sees; and, while its goods are still expected, any caller that may take
     * stock in somewhere: goods come back at any store, whose staff look the return up by its number to receive it.
     */
    private boolean visible(OrderReturn found, Caller caller) {
        return orders.visible(found.getOrder(), caller)
                || (found.getStatus() != ReturnStatus.RECEIVED && caller.has(Scopes.STOCK_WRITE));
    }

    public List<ReturnView> ofOrder(CustomerOrder order) {
        return em.createNamedQuery(OrderReturn.FIND_BY_ORDER, OrderReturn.class).setParameter("order", order)
                .getResultStream().map(ReturnView::of).toList();
    }

    /** Why these units of the order's lines cannot come back; empty if they can. */
    private List<String> problems(CustomerOrder order, Map<Integer, Integer> asked) {
        Map<Integer, Integer> returnable = returnable(order);
        List<String> problems = new ArrayList<>();
        asked.forEach((lineNo, units) -> {
            if (order.line(lineNo).isEmpty()) {
                problems.add("order " + order.getNumber() + " has no line " + lineNo);
                return;
            }
            int mayComeBack = returnable.getOrDefault(lineNo, 0);
            if (units > mayComeBack) {
                problems.add("line " + lineNo + " of order " + order.getNumber() + ": " + mayComeBack
                        + " unit(s) may come back, not " + units);
            }
        });
        return problems;
    }

    /** By line number: units with the customer, less those returned and those still expected on a return. */
    private Map<Integer, Integer> returnable(CustomerOrder order) {
        Map<Integer, Integer> returnable = new TreeMap<>();
        fulfilments.unitStates(order).stream().filter(u -> WITH_THE_CUSTOMER.contains(u.status()))
                .forEach(u -> returnable.merge(u.lineNo(), u.quantity(), Integer::sum));
        order.getLines().forEach(line -> returnable.merge(line.getLineNo(), -line.getReturnedQuantity(),
                Integer::sum));
        em.createNamedQuery(OrderReturn.FIND_BY_ORDER, OrderReturn.class).setParameter("order", order)
                .getResultStream().flatMap(r -> r.getLines().stream())
                .forEach(l -> returnable.merge(l.getOrderLine().getLineNo(), -l.outstanding(), Integer::sum));
        returnable.replaceAll((line, units) -> Math.max(0, units));
        return returnable;
    }

    /** Shipping (less its discount) comes back with the return that brings the last unit back. */
    private static Optional<CustomerOrder.ShippingCharge> shippingBack(CustomerOrder order) {
        boolean allBack = order.getLines().stream().allMatch(l -> l.getReturnedQuantity() == l.activeQuantity());
        return allBack ? order.shippingCharged() : Optional.empty();
    }

    /**
     * Records the refund where the refund rule sends it ({@link RefundRule#allocate}): back to what the channel's
     * payment provider took first, then as the customer's store credit (credited here, {@code creditReference} once)
     * for what gift cards and store credit paid; and settles the customer's points for the goods refunded. Money a
     * till paid back is recorded as {@code TILL}: it went by the till's own tenders.
     */
    private void refund(CustomerOrder order, BigDecimal amount, BigDecimal goods, String reference,
                        Location location, String creditReference, String actor) {
        BigDecimal due = Money.round(amount, Money.digits(order.getCurrency()));
        if (due.signum() > 0) {
            Map<String, BigDecimal> split = creditReference == null ? Map.of(TILL, due) : RefundRule.allocate(
                    paidBy(order), refundedBy(order), due, order.getCustomerNumber() != null
                            && order.getCurrency().equals(retailer.currency()));
            if (split.isEmpty()) {
                throw new Refusal(Refusal.Kind.CONFLICT, "refund-exceeds", "a refund of " + due.toPlainString()
                        + " is more than the order's payments let go back: paid " + paidBy(order) + ", refunded "
                        + refundedBy(order));
            }
            for (Map.Entry<String, BigDecimal> part : split.entrySet()) {
                order.pay(PaymentKind.REFUNDED, part.getKey(), null, part.getValue(), reference, clock.instant(),
                        actor).ifPresent(problem -> {
                            throw new Refusal(Refusal.Kind.CONFLICT, "refund-exceeds", problem);
                        });
                if (PosSaleTender.STORE_CREDIT.equals(part.getKey())) {
                    storedValue.creditOrder(order.getCustomerNumber(), part.getValue(), creditReference,
                            location.getCode(), order.getChannel(), actor);
                }
            }
        }
        orders.settlePoints(order, goods, "return " + reference, actor);
    }

    /**
     * What each tender paid for the order: gift cards and store credit what the platform redeemed, the channel's
     * provider ({@code CARD}) the rest of the order's total (channels rarely report every capture).
     */
    private static Map<String, BigDecimal> paidBy(CustomerOrder order) {
        Map<String, BigDecimal> paid = new HashMap<>(order.paymentsByTender(PaymentKind.CAPTURED));
        paid.remove(PosSaleTender.CARD);
        BigDecimal storedValue = paid.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        paid.put(PosSaleTender.CARD, order.getTotal().subtract(storedValue));
        return atCurrencyDigits(paid, order);
    }

    /** What went back to each tender; what a till paid back counts against the provider's part first. */
    private static Map<String, BigDecimal> refundedBy(CustomerOrder order) {
        Map<String, BigDecimal> refunded = new HashMap<>(order.paymentsByTender(PaymentKind.REFUNDED));
        BigDecimal atTills = refunded.remove(TILL);
        if (atTills != null) {
            refunded.merge(PosSaleTender.CARD, atTills, BigDecimal::add);
        }
        return atCurrencyDigits(refunded, order);
    }

    /** Amounts as the refund rule compares and splits them: at the order's currency's digits (kept with four). */
    private static Map<String, BigDecimal> atCurrencyDigits(Map<String, BigDecimal> amounts, CustomerOrder order) {
        amounts.replaceAll((tender, amount) -> Money.stored(amount, Money.digits(order.getCurrency())));
        return amounts;
    }

    private CustomerOrder lock(CustomerOrder order) {
        CustomerOrder locked = em.find(CustomerOrder.class, order.getId(), LockModeType.PESSIMISTIC_WRITE);
        em.refresh(locked);
        return locked;
    }

    private Optional<OrderReturn> byNumber(String number) {
        return em.createNamedQuery(OrderReturn.FIND_BY_NUMBER, OrderReturn.class).setParameter("number", number)
                .getResultStream().findFirst();
    }

    private static String describe(Map<Integer, Integer> asked) {
        List<String> parts = new ArrayList<>();
        asked.forEach((line, units) -> parts.add(units + " x line " + line));
        return String.join(", ", parts);
    }

    /** The newest returns of a customer's orders, for their timeline. */
    public void activityOf(@Observes ActivityQuery query) {
        query.add(em.createNamedQuery(OrderReturn.FIND_BY_CUSTOMERS, OrderReturn.class)
                .setParameter("customers", query.customerNumbers()).setMaxResults(query.max()).getResultStream()
                .map(r -> new Activity(r.getCreatedAt(), "RETURN", r.getNumber(), r.getOrder().getChannel(), null,
                        r.getRefunded(), "of order " + r.getOrder().getNumber() + ", "
                        + r.getStatus().name().toLowerCase(java.util.Locale.ROOT)))
                .toList());
    }
}
