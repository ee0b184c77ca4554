package org.omnistock.order.view;

import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.omnistock.access.boundary.Access;
import org.omnistock.fulfilment.boundary.DecisionView;
import org.omnistock.fulfilment.routing.Decision;
import org.omnistock.order.boundary.HoldRequest;
import org.omnistock.order.boundary.OrderCancellation;
import org.omnistock.order.boundary.OrderView;
import org.omnistock.order.boundary.Orders;
import org.omnistock.platform.Refusal;
import org.omnistock.platform.view.Messages;

/**
 * Backs order/order.xhtml: one order with its lines, fulfilments, payments and timeline, how it was routed and
 * why, and what a person may do with it (cancel, hold, release, route again).
 */
@Named
@ViewScoped
public class OrderPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Orders orders;

    @Inject
    Access access;

    private String number;
    private OrderView order;
    private List<DecisionView> decisions = List.of();
    private String reason;

    public void load() {
        if (number == null) {
            return;
        }
        try {
            Optional<OrderView> found = orders.find(number.strip());
            if (found.isEmpty()) {
                Messages.warn("No order " + number);
                order = null;
                return;
            }
            order = found.get();
            decisions = access.caller().isBound() ? List.of() : orders.decisions(order.number());
        } catch (Refusal refusal) {
            Messages.warn(refusal.getMessage());
        }
    }

    public void cancel() {
        act(() -> orders.cancel(number, new OrderCancellation(List.of(), reasonOr("cancelled in the back office"))),
                "Cancelled");
    }

    public void hold() {
        act(() -> orders.hold(number, new HoldRequest(reasonOr("held in the back office"))), "On hold");
    }

    public void release() {
        act(() -> orders.release(number), "Hold released; waiting units routed again");
    }

    public void reroute() {
        act(() -> orders.reroute(number), "Routed again");
    }

    private void act(Supplier<OrderView> change, String done) {
        if (Messages.attempt(change) != null) {
            Messages.info(done);
            reason = null;
        }
        load();
    }

    private String reasonOr(String fallback) {
        return reason == null || reason.isBlank() ? fallback : reason.strip();
    }

    /** A plan as one line: each location with its lines. */
    public String describe(Decision.Plan plan) {
        if (plan == null) {
            return "none";
        }
        return plan.allocations().stream().map(a -> a.location() + (a.shipsToStore() ? " (ships to the store)" : "")
                + ": " + a.lines().stream().map(l -> l.quantity() + " x " + l.sku()).collect(Collectors.joining(", ")))
                .collect(Collectors.joining(" + ")) + String.format(" — %.2f points, %.0f km, cost %.2f",
                plan.points(), plan.distanceKm(), plan.cost());
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number;
    }

    public OrderView getOrder() {
        return order;
    }

    public List<DecisionView> getDecisions() {
        return decisions;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
