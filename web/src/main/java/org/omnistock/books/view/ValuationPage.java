package org.omnistock.books.view;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.omnistock.platform.Page;
import org.omnistock.platform.Text;
import org.omnistock.platform.view.Messages;
import org.omnistock.platform.view.UtcTimes;
import org.omnistock.valuation.boundary.PositionView;
import org.omnistock.valuation.boundary.StockValuation;
import org.omnistock.valuation.boundary.ValuationAt;
import org.omnistock.valuation.boundary.ValueReconciliation;

/**
 * Backs books/valuation.xhtml: what stock is worth now per SKU and location, and whether the journal says the same
 * per location; or what it was worth at an earlier instant (in the URL as {@code at}, so a view can be shared), with
 * totals by location and category.
 */
@Named
@ViewScoped
public class ValuationPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    StockValuation valuation;

    private String location;
    private String category;
    private ValueReconciliation reconciliation;
    private Page<PositionView> positions;
    private String at;
    private LocalDateTime atPicked;
    private ValuationAt valuedAt;

    public void load() {
        Instant instant;
        try {
            instant = at == null || at.isBlank() ? null : Instant.parse(at.strip());
        } catch (DateTimeParseException e) {
            Messages.warn("Not an instant: " + at + "; write it as 2026-11-29T10:15:00Z");
            return;
        }
        atPicked = instant == null ? null : UtcTimes.toPicked(instant);
        reconciliation = Messages.attempt(() -> valuation.reconciliation(instant));
        if (reconciliation == null) {
            return;
        }
        if (instant == null) {
            positions = valuation.positions(Text.blankToNull(location), Text.blankToNull(category), 0,
                    Page.MAX_SIZE);
        } else {
            valuedAt = Messages.attempt(() -> valuation.at(instant, Text.blankToNull(location),
                    Text.blankToNull(category)));
        }
    }

    public String show() {
        at = atPicked == null ? null : UtcTimes.toInstant(atPicked).toString();
        return "/books/valuation?faces-redirect=true&includeViewParams=true";
    }

    public String now() {
        at = null;
        atPicked = null;
        return show();
    }

    public ValuationAt getValuedAt() {
        return valuedAt;
    }

    public String getAt() {
        return at;
    }

    public void setAt(String at) {
        this.at = at;
    }

    public LocalDateTime getAtPicked() {
        return atPicked;
    }

    public void setAtPicked(LocalDateTime atPicked) {
        this.atPicked = atPicked;
    }

    public ValueReconciliation getReconciliation() {
        return reconciliation;
    }

    public Page<PositionView> getPositions() {
        return positions;
    }

    public String getLocation() {
        return location;
    }

    public void setLocation(String location) {
        this.location = location;
    }

    public String getCategory() {
        return category;
    }

    public void setCategory(String category) {
        this.category = category;
    }
}
