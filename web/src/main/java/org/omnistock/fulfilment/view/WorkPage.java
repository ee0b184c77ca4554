package org.omnistock.fulfilment.view;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.omnistock.catalog.view.Scanning;
import org.omnistock.fulfilment.boundary.FulfilmentReport;
import org.omnistock.fulfilment.boundary.FulfilmentView;
import org.omnistock.fulfilment.boundary.Fulfilments;
import org.omnistock.fulfilment.entity.FulfilmentStatus;
import org.omnistock.location.view.Workplaces;
import org.omnistock.platform.Page;
import org.omnistock.platform.Refusal;
import org.omnistock.platform.view.Messages;

/**
 * Backs fulfilment/work.xhtml: a store's or warehouse's work for orders (its pick list, parcels to ship, parcels on
 * their way to it, pickups waiting for their customers) and the steps its staff report.
 */
@Named
@ViewScoped
public class WorkPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int SHOWN = 200;
    /** Work still to do: not shipped, collected, given up or ended. */
    private static final Set<FulfilmentStatus> OPEN = Set.of(FulfilmentStatus.SENT, FulfilmentStatus.ACCEPTED,
            FulfilmentStatus.PICKED, FulfilmentStatus.PACKED, FulfilmentStatus.AWAITING_ARRIVAL,
            FulfilmentStatus.READY_FOR_PICKUP);

    @Inject
    Fulfilments fulfilments;

    @Inject
    Workplaces workplaces;

    @Inject
    Scanning scanning;

    private String location;
    private List<String> choices = List.of();
    private List<FulfilmentView> work = List.of();
    private long total;
    private FulfilmentReport.RejectReason rejectReason = FulfilmentReport.RejectReason.NO_STOCK;
    private final Map<String, String> pickupCodes = new HashMap<>();
    private final Map<String, String> trackingNumbers = new HashMap<>();
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
            Page<FulfilmentView> page = fulfilments.atLocation(location, OPEN, 0, SHOWN);
            work = page.items();
            total = page.total();
        } catch (Refusal refusal) {
            Messages.warn(refusal.getMessage());
            work = List.of();
        }
    }

    /** A scanned item: the work that has it to pick is marked, and said. */
    public void scan() {
        found = scanning.sku(scanned).map(sku -> sku.code()).orElse(null);
        scanned = null;
        if (found == null) {
            return;
        }
        List<String> lines = work.stream().filter(this::holdsFound).map(f -> f.code() + ": " + f.lines().stream()
                .filter(l -> l.sku().equals(found)).mapToInt(l -> l.quantity()).sum() + " x " + found).toList();
        if (lines.isEmpty()) {
            Messages.warn(found + " is in none of the work to do here");
        } else {
            Messages.info(String.join("; ", lines));
        }
    }

    /** Whether the fulfilment has the item last scanned to pick. */
    public boolean holdsFound(FulfilmentView fulfilment) {
        return found != null && fulfilment.lines().stream().anyMatch(l -> l.sku().equals(found));
    }

    public void report(FulfilmentView fulfilment, FulfilmentReport.Step step) {
        String code = fulfilment.code();
        FulfilmentReport report = new FulfilmentReport(step, List.of(),
                step == FulfilmentReport.Step.REJECT ? rejectReason : null, null,
                step == FulfilmentReport.Step.SHIP ? "own courier" : null,
                step == FulfilmentReport.Step.SHIP ? blank(trackingNumbers.get(code)) : null,
                step == FulfilmentReport.Step.COLLECT ? blank(pickupCodes.get(code)) : null);
        if (Messages.attempt(() -> fulfilments.report(code, report)) != null) {
            Messages.info(code + ": " + step.name().toLowerCase().replace('_', ' ') + " reported");
            pickupCodes.remove(code);
        }
        load();
    }

    /** The steps that make sense next for a fulfilment in its state and mode. */
    public List<FulfilmentReport.Step> steps(FulfilmentView fulfilment) {
        boolean pickup = fulfilment.mode().name().equals("PICKUP");
        return switch (fulfilment.status()) {
            case SENT -> List.of(FulfilmentReport.Step.ACCEPT, FulfilmentReport.Step.REJECT);
            case ACCEPTED -> List.of(FulfilmentReport.Step.PICK, FulfilmentReport.Step.REJECT);
            case PICKED -> List.of(FulfilmentReport.Step.PACK, FulfilmentReport.Step.REJECT);
            case PACKED -> pickup ? List.of() : List.of(FulfilmentReport.Step.SHIP);
            case AWAITING_ARRIVAL -> List.of(FulfilmentReport.Step.ARRIVE);
            case READY_FOR_PICKUP -> List.of(FulfilmentReport.Step.COLLECT);
            default -> List.of();
        };
    }

    private static String blank(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public FulfilmentReport.RejectReason[] getRejectReasons() {
        return FulfilmentReport.RejectReason.values();
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

    public List<FulfilmentView> getWork() {
        return work;
    }

    public long getTotal() {
        return total;
    }

    public FulfilmentReport.RejectReason getRejectReason() {
        return rejectReason;
    }

    public void setRejectReason(FulfilmentReport.RejectReason rejectReason) {
        this.rejectReason = rejectReason;
    }

    public Map<String, String> getPickupCodes() {
        return pickupCodes;
    }

    public Map<String, String> getTrackingNumbers() {
        return trackingNumbers;
    }

    public String getScanned() {
        return scanned;
    }

    public void setScanned(String scanned) {
        this.scanned = scanned;
    }
}
