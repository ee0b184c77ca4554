package org.omnistock.stock.view;

import java.io.Serializable;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.omnistock.platform.view.Messages;
import org.omnistock.stock.boundary.Reconciliation;
import org.omnistock.stock.boundary.StockReconciliation;

/** Backs stock/reconciliation.xhtml. */
@Named
@ViewScoped
public class ReconciliationPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    StockReconciliation reconciliation;

    private Reconciliation report;

    public void run() {
        report = Messages.attempt(reconciliation::reconcile);
    }

    public Reconciliation getReport() {
        return report;
    }
}
