package org.omnistock.order.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.omnistock.fulfilment.entity.FulfilmentStatus;
import org.omnistock.order.control.OrderStatusRules.Line;
import org.omnistock.order.control.OrderStatusRules.Units;
import org.omnistock.order.entity.OrderStatus;

class OrderStatusRulesTest {

    private static final List<Line> TWO_LINES = List.of(new Line(2, 0, 0), new Line(1, 0, 0));

    private static OrderStatus of(List<Line> lines, boolean onHold, Units... units) {
        return OrderStatusRules.derive(lines, List.of(units), onHold);
    }

    @Test
    void unitsWithoutALocationMakeItUnfillableOrPartlyAllocated() {
        assertEquals(OrderStatus.UNFILLABLE, of(TWO_LINES, false));
        assertEquals(OrderStatus.PARTLY_ALLOCATED, of(TWO_LINES, false, new Units(FulfilmentStatus.SENT, 2)));
        assertEquals(OrderStatus.ALLOCATED, of(TWO_LINES, false, new Units(FulfilmentStatus.SENT, 3)));
    }

    @Test
    void itFollowsItsLeastAdvancedUnits() {
        assertEquals(OrderStatus.IN_FULFILMENT, of(TWO_LINES, false, new Units(FulfilmentStatus.ACCEPTED, 2),
                new Units(FulfilmentStatus.SENT, 1)));
        assertEquals(OrderStatus.PARTLY_SHIPPED, of(TWO_LINES, false, new Units(FulfilmentStatus.SHIPPED, 2),
                new Units(FulfilmentStatus.PICKED, 1)));
        assertEquals(OrderStatus.SHIPPED, of(TWO_LINES, false, new Units(FulfilmentStatus.SHIPPED, 2),
                new Units(FulfilmentStatus.DELIVERED, 1)));
        assertEquals(OrderStatus.READY_FOR_PICKUP, of(TWO_LINES, false, new Units(FulfilmentStatus.READY_FOR_PICKUP,
                3)));
        assertEquals(OrderStatus.SHIPPED, of(TWO_LINES, false, new Units(FulfilmentStatus.AWAITING_ARRIVAL, 3)));
        assertEquals(OrderStatus.COMPLETED, of(TWO_LINES, false, new Units(FulfilmentStatus.DELIVERED, 2),
                new Units(FulfilmentStatus.COLLECTED, 1)));
    }

    @Test
    void cancelledReturnedAndHeldComeFirst() {
        assertEquals(OrderStatus.CANCELLED, of(List.of(new Line(2, 2, 0)), false));
        assertEquals(OrderStatus.PARTLY_RETURNED, of(List.of(new Line(2, 0, 1)), false,
                new Units(FulfilmentStatus.DELIVERED, 2)));
        assertEquals(OrderStatus.RETURNED, of(List.of(new Line(2, 1, 1)), false,
                new Units(FulfilmentStatus.DELIVERED, 1)));
        assertEquals(OrderStatus.ON_HOLD, of(TWO_LINES, true, new Units(FulfilmentStatus.SENT, 1)));
        assertEquals(OrderStatus.ALLOCATED, of(List.of(new Line(3, 1, 0)), false, new Units(FulfilmentStatus.SENT,
                2)));
    }
}
