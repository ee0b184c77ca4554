package org.omnistock.books.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.omnistock.platform.view.Messages;
import org.omnistock.valuation.boundary.StockValuation;
import org.omnistock.valuation.boundary.ValueReconciliation;

/**
 * The journal's stock against the valuation, for the stock reconciliation page (the units' reconciliation), which
 * shows it beside its own to those who may read the books. Worked out once per request, when first shown.
 */
@Named
@RequestScoped
public class ValueCheck {

    @Inject
    StockValuation valuation;

    private ValueReconciliation report;

    public ValueReconciliation getReport() {
        if (report == null) {
            report = Messages.attempt(() -> valuation.reconciliation(null));
        }
        return report;
    }
}
