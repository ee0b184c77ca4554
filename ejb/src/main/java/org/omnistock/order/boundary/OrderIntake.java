package org.omnistock.order.boundary;

import static org.omnistock.platform.Text.blankToNull;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.Resource;
import jakarta.ejb.EJBException;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.omnistock.access.boundary.Access;
import org.omnistock.access.boundary.Caller;
import org.omnistock.access.entity.Scopes;
import org.omnistock.catalog.boundary.Skus;
import org.omnistock.catalog.entity.Sku;
import org.omnistock.channel.boundary.ChannelLimits;
import org.omnistock.channel.boundary.Channels;
import org.omnistock.channel.entity.SalesChannel;
import org.omnistock.customer.boundary.Customers;
import org.omnistock.customer.boundary.Loyalty;
import org.omnistock.customer.entity.Customer;
import org.omnistock.fulfilment.boundary.Allocations;
import org.omnistock.fulfilment.boundary.Fulfilments;
import org.omnistock.fulfilment.entity.RoutingDecisionRecord;
import org.omnistock.fulfilment.routing.DeliveryMode;
import org.omnistock.fulfilment.routing.Demand;
import org.omnistock.location.boundary.Locations;
import org.omnistock.location.entity.Location;
import org.omnistock.messages.JsonCodec;
import org.omnistock.messages.Money;
import org.omnistock.messages.promotion.LineDiscount;
import org.omnistock.messages.promotion.PricedBasket;
import org.omnistock.messages.promotion.PricedLine;
import org.omnistock.messages.sale.PosSaleTender;
import org.omnistock.messages.tax.MissingTaxRate;
import org.omnistock.messages.tax.SkuTax;
import org.omnistock.messages.tax.TaxAmount;
import org.omnistock.messages.tax.TaxEngine;
import org.omnistock.messages.tax.TaxPlace;
import org.omnistock.messages.tax.TaxableLine;
import org.omnistock.messages.tax.TaxedBasket;
import org.omnistock.messages.tax.TaxedLine;
import org.omnistock.order.control.OrderProgress;
import org.omnistock.order.entity.CustomerOrder;
import org.omnistock.order.entity.DeliveryGroup;
import org.omnistock.order.entity.OrderLine;
import org.omnistock.order.entity.PaymentKind;
import org.omnistock.platform.DatabaseRejection;
import org.omnistock.platform.Refusal;
import org.omnistock.platform.RequestDigest;
import org.omnistock.pricing.boundary.PriceContext;
import org.omnistock.pricing.boundary.PriceResolver;
import org.omnistock.promotion.boundary.BasketItem;
import org.omnistock.promotion.boundary.BasketPricing;
import org.omnistock.promotion.boundary.BasketRequest;
import org.omnistock.promotion.boundary.RedemptionRequest;
import org.omnistock.stock.boundary.Reservations;
import org.omnistock.tax.boundary.TaxConfiguration;
import org.omnistock.tax.entity.TaxSummaryLine;

/** Places orders from every channel: see the order package for what placing does, all or nothing. */
@Stateless
public class OrderIntake {

    private static final Logger LOG = Logger.getLogger(OrderIntake.class.getName());
    /** Tries to route and hold an order before it is kept with its units waiting. */
    static final int ATTEMPTS = 3;

    @PersistenceContext(unitName = "omnistock")
    EntityManager em;

    @Inject
    Access access;

    @Resource
    SessionContext context;

    @Inject
    Channels channels;

    @Inject
    Locations locations;

    @Inject
    Skus skus;

    @Inject
    BasketPricing pricing;

    @Inject
    Allocations allocations;

    @Inject
    OrderProgress progress;

    @Inject
    Orders orders;

    @Inject
    Customers customers;

    @Inject
    Loyalty loyalty;

    @Inject
    Reservations reservations;

    @Inject
    Fulfilments fulfilments;

    @Inject
    PriceResolver prices;

    @Inject
    TaxConfiguration taxes;

    @Inject
    Clock clock;

    /**
     * Places the order, or returns the one placed before under the same channel and external id.
     *
     * @throws Refusal CONFLICT {@code order-exists} if that id was placed with other content, {@code
     *                 basket-price-changed} if the order no longer costs the expected total
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public OrderView place(@NotNull @Valid NewOrder request) {
        return place(request, null);
    }

    /**
     * Places the order as {@link #place(NewOrder)} does, first letting go, in the order's own transaction, of the
     * stock a cart held under {@code heldUnder}: the order is routed with it, and nobody else can take it between.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public OrderView place(@NotNull @Valid NewOrder request, String heldUnder) {
        Caller caller = access.require(Scopes.ORDERS_WRITE);
        String channel = channels.sellingChannel(caller, request.channel());
        String digest = RequestDigest.of(JsonCodec.toJson(request) + "|" + channel);
        OrderIntake self = context.getBusinessObject(OrderIntake.class);
        Optional<OrderView> first = self.placedBefore(channel, request.externalId(), digest);
        if (first.isPresent()) {
            return first.get();
        }
        for (int attempt = 1; attempt <= ATTEMPTS + 1; attempt++) {
            boolean route = attempt <= ATTEMPTS;
            try {
                return self.placeOnce(request, channel, digest, caller, route, heldUnder);
            } catch (Refusal refusal) {
                if (!route || !"stock-moved".equals(refusal.code()) && !"capacity-taken".equals(refusal.code())) {
                    throw refusal;
                }
                LOG.log(Level.FINE, "Order {0}/{1}: routing again, {2}", new Object[] {channel,
                        request.externalId(), refusal.getMessage()});
            } catch (EJBException e) {
                // The same order placed at the same moment by another request: that one was kept.
                Optional<OrderView> concurrent = self.placedBefore(channel, request.externalId(), digest);
                if (concurrent.isPresent()) {
                    return concurrent.get();
                }
                // Chosen as a deadlock's victim (on Derby, reading a SKU's levels for its channels' sellable
                // quantity waits on the levels other orders hold): nothing was kept, so the order tries again.
                if (!route || !DatabaseRejection.isRolledBackByConflict(e)) {
                    throw e;
                }
                LOG.log(Level.FINE, "Order {0}/{1}: trying again after a deadlock", new Object[] {channel,
                        request.externalId()});
            }
        }
        throw new IllegalStateException("unreachable: the last attempt places the order without routing");
    }

    /**
     * The order placed before under this channel and external id, in a transaction of its own: read outside one,
     * the connection would stay with {@link #place} until it returns while its try waits for a second one, and 50
     * orders at once would wait on each other for the whole pool.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public Optional<OrderView> placedBefore(String channel, String externalId, String digest) {
        Optional<CustomerOrder> existing = em.createNamedQuery(CustomerOrder.FIND_BY_EXTERNAL_ID, CustomerOrder.class)
                .setParameter("channel", channel).setParameter("externalId", externalId).getResultStream()
                .findFirst();
        if (existing.isEmpty()) {
            return Optional.empty();
        }
        if (!existing.get().getRequestDigest().equals(digest)) {
            throw new Refusal(Refusal.Kind.CONFLICT, "order-exists", "order " + externalId + " of channel " + channel
                    + " was already placed (as " + existing.get().getNumber() + ") with other content");
        }
        return Optional.of(orders.view(existing.get(), true));
    }

    /**
     * One try, in a transaction of its own, for {@link #place}: priced, redeemed, routed and held; or, when
     * {@code route} is false (every try lost its stock to other orders), kept with its units waiting for routing.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public OrderView placeOnce(NewOrder request, String channel, String digest, Caller caller, boolean route,
                               String heldUnder) {
        if (heldUnder != null) {
            reservations.releaseHolds(heldUnder);
        }
        Map<String, Sku> skuOf = new HashMap<>();
        skus.findAll(request.lines().stream().map(NewOrder.Line::sku).toList())
                .forEach(sku -> skuOf.put(sku.getCode(), sku));
        refuseExcluded(request, channel, skuOf);
        Location sellingLocation = request.sellingLocationId() == null ? null
                : locations.find(request.sellingLocationId()).orElseThrow(() -> new Refusal(Refusal.Kind.INVALID,
                "unknown-location", "there is no location " + request.sellingLocationId()));
        Map<String, NewOrder.Delivery> groups = groups(request);
        BasketRequest basket = new BasketRequest(request.currency(), channel, request.sellingLocationId(),
                request.customerId(), null, null, request.lines().stream()
                .map(line -> new BasketItem(line.sku(), line.quantity())).toList(), request.shipping(),
                request.codes(), request.points());
        PricedBasket priced = pricing.redeemPriced(new RedemptionRequest("order " + channel + ":"
                + request.externalId(), basket, request.expectedTotal())).basket();
        if (priced == null) {
            throw new Refusal(Refusal.Kind.CONFLICT, "redemption-exists", "a redemption was recorded under order "
                    + request.externalId() + " of channel " + channel + " without the order");
        }
        CustomerOrder order = new CustomerOrder(channel, request.externalId(), digest,
                blankToNull(request.customerId()), sellingLocation, request.currency(), caller.id(),
                clock.instant());
        em.persist(order);
        order.numbered();
        Map<String, DeliveryGroup> made = new HashMap<>();
        groups.forEach((id, delivery) -> made.put(id, order.addDeliveryGroup(deliveryGroup(order, delivery))));
        for (int i = 0; i < request.lines().size(); i++) {
            NewOrder.Line line = request.lines().get(i);
            PricedLine price = priced.lines().get(i);
            BigDecimal discount = price.discounts().stream().map(LineDiscount::amount)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            order.addLine(skuOf.get(line.sku()), made.get(groupOf(line, groups)), line.quantity(),
                    price.unitPrice(), discount, price.total());
        }
        order.priced(priced.subtotal(), priced.shipping(), priced.shippingDiscount(), priced.discountTotal(),
                priced.total());
        channels.find(channel).filter(c -> c.getTaxCountry() != null)
                .ifPresent(taxedBy -> tax(order, priced, request, skuOf, taxedBy));
        order.paidWithPoints(priced.pointsSpent(), priced.pointsDiscount());
        Optional<Customer> customer = customers.named(caller, channel, request.customerId());
        if (customer.isPresent()) {
            order.forCustomer(customer.get().getNumber());
            BigDecimal goods = priced.total().subtract(priced.shipping().subtract(priced.shippingDiscount()));
            loyalty.earn(customer.get(), "order " + order.getNumber(), goods, channel, null, order.getPlacedAt(),
                    caller.id());
        }
        if (request.authorisation() != null) {
            order.pay(PaymentKind.AUTHORISED, PosSaleTender.CARD, null, request.authorisation().amount(),
                    request.authorisation().reference(), order.getPlacedAt(), caller.id());
        }
        em.flush();
        progress.record(order, "PLACED", "placed through channel " + channel + ": " + order.getLines().size()
                + " line(s), " + order.getCurrency() + " " + priced.total().toPlainString(), caller.id());
        for (DeliveryGroup group : order.getDeliveryGroups()) {
            List<Demand> lines = new ArrayList<>();
            order.getLines().stream().filter(line -> line.getDeliveryGroup() == group)
                    .forEach(line -> lines.add(new Demand(line.getLineNo(), line.getSku().getCode(),
                            line.getQuantity())));
            if (route) {
                allocations.allocate(order, group, lines, RoutingDecisionRecord.Trigger.NEW_ORDER, caller.id());
            }
        }
        if (!route) {
            order.rerouteLater();
            progress.record(order, "ROUTING_DEFERRED", "other orders took the stock routing counted on, "
                    + ATTEMPTS + " times; routed again shortly", caller.id());
        }
        settleShortage(order, request.shortageOrWait(), route, caller);
        progress.settleNew(order);
        return orders.view(order, false);
    }

    /**
     * A channel sells no SKU its rules exclude: such an order is refused, naming the rule.
     *
     * @throws Refusal INVALID {@code channel-excludes-sku}, a detail for each line
     */
    private void refuseExcluded(NewOrder request, String channel, Map<String, Sku> skuOf) {
        ChannelLimits limits = channels.limits(channel, skuOf.values());
        List<Refusal.Detail> excluded = new ArrayList<>();
        for (int i = 0; i < request.lines().size(); i++) {
            String sku = request.lines().get(i).sku();
            if (skuOf.containsKey(sku)) {
                int line = i;
                limits.exclusion(sku).ifPresent(rule -> excluded.add(new Refusal.Detail("lines[" + line + "].sku",
                        "channel " + channel + " does not sell " + sku + ": " + rule)));
            }
        }
        if (!excluded.isEmpty()) {
            throw new Refusal(Refusal.Kind.INVALID, "channel-excludes-sku", excluded.get(0).message(), excluded);
        }
    }

    /**
     * Units routing could not allocate now wait for stock, or, as the order asks, are cancelled at once or refuse
     * the whole order. Units left for a later routing because other orders took the stock first are short too.
     *
     * @throws Refusal INVALID {@code insufficient-stock} for {@link NewOrder.Shortage#REFUSE}, a detail per line
     */
    private void settleShortage(CustomerOrder order, NewOrder.Shortage shortage, boolean routed, Caller caller) {
        if (shortage == NewOrder.Shortage.WAIT) {
            return;
        }
        Map<Integer, Integer> waiting = new TreeMap<>(fulfilments.waitingUnits(order));
        if (waiting.isEmpty()) {
            return;
        }
        if (shortage == NewOrder.Shortage.REFUSE) {
            List<Refusal.Detail> shortLines = new ArrayList<>();
            waiting.forEach((lineNo, units) -> shortLines.add(new Refusal.Detail("lines[" + (lineNo - 1)
                    + "].quantity", units + " of " + order.line(lineNo).orElseThrow().getQuantity() + " cannot be "
                    + (routed ? "allocated now" : "held: other orders took the stock first"))));
            throw new Refusal(Refusal.Kind.INVALID, "insufficient-stock", "the order asked to be refused unless "
                    + "every unit can be allocated now: " + shortLines.get(0).message(), shortLines);
        }
        BigDecimal goods = BigDecimal.ZERO;
        List<String> cancelled = new ArrayList<>();
        for (Map.Entry<Integer, Integer> line : waiting.entrySet()) {
            goods = goods.add(order.line(line.getKey()).orElseThrow().cancel(line.getValue()));
            cancelled.add(line.getValue() + " x line " + line.getKey());
        }
        order.rerouted();
        orders.settlePoints(order, goods, "cancellation " + order.getNumber() + " at placing", caller.id());
        progress.record(order, "CANCELLED", cancelled + " cancelled at once: no location of the channel could "
                + "give them, and the order asked not to wait", caller.id());
    }

    /** The delivery groups by id, checked: each needs what its mode needs, and every line a group. */
    private Map<String, NewOrder.Delivery> groups(NewOrder request) {
        Map<String, NewOrder.Delivery> groups = new LinkedHashMap<>();
        List<Refusal.Detail> problems = new ArrayList<>();
        for (int i = 0; i < request.deliveryGroups().size(); i++) {
            NewOrder.Delivery delivery = request.deliveryGroups().get(i);
            String field = "deliveryGroups[" + i + "]";
            if (groups.put(delivery.id(), delivery) != null) {
                problems.add(new Refusal.Detail(field + ".id", "is used by another group"));
            }
            if (delivery.mode() == DeliveryMode.SHIP && delivery.address() == null) {
                problems.add(new Refusal.Detail(field + ".address", "a group shipped needs an address"));
            }
            if (delivery.mode() == DeliveryMode.PICKUP) {
                Optional<Location> store = delivery.pickupLocationId() == null ? Optional.empty()
                        : locations.find(delivery.pickupLocationId());
                if (store.isEmpty()) {
                    problems.add(new Refusal.Detail(field + ".pickupLocationId", "a group collected needs the "
                            + "code of the store the customer collects at"));
                } else if (!store.get().offersPickup()) {
                    problems.add(new Refusal.Detail(field + ".pickupLocationId", store.get().getCode()
                            + " does not offer pickup"));
                }
            }
        }
        for (int i = 0; i < request.lines().size(); i++) {
            NewOrder.Line line = request.lines().get(i);
            if (line.deliveryGroup() == null ? groups.size() != 1 : !groups.containsKey(line.deliveryGroup())) {
                problems.add(new Refusal.Detail("lines[" + i + "].deliveryGroup", groups.size() == 1
                        ? "is not the order's delivery group" : "must name one of the delivery groups "
                        + groups.keySet()));
            }
        }
        if (!problems.isEmpty()) {
            throw new Refusal(Refusal.Kind.INVALID, "incomplete-delivery", "the order's delivery is not complete",
                    problems);
        }
        return groups;
    }

    /**
     * The order's tax (docs/sale-to-cash.md, "orders' tax"), by the one tax engine: each delivery group's lines (as
     * the customer pays for them) and its share of the shipping by value, at the rates of where it is supplied (the
     * delivery address, or the store it is collected at) valid now, split as GST between or inside the channel's
     * state. Only prices with tax included are taxed so far: what the customer was shown stays what they pay.
     *
     * @throws Refusal CONFLICT {@code tax-rate-missing}; INVALID {@code prices-without-tax}
     */
    private void tax(CustomerOrder order, PricedBasket priced, NewOrder request, Map<String, Sku> skuOf,
                     SalesChannel taxedBy) {
        Instant at = order.getPlacedAt();
        Sku first = skuOf.get(request.lines().get(0).sku());
        if (!prices.pricesIncludeTax(first, new PriceContext(order.getCurrency(), order.getChannel(),
                request.sellingLocationId(), null, at))) {
            throw new Refusal(Refusal.Kind.INVALID, "prices-without-tax", "channel " + order.getChannel()
                    + " taxes its orders, and " + first.getCode() + " is priced from a list without tax: orders are "
                    + "taxed from prices with tax included only (yet)");
        }
        List<OrderLine> lines = order.getLines();
        Map<DeliveryGroup, List<Integer>> byGroup = new LinkedHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            byGroup.computeIfAbsent(lines.get(i).getDeliveryGroup(), g -> new ArrayList<>()).add(i);
        }
        int digits = Money.digits(order.getCurrency());
        List<BigDecimal> groupValues = byGroup.values().stream().map(indices -> indices.stream()
                .map(i -> priced.lines().get(i).total()).reduce(BigDecimal.ZERO, BigDecimal::add)).toList();
        List<BigDecimal> shippingShares = Money.share(priced.shipping().subtract(priced.shippingDiscount()),
                groupValues, digits);
        TaxedLine[] lineTaxes = new TaxedLine[lines.size()];
        List<TaxAmount> summaries = new ArrayList<>();
        List<TaxAmount> shippingTaxes = new ArrayList<>();
        int g = 0;
        for (Map.Entry<DeliveryGroup, List<Integer>> group : byGroup.entrySet()) {
            List<TaxableLine> taxable = group.getValue().stream().map(i -> {
                SkuTax tax = lines.get(i).getSku().tax();
                return new TaxableLine(lines.get(i).getSku().getCode(), tax.taxClass(), tax.hsnCode(),
                        priced.lines().get(i).total());
            }).toList();
            TaxedBasket taxed;
            try {
                taxed = TaxEngine.tax(order.getCurrency(), taxable, shippingShares.get(g++), true,
                        placeOf(group.getKey(), taxedBy), taxes.rules(), at);
            } catch (MissingTaxRate e) {
                throw new Refusal(Refusal.Kind.CONFLICT, "tax-rate-missing", "the order cannot be taxed: "
                        + e.getMessage());
            }
            for (int k = 0; k < group.getValue().size(); k++) {
                lineTaxes[group.getValue().get(k)] = taxed.lines().get(k);
            }
            summaries.addAll(taxed.summary());
            if (taxed.shipping() != null) {
                shippingTaxes.addAll(taxed.shipping().components());
            }
        }
        order.taxedAs(TaxAmount.byRate(summaries.stream()).stream().map(t -> new TaxSummaryLine(t.name(),
                t.percent(), t.base(), t.tax())).toList(), List.of(lineTaxes),
                TaxAmount.byRate(shippingTaxes.stream()));
    }

    /**
     * Where a delivery group is supplied, for tax: its address, or the store it is collected at (the channel's home
     * when that store has no country); the seller is the channel's home.
     */
    private static TaxPlace placeOf(DeliveryGroup group, SalesChannel taxedBy) {
        if (group.getMode() == DeliveryMode.PICKUP) {
            Location store = group.getPickupLocation();
            return store.getCountry() == null ? TaxPlace.at(taxedBy.getTaxCountry(), taxedBy.getTaxRegion())
                    : new TaxPlace(taxedBy.getTaxCountry(), taxedBy.getTaxRegion(), store.getCountry(),
                    store.getRegion());
        }
        DeliveryGroup.Address to = group.address();
        return new TaxPlace(taxedBy.getTaxCountry(), taxedBy.getTaxRegion(), to.country(), to.region());
    }

    private static String groupOf(NewOrder.Line line, Map<String, NewOrder.Delivery> groups) {
        return line.deliveryGroup() != null ? line.deliveryGroup() : groups.keySet().iterator().next();
    }

    private DeliveryGroup deliveryGroup(CustomerOrder order, NewOrder.Delivery delivery) {
        if (delivery.mode() == DeliveryMode.PICKUP) {
            return DeliveryGroup.collected(order, delivery.id(), locations.find(delivery.pickupLocationId())
                    .orElseThrow(), blankToNull(delivery.recipient()));
        }
        NewOrder.Address a = delivery.address();
        return DeliveryGroup.shipped(order, delivery.id(), new DeliveryGroup.Address(a.recipient(), a.line1(),
                a.line2(), a.postalCode(), a.city(), a.country(), a.latitude(), a.longitude(), a.region()));
    }
}
