package org.omnistock.order.control;

import java.util.List;
import java.util.Set;

import org.omnistock.fulfilment.entity.FulfilmentStatus;
import org.omnistock.order.entity.OrderStatus;

/** An order's status from its lines and where their units stand (see the order package for the rules). */
public final class OrderStatusRules {

    /** Units that left their location for the customer (or for the store the customer collects at). */
    private static final Set<FulfilmentStatus> ON_THEIR_WAY = Set.of(FulfilmentStatus.SHIPPED,
            FulfilmentStatus.DELIVERED, FulfilmentStatus.COLLECTED, FulfilmentStatus.READY_FOR_PICKUP,
            FulfilmentStatus.AWAITING_ARRIVAL);
    private static final Set<FulfilmentStatus> DONE = Set.of(FulfilmentStatus.DELIVERED, FulfilmentStatus.COLLECTED);
    private static final Set<FulfilmentStatus> IN_HAND = Set.of(FulfilmentStatus.ACCEPTED, FulfilmentStatus.PICKED,
            FulfilmentStatus.PACKED);

    private OrderStatusRules() {
    }

    /** One order line's counts. */
    public record Line(int quantity, int cancelled, int returned) {
    }

    /** Units of the order standing at one fulfilment status. */
    public record Units(FulfilmentStatus status, int quantity) {
    }

    public static OrderStatus derive(List<Line> lines, List<Units> units, boolean onHold) {
        int active = lines.stream().mapToInt(l -> l.quantity() - l.cancelled()).sum();
        int returned = lines.stream().mapToInt(Line::returned).sum();
        if (active == 0) {
            return OrderStatus.CANCELLED;
        }
        if (returned > 0) {
            return returned == active ? OrderStatus.RETURNED : OrderStatus.PARTLY_RETURNED;
        }
        if (onHold) {
            return OrderStatus.ON_HOLD;
        }
        int placed = units.stream().mapToInt(Units::quantity).sum();
        if (placed < active) {
            return placed == 0 ? OrderStatus.UNFILLABLE : OrderStatus.PARTLY_ALLOCATED;
        }
        if (units.stream().allMatch(u -> DONE.contains(u.status()))) {
            return OrderStatus.COMPLETED;
        }
        if (units.stream().allMatch(u -> ON_THEIR_WAY.contains(u.status()))) {
            return units.stream().anyMatch(u -> u.status() == FulfilmentStatus.READY_FOR_PICKUP)
                    ? OrderStatus.READY_FOR_PICKUP : OrderStatus.SHIPPED;
        }
        if (units.stream().anyMatch(u -> ON_THEIR_WAY.contains(u.status()))) {
            return OrderStatus.PARTLY_SHIPPED;
        }
        return units.stream().anyMatch(u -> IN_HAND.contains(u.status())) ? OrderStatus.IN_FULFILMENT
                : OrderStatus.ALLOCATED;
    }
}
