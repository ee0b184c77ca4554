package org.omnistock.order.control;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.omnistock.fulfilment.boundary.Fulfilments;
import org.omnistock.messages.Destinations;
import org.omnistock.messages.Headers;
import org.omnistock.messages.JsonCodec;
import org.omnistock.messages.order.OrderChanged;
import org.omnistock.order.entity.CustomerOrder;
import org.omnistock.order.entity.OrderEvent;
import org.omnistock.order.entity.OrderStatus;
import org.omnistock.outbox.control.Outbox;
import org.omnistock.outbox.control.OutgoingEvent;

/**
 * Keeps an order's trail and status: every change is written to its trail, its status derived again, and a change
 * of status published on {@value Destinations#ORDER_CHANGED}, all in the transaction that made the change.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class OrderProgress {

    @PersistenceContext(unitName = "omnistock")
    EntityManager em;

    @Inject
    Fulfilments fulfilments;

    @Inject
    Outbox outbox;

    @Inject
    Clock clock;

    /**
     * A change of the order: into its trail, and its status derived again. The one way in for every change, also
     * for the fulfilment capability when routing, a location's report, a deadline or a cancellation changed the
     * order's units ({@code ROUTED}, {@code SHIPPED}, {@code EXPIRED}, ...).
     */
    public void record(CustomerOrder order, String kind, String detail, String actor) {
        Instant now = clock.instant();
        em.persist(new OrderEvent(order, now, actor, kind, detail));
        if (!order.isPlacing() && order.status(derive(order), now)) {
            publish(order, now);
        }
    }

    /** A new order, once placed and routed: its status, and its first event whatever the status. */
    public void settleNew(CustomerOrder order) {
        Instant now = clock.instant();
        order.placedCompletely();
        order.status(derive(order), now);
        publish(order, now);
    }

    private OrderStatus derive(CustomerOrder order) {
        List<OrderStatusRules.Line> lines = order.getLines().stream().map(line -> new OrderStatusRules.Line(
                line.getQuantity(), line.getCancelledQuantity(), line.getReturnedQuantity())).toList();
        List<OrderStatusRules.Units> units = fulfilments.unitStates(order).stream()
                .map(state -> new OrderStatusRules.Units(state.status(), state.quantity())).toList();
        return OrderStatusRules.derive(lines, units, order.isOnHold());
    }

    private void publish(CustomerOrder order, Instant now) {
        String eventId = UUID.randomUUID().toString();
        OrderChanged event = new OrderChanged(OrderChanged.SCHEMA_VERSION, eventId, order.getNumber(),
                order.getChannel(), order.getExternalId(), order.getStatus().name(), order.nextEventSequence(), now);
        outbox.enqueue(new OutgoingEvent(Destinations.ORDER_CHANGED, true, OrderChanged.EVENT_TYPE, eventId,
                Map.of(Headers.CHANNEL, order.getChannel()), JsonCodec.toJson(event), "order:" + order.getNumber()));
    }
}
