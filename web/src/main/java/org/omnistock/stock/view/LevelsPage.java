package org.omnistock.stock.view;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.omnistock.catalog.boundary.SkuView;
import org.omnistock.catalog.boundary.Skus;
import org.omnistock.catalog.view.Scanning;
import org.omnistock.channel.boundary.ChannelSellable;
import org.omnistock.channel.boundary.Channels;
import org.omnistock.platform.Refusal;
import org.omnistock.platform.view.UtcTimes;
import org.omnistock.stock.boundary.NetworkStock;
import org.omnistock.stock.boundary.StockLedger;

/** Backs stock/levels.xhtml: one SKU's levels at every location, with the totals, now or at an earlier instant. */
@Named
@ViewScoped
public class LevelsPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int SUGGESTIONS = 12;

    @Inject
    StockLedger ledger;

    @Inject
    Skus skus;

    @Inject
    Scanning scanning;

    @Inject
    Channels channelBoundary;

    private String sku;
    private String scanned;
    private String asOf;
    private LocalDateTime asOfPicked;
    private NetworkStock stock;
    private List<ChannelSellable> channels = List.of();

    /** SKU codes for the search field: those whose code or name contains the text typed. */
    public List<String> complete(String text) {
        return skus.list(text, 0, SUGGESTIONS).items().stream().map(SkuView::code).toList();
    }

    public void search() {
        stock = null;
        channels = List.of();
        if (sku == null || sku.isBlank()) {
            return;
        }
        String code = sku.strip().toUpperCase(java.util.Locale.ROOT);
        try {
            Instant at = asOfPicked != null ? UtcTimes.toInstant(asOfPicked)
                    : asOf == null || asOf.isBlank() ? null : Instant.parse(asOf.strip());
            asOf = at == null ? null : at.toString();
            asOfPicked = at == null ? null : UtcTimes.toPicked(at);
            stock = at == null ? ledger.levelsOfSku(code) : ledger.levelsOfSkuAsOf(code, at);
            channels = at != null ? List.of()
                    : channelBoundary.list().stream().map(c -> channelBoundary.sellable(c.code(), code)).toList();
            sku = code;
        } catch (DateTimeParseException e) {
            FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN,
                    "Not an instant: " + asOf, "write it as 2026-11-29T10:15:00Z"));
        } catch (Refusal e) {
            FacesContext.getCurrentInstance().addMessage(null,
                    new FacesMessage(FacesMessage.SEVERITY_WARN, "No SKU " + code, e.getMessage()));
        }
    }

    public String getSku() {
        return sku;
    }

    public void setSku(String sku) {
        this.sku = sku;
    }

    /** The instant asked for in the URL ({@code asOf}, ISO-8601 UTC), so that a view of the past can be shared. */
    public String getAsOf() {
        return asOf;
    }

    public void setAsOf(String asOf) {
        this.asOf = asOf;
    }

    /** The instant picked on the page, in UTC. */
    public LocalDateTime getAsOfPicked() {
        return asOfPicked;
    }

    public void setAsOfPicked(LocalDateTime asOfPicked) {
        this.asOfPicked = asOfPicked;
    }

    /** The form's search: the instant is the one picked (none: now), not the one the page was opened with. */
    /** A scanned barcode shows its SKU's stock now. */
    public void scan() {
        scanning.sku(scanned).ifPresent(found -> {
            sku = found.code();
            asOf = null;
            asOfPicked = null;
            search();
        });
        scanned = null;
    }

    public String getScanned() {
        return scanned;
    }

    public void setScanned(String scanned) {
        this.scanned = scanned;
    }

    public void searchPicked() {
        asOf = null;
        search();
    }

    /** Back to the levels now. */
    public void now() {
        asOf = null;
        asOfPicked = null;
        search();
    }

    public NetworkStock getStock() {
        return stock;
    }

    public List<ChannelSellable> getChannels() {
        return channels;
    }
}
