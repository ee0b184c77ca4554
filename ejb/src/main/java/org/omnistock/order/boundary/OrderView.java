package org.omnistock.order.boundary;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.omnistock.fulfilment.boundary.FulfilmentView;
import org.omnistock.fulfilment.routing.DeliveryMode;
import org.omnistock.messages.Money;
import org.omnistock.messages.tax.TaxRate;
import org.omnistock.order.entity.CustomerOrder;
import org.omnistock.order.entity.DeliveryGroup;
import org.omnistock.order.entity.OrderEvent;
import org.omnistock.order.entity.OrderStatus;
import org.omnistock.order.entity.PaymentKind;
import org.omnistock.tax.entity.TaxSummaryLine;

/**
 * An order as clients see it: its lines with their prices, where their units stand, its payments and its trail.
 *
 * @param pointsSpent    loyalty points the customer spent on it
 * @param pointsDiscount what they took off the goods (part of {@code discountTotal})
 * @param replayed       true when the same order had been placed before: this is the first one, unchanged
 * @param tax            the tax in its total, where its channel taxes (docs/sale-to-cash.md, "orders' tax"); zero
 * @param taxes          its tax by component and rate; empty where its channel does not tax
 */
public record OrderView(String number, String channel, String externalId, String customerId, String sellingLocation,
                        String currency, OrderStatus status, String holdReason, BigDecimal subtotal,
                        BigDecimal shipping, BigDecimal shippingDiscount, BigDecimal discountTotal, BigDecimal total,
                        long pointsSpent, BigDecimal pointsDiscount, BigDecimal authorised, BigDecimal captured, BigDecimal refunded, Instant placedAt,
                        String placedBy, Instant updatedAt, List<Line> lines, List<Group> deliveryGroups,
                        List<FulfilmentView> fulfilments, List<Payment> payments, List<Event> timeline,
                        boolean replayed, BigDecimal tax, List<Tax> taxes) implements Serializable {

    /**
     * @param netTotal what the line costs after its discounts (tax included where the order is taxed)
     * @param waiting  units with no location yet
     * @param tax      the tax in {@code netTotal}
     */
    public record Line(int lineNo, String sku, int quantity, BigDecimal unitPrice, BigDecimal discount,
                       BigDecimal netTotal, String deliveryGroup, int cancelled, int returned, BigDecimal refunded,
                       int waiting, BigDecimal tax) implements Serializable {
    }

    public record Group(String id, DeliveryMode mode, String recipient, String line1, String line2,
                        String postalCode, String city, String country, BigDecimal latitude, BigDecimal longitude,
                        String pickupLocation, String region) implements Serializable {
    }

    /** The order's tax of one component and rate (goods and shipping). */
    public record Tax(String name, BigDecimal percent, BigDecimal base, BigDecimal tax) implements Serializable {
    }

    /**
     * A payment or refund and its tender: {@code CARD} the channel's provider, {@code GIFT_CARD} (its {@code card}
     * shown by the last four), {@code STORE_CREDIT}, or {@code TILL} for money a store's till paid back.
     */
    public record Payment(PaymentKind kind, String tender, String card, BigDecimal amount, String reference,
                          Instant recordedAt) implements Serializable {
    }

    public record Event(Instant at, String actor, String kind, String detail) implements Serializable {
    }

    static OrderView of(CustomerOrder order, List<FulfilmentView> fulfilments, Map<Integer, Integer> waiting,
                        List<OrderEvent> events, boolean replayed) {
        int digits = Money.digits(order.getCurrency());
        return new OrderView(order.getNumber(), order.getChannel(), order.getExternalId(), order.getCustomerId(),
                order.getSellingLocation() == null ? null : order.getSellingLocation().getCode(), order.getCurrency(),
                order.getStatus(), order.getHoldReason(), money(order.getSubtotal(), digits),
                money(order.getShipping(), digits), money(order.getShippingDiscount(), digits),
                money(order.getDiscountTotal(), digits), money(order.getTotal(), digits), order.getPointsSpent(),
                money(order.getPointsDiscount(), digits), money(order.getAuthorised(), digits), money(order.getCaptured(), digits),
                money(order.getRefunded(), digits), order.getPlacedAt(), order.getPlacedBy(), order.getUpdatedAt(),
                order.getLines().stream().map(l -> new Line(l.getLineNo(), l.getSku().getCode(), l.getQuantity(),
                        money(l.getUnitPrice(), digits), money(l.getDiscount(), digits), money(l.getNetTotal(), digits),
                        l.getDeliveryGroup().getCode(), l.getCancelledQuantity(), l.getReturnedQuantity(),
                        money(l.getRefunded(), digits), waiting.getOrDefault(l.getLineNo(), 0),
                        money(l.getTaxTotal(), digits))).toList(),
                order.getDeliveryGroups().stream().map(OrderView::group).toList(), fulfilments,
                order.getPayments().stream().map(p -> new Payment(p.getKind(), p.getTender(), p.getCardShown(),
                        money(p.getAmount(), digits), p.getReference(), p.getRecordedAt())).toList(),
                events.stream().map(e -> new Event(e.getOccurredAt(), e.getActor(), e.getKind(), e.getDetail()))
                        .toList(), replayed, money(order.getTaxes().stream().map(TaxSummaryLine::getTax)
                        .reduce(BigDecimal.ZERO, BigDecimal::add), digits), order.getTaxes().stream()
                        .map(t -> new Tax(t.getName(), TaxRate.plain(t.getPercent()), money(t.getBase(), digits),
                                money(t.getTax(), digits))).toList());
    }

    private static Group group(DeliveryGroup group) {
        DeliveryGroup.Address address = group.address();
        return new Group(group.getCode(), group.getMode(), address.recipient(), address.line1(), address.line2(),
                address.postalCode(), address.city(), address.country(), address.latitude(), address.longitude(),
                group.getPickupLocation() == null ? null : group.getPickupLocation().getCode(), address.region());
    }

    /** Kept with four decimals; shown at the currency's minor unit. */
    static BigDecimal money(BigDecimal amount, int digits) {
        return Money.round(amount, digits);
    }
}
