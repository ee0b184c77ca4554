package org.omnistock.stock.view;

import java.io.Serializable;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.omnistock.catalog.view.Scanning;
import org.omnistock.location.boundary.LocationView;
import org.omnistock.location.boundary.Locations;
import org.omnistock.location.view.Workplaces;
import org.omnistock.platform.Refusal;
import org.omnistock.platform.view.Messages;
import org.omnistock.platform.view.UtcTimes;
import org.omnistock.stock.boundary.NewTransfer;
import org.omnistock.stock.boundary.TransferReceipt;
import org.omnistock.stock.boundary.TransferView;
import org.omnistock.stock.boundary.Transfers;
import org.omnistock.stock.entity.Transfer;

/**
 * Backs stock/transfers.xhtml: a location's transfers, what is on its way to it (received here, a scan counting
 * each unit), what it sent, and sending stock to another location.
 */
@Named
@ViewScoped
public class TransfersPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int SHOWN = 100;
    private static final DateTimeFormatter REFERENCE_TIME = DateTimeFormatter.ofPattern("yyMMddHHmmss");

    @Inject
    Transfers transfers;

    @Inject
    Locations locations;

    @Inject
    Workplaces workplaces;

    @Inject
    Scanning scanning;

    @Inject
    Clock clock;

    private String location;
    private List<String> choices = List.of();
    private List<String> destinations = List.of();
    private List<TransferView> incoming = List.of();
    private List<TransferView> outgoing = List.of();
    private List<TransferView> received = List.of();
    /** Units counted in per transfer reference, as typed or scanned. */
    private final Map<String, Long> counted = new HashMap<>();
    private String scanned;
    private String found;

    private String sendSku;
    private String sendTo;
    private Long sendQuantity;
    private String sendReference;
    private LocalDateTime sendExpected;

    public void load() {
        if (choices.isEmpty()) {
            choices = workplaces.codes();
            destinations = locations.list(0, org.omnistock.platform.Page.MAX_SIZE).items().stream()
                    .map(LocationView::code).sorted().toList();
        }
        location = workplaces.chosen(location, choices);
        if (location == null) {
            return;
        }
        try {
            List<TransferView> open = transfers.atLocation(location, Set.of(Transfer.Status.IN_TRANSIT), SHOWN);
            incoming = open.stream().filter(t -> t.toLocationId().equals(location)).toList();
            outgoing = open.stream().filter(t -> t.fromLocationId().equals(location)).toList();
            received = transfers.atLocation(location, Set.of(Transfer.Status.RECEIVED), SHOWN / 5);
        } catch (Refusal refusal) {
            Messages.warn(refusal.getMessage());
            incoming = List.of();
            outgoing = List.of();
            received = List.of();
        }
    }

    /** A scanned item counts one more unit in on the first transfer to here that brings it. */
    public void scan() {
        found = scanning.sku(scanned).map(sku -> sku.code()).orElse(null);
        scanned = null;
        if (found == null) {
            return;
        }
        incoming.stream().filter(t -> t.sku().equals(found)).findFirst().ifPresentOrElse(t -> {
            long units = counted.merge(t.reference(), 1L, Long::sum);
            Messages.info(t.reference() + ": " + units + " of " + t.quantity() + " x " + found + " counted in");
        }, () -> Messages.warn(found + " is on no transfer on its way to " + location));
    }

    public boolean isFound(TransferView transfer) {
        return transfer.sku().equals(found);
    }

    /** Receives what was counted in (what was sent, if nothing was counted). */
    public void receive(TransferView transfer) {
        Long typed = counted.get(transfer.reference());
        long units = typed == null ? transfer.quantity() : typed;
        TransferView done = Messages.attempt(() -> transfers.receive(transfer.reference(),
                new TransferReceipt(units)));
        if (done != null) {
            long difference = units - transfer.quantity();
            Messages.info(transfer.reference() + ": " + units + " x " + transfer.sku() + " received"
                    + (difference == 0 ? "" : difference < 0 ? ", " + -difference + " short" : ", " + difference
                    + " more than sent"));
            counted.remove(transfer.reference());
        }
        load();
    }

    public void send() {
        String reference = sendReference == null || sendReference.isBlank()
                ? "TR-" + location + "-" + REFERENCE_TIME.format(clock.instant().atOffset(ZoneOffset.UTC))
                : sendReference.strip();
        if (sendSku == null || sendSku.isBlank()) {
            Messages.warn("Give the SKU to send, or scan its barcode");
            return;
        }
        String sku = scanning.sku(sendSku).map(s -> s.code()).orElse(null);
        if (sku == null) {
            return;
        }
        TransferView sent = Messages.attempt(() -> transfers.ship(new NewTransfer(reference, sku, location, sendTo,
                sendQuantity, sendExpected == null ? clock.instant().plus(Duration.ofDays(1))
                : UtcTimes.toInstant(sendExpected))));
        if (sent != null) {
            Messages.info(sent.reference() + ": " + sent.quantity() + " x " + sent.sku() + " sent to "
                    + sent.toLocationId());
            sendSku = null;
            sendQuantity = null;
            sendReference = null;
        }
        load();
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

    public List<String> getDestinations() {
        return destinations.stream().filter(code -> !code.equals(location)).toList();
    }

    public List<TransferView> getIncoming() {
        return incoming;
    }

    public List<TransferView> getOutgoing() {
        return outgoing;
    }

    public List<TransferView> getReceived() {
        return received;
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

    public String getSendSku() {
        return sendSku;
    }

    public void setSendSku(String sendSku) {
        this.sendSku = sendSku;
    }

    public String getSendTo() {
        return sendTo;
    }

    public void setSendTo(String sendTo) {
        this.sendTo = sendTo;
    }

    public Long getSendQuantity() {
        return sendQuantity;
    }

    public void setSendQuantity(Long sendQuantity) {
        this.sendQuantity = sendQuantity;
    }

    public String getSendReference() {
        return sendReference;
    }

    public void setSendReference(String sendReference) {
        this.sendReference = sendReference;
    }

    public LocalDateTime getSendExpected() {
        return sendExpected;
    }

    public void setSendExpected(LocalDateTime sendExpected) {
        this.sendExpected = sendExpected;
    }
}
