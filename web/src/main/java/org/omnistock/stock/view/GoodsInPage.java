package org.omnistock.stock.view;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.omnistock.catalog.view.Scanning;
import org.omnistock.location.view.Workplaces;
import org.omnistock.platform.Refusal;
import org.omnistock.platform.view.Messages;
import org.omnistock.stock.boundary.Deliveries;
import org.omnistock.stock.boundary.DeliveryReceipt;
import org.omnistock.stock.boundary.DeliveryView;

/**
 * Backs stock/goods-in.xhtml: the deliveries announced for a location, one opened at the door and counted in line
 * by line (typed, or a scan a unit), received with its differences to what was announced; and those received lately.
 */
@Named
@ViewScoped
public class GoodsInPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Deliveries deliveries;

    @Inject
    Workplaces workplaces;

    @Inject
    Scanning scanning;

    private String location;
    private List<String> choices = List.of();
    private List<DeliveryView> expected = List.of();
    private List<DeliveryView> received = List.of();
    private String opened;
    /** Units counted in per SKU of the opened delivery, as typed or scanned. */
    private final Map<String, Long> counted = new HashMap<>();
    private String scanned;
    private String found;

    public void load() {
        if (choices.isEmpty()) {
            choices = workplaces.codes();
        }
        location = workplaces.chosen(location, choices);
        if (location == null) {
            return;
        }
        try {
            expected = deliveries.expected(location);
            received = deliveries.received(location);
        } catch (Refusal refusal) {
            Messages.warn(refusal.getMessage());
            expected = List.of();
            received = List.of();
        }
        if (opened != null && getDelivery() == null) {
            opened = null;
        }
    }

    public void open(String reference) {
        opened = reference;
        counted.clear();
        found = null;
    }

    /** A scanned item counts one more unit in on its line of the opened delivery. */
    public void scan() {
        found = scanning.sku(scanned).map(sku -> sku.code()).orElse(null);
        scanned = null;
        DeliveryView delivery = getDelivery();
        if (found == null) {
            return;
        }
        if (delivery == null) {
            Messages.warn("Open a delivery first: its lines are what a scan counts in");
            return;
        }
        delivery.lines().stream().filter(line -> line.sku().equals(found) && line.received() == null).findFirst()
                .ifPresentOrElse(line -> {
                    long units = counted.merge(line.sku(), 1L, Long::sum);
                    Messages.info(line.sku() + ": " + units + " of " + line.announced() + " counted in");
                }, () -> Messages.warn(found + " is not on delivery " + opened + " (or was received already):"
                        + " receive it on the stock page and tell the supplier"));
    }

    public boolean isFound(DeliveryView.Line line) {
        return line.sku().equals(found);
    }

    /** Receives the opened delivery: each line as counted, a line left empty as announced (all of it came). */
    public void receive() {
        DeliveryView delivery = getDelivery();
        if (delivery == null) {
            return;
        }
        List<DeliveryReceipt.Line> lines = new ArrayList<>();
        for (DeliveryView.Line line : delivery.lines()) {
            if (line.received() == null) {
                Long units = counted.get(line.sku());
                lines.add(new DeliveryReceipt.Line(line.sku(), units == null ? line.announced() : units));
            }
        }
        DeliveryView done = Messages.attempt(() -> deliveries.receive(opened, new DeliveryReceipt(location, lines)));
        if (done != null) {
            Messages.info("Delivery " + opened + " received" + (done.hasDifferences()
                    ? ", with differences: " + String.join(", ", done.lines().stream()
                    .filter(l -> l.difference() != null && l.difference() != 0)
                    .map(l -> l.sku() + " " + (l.difference() > 0 ? "+" : "") + l.difference()).toList())
                    : ", as announced"));
            opened = null;
            counted.clear();
        }
        load();
    }

    /** The delivery being received, as last loaded. */
    public DeliveryView getDelivery() {
        return opened == null ? null : expected.stream().filter(d -> d.reference().equals(opened)).findFirst()
                .orElse(null);
    }

    public String getLocation() {
        return location;
    }

    public void setLocation(String location) {
        this.location = location;
    }

    public List<String> getChoices() {
        return choices;
    }

    public List<DeliveryView> getExpected() {
        return expected;
    }

    public List<DeliveryView> getReceived() {
        return received;
    }

    public String getOpened() {
        return opened;
    }

    public void setOpened(String opened) {
        this.opened = opened == null || opened.isBlank() ? null : opened;
    }

    public Map<String, Long> getCounted() {
        return counted;
    }

    public String getScanned() {
        return scanned;
    }

    public void setScanned(String scanned) {
        this.scanned = scanned;
    }
}
