package org.omnistock.order.view;

import java.io.Serializable;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.omnistock.order.boundary.OrderSummary;
import org.omnistock.order.boundary.Orders;
import org.omnistock.order.entity.OrderStatus;
import org.omnistock.platform.Page;
import org.omnistock.platform.Refusal;
import org.omnistock.platform.view.Messages;

/** Backs order/orders.xhtml: the orders of every channel, newest first, found by status, channel or number. */
@Named
@ViewScoped
public class OrdersPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int SHOWN = 100;

    @Inject
    Orders orders;

    private String channel;
    private OrderStatus status;
    private String query;
    private List<OrderSummary> found = List.of();
    private long total;

    public void load() {
        try {
            Page<OrderSummary> page = orders.list(blank(channel), status, null, null, blank(query), 0, SHOWN);
            found = page.items();
            total = page.total();
        } catch (Refusal refusal) {
            Messages.warn(refusal.getMessage());
        }
    }

    private static String blank(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public OrderStatus[] getStatuses() {
        return OrderStatus.values();
    }

    public List<OrderSummary> getFound() {
        return found;
    }

    public long getTotal() {
        return total;
    }

    public String getChannel() {
        return channel;
    }

    public void setChannel(String channel) {
        this.channel = channel;
    }

    public OrderStatus getStatus() {
        return status;
    }

    public void setStatus(OrderStatus status) {
        this.status = status;
    }

    public String getQuery() {
        return query;
    }

    public void setQuery(String query) {
        this.query = query;
    }
}
