package org.omnistock.books.view;

import java.io.Serializable;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.omnistock.platform.Page;
import org.omnistock.platform.Text;
import org.omnistock.platform.view.Messages;
import org.omnistock.valuation.boundary.PositionView;
import org.omnistock.valuation.boundary.StockValuation;
import org.omnistock.valuation.boundary.ValueReconciliation;

/**
 * Backs books/valuation.xhtml: what stock is worth now per SKU and location, and whether the journal says the same
 * per location.
 */
@Named
@ViewScoped
public class ValuationPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient StockValuation valuation;

    private String location;
    private String category;
    private ValueReconciliation reconciliation;
    private Page<PositionView> positions;

    public void load() {
        reconciliation = Messages.attempt(() -> valuation.reconciliation(null));
        if (reconciliation != null) {
            positions = valuation.positions(Text.blankToNull(location), Text.blankToNull(category), 0,
                    Page.MAX_SIZE);
        }
    }

    public String show() {
        return "/books/valuation?faces-redirect=true&includeViewParams=true";
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
