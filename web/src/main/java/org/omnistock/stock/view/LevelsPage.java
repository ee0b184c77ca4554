package org.omnistock.stock.view;

import java.io.Serializable;
import java.util.List;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.omnistock.catalog.boundary.SkuView;
import org.omnistock.catalog.boundary.Skus;
import org.omnistock.channel.boundary.ChannelSellable;
import org.omnistock.channel.boundary.Channels;
import org.omnistock.platform.Refusal;
import org.omnistock.stock.boundary.NetworkStock;
import org.omnistock.stock.boundary.StockLedger;

/** Backs stock/levels.xhtml: one SKU's levels at every location, with the totals. */
@Named
@ViewScoped
public class LevelsPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int SUGGESTIONS = 12;

    @Inject
    transient StockLedger ledger;

    @Inject
    transient Skus skus;

    @Inject
    transient Channels channelBoundary;

    private String sku;
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
            stock = ledger.levelsOfSku(code);
            channels = channelBoundary.list().stream().map(c -> channelBoundary.sellable(c.code(), code)).toList();
            sku = code;
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

    public NetworkStock getStock() {
        return stock;
    }

    public List<ChannelSellable> getChannels() {
        return channels;
    }
}
