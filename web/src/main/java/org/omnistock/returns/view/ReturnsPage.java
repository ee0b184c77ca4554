package org.omnistock.returns.view;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.omnistock.location.view.Workplaces;
import org.omnistock.order.boundary.OrderView;
import org.omnistock.order.boundary.Orders;
import org.omnistock.platform.Refusal;
import org.omnistock.platform.view.Messages;
import org.omnistock.returns.boundary.ReturnReceipt;
import org.omnistock.returns.boundary.ReturnRequest;
import org.omnistock.returns.boundary.ReturnView;
import org.omnistock.returns.boundary.Returns;
import org.omnistock.returns.entity.ReturnStatus;
import org.omnistock.stock.entity.StockState;

/**
 * Backs returns/returns.xhtml: returns still expected and those received lately with their refunds; receiving a
 * return's goods at the counter (any store may: the customer brings them where it suits them); and authorising a
 * return of an order's units that reached the customer.
 */
@Named
@ViewScoped
public class ReturnsPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int SHOWN = 100;

    @Inject
    Returns returns;

    @Inject
    Orders orders;

    @Inject
    Workplaces workplaces;

    private List<ReturnView> expected = List.of();
    private List<ReturnView> received = List.of();
    private List<String> locations = List.of();

    private String number;
    private ReturnView opened;
    private String location;
    private final Map<Integer, Integer> receiving = new HashMap<>();
    /** The state each line's goods came back in, by the name of a {@link StockState}. */
    private final Map<Integer, String> conditions = new HashMap<>();

    private String orderNumber;
    private OrderView order;
    private Map<Integer, Integer> returnable = Map.of();
    private final Map<Integer, Integer> authorising = new HashMap<>();
    private final Map<Integer, String> reasons = new HashMap<>();

    public void load() {
        if (locations.isEmpty()) {
            locations = workplaces.codes();
            location = workplaces.chosen(location, locations);
        }
        expected = returns.recent(Set.of(ReturnStatus.AUTHORISED, ReturnStatus.PARTLY_RECEIVED), SHOWN);
        received = returns.recent(Set.of(ReturnStatus.RECEIVED), SHOWN / 4);
        if (number != null && opened == null) {
            find();
        }
    }

    /** Opens the return the customer's label names, to receive its goods here. */
    public void find() {
        receiving.clear();
        conditions.clear();
        opened = number == null ? null : returns.find(number.strip()).orElse(null);
        if (opened == null) {
            Messages.warn("There is no return " + number + " that you may see");
            return;
        }
        opened.lines().forEach(line -> {
            receiving.put(line.lineNo(), line.quantity() - line.received());
            conditions.put(line.lineNo(), StockState.AVAILABLE.name());
        });
    }

    public void open(String returnNumber) {
        number = returnNumber;
        find();
    }

    public void receive() {
        List<ReturnReceipt.Line> lines = new ArrayList<>();
        receiving.forEach((line, units) -> {
            if (units != null && units > 0) {
                lines.add(new ReturnReceipt.Line(line, units, StockState.valueOf(conditions.getOrDefault(line,
                        StockState.AVAILABLE.name()))));
            }
        });
        if (lines.isEmpty()) {
            Messages.warn("Nothing to receive: give the units that came back");
            return;
        }
        lines.sort(java.util.Comparator.comparing(ReturnReceipt.Line::lineNo));
        ReturnView done = Messages.attempt(() -> returns.receive(opened.number(), new ReturnReceipt(location, lines)));
        if (done != null) {
            Messages.info("Return " + done.number() + " received at " + location + ": " + done.status()
                    + ", refunded so far " + done.currency() + " " + done.refunded());
            opened = null;
            number = null;
        }
        load();
    }

    /** Loads the order's lines with what of each may still come back. */
    public void findOrder() {
        authorising.clear();
        reasons.clear();
        try {
            order = orderNumber == null ? null : orders.find(orderNumber.strip()).orElse(null);
            returnable = order == null ? Map.of() : returns.returnable(order.number());
        } catch (Refusal refusal) {
            order = null;
            Messages.warn(refusal.getMessage());
            return;
        }
        if (order == null) {
            Messages.warn("There is no order " + orderNumber + " that you may see");
        } else if (returnable.values().stream().allMatch(units -> units == 0)) {
            Messages.warn("Nothing of order " + order.number() + " may come back: nothing reached the customer, or"
                    + " it came back already");
        }
    }

    public void authorise() {
        List<ReturnRequest.Line> lines = new ArrayList<>();
        authorising.forEach((line, units) -> {
            if (units != null && units > 0) {
                lines.add(new ReturnRequest.Line(line, units, reasons.getOrDefault(line, "")));
            }
        });
        if (lines.isEmpty()) {
            Messages.warn("Give the units the customer will bring back, with why");
            return;
        }
        lines.sort(java.util.Comparator.comparing(ReturnRequest.Line::lineNo));
        ReturnView authorised = Messages.attempt(() -> returns.authorise(order.number(), new ReturnRequest(lines)));
        if (authorised != null) {
            Messages.info("Return " + authorised.number() + " authorised for order " + order.number()
                    + ": the customer brings it to any store");
            order = null;
            orderNumber = null;
        }
        load();
    }

    /** "2 x SKU (1 in)" for each line, for the lists. */
    public String describe(ReturnView view) {
        return String.join(", ", view.lines().stream().map(l -> l.quantity() + " x " + l.sku()
                + (l.received() > 0 ? " (" + l.received() + " in)" : "")).toList());
    }

    public int returnableOf(int lineNo) {
        return returnable.getOrDefault(lineNo, 0);
    }

    public StockState[] getStates() {
        return StockState.values();
    }

    public List<ReturnView> getExpected() {
        return expected;
    }

    public List<ReturnView> getReceived() {
        return received;
    }

    public List<String> getLocations() {
        return locations;
    }

    public String getNumber() {
        return number;
    }

    public void setNumber(String number) {
        this.number = number == null || number.isBlank() ? null : number;
    }

    public ReturnView getOpened() {
        return opened;
    }

    public String getLocation() {
        return location;
    }

    public void setLocation(String location) {
        this.location = location;
    }

    public Map<Integer, Integer> getReceiving() {
        return receiving;
    }

    public Map<Integer, String> getConditions() {
        return conditions;
    }

    public String getOrderNumber() {
        return orderNumber;
    }

    public void setOrderNumber(String orderNumber) {
        this.orderNumber = orderNumber;
    }

    public OrderView getOrder() {
        return order;
    }

    public Map<Integer, Integer> getAuthorising() {
        return authorising;
    }

    public Map<Integer, String> getReasons() {
        return reasons;
    }
}
