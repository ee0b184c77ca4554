package org.omnistock.sale.view;

import java.io.Serializable;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.omnistock.document.boundary.DocumentView;
import org.omnistock.document.boundary.Documents;
import org.omnistock.platform.view.Messages;
import org.omnistock.sale.boundary.ReceiptView;
import org.omnistock.sale.boundary.Sales;

/**
 * Backs sale/receipt.xhtml: a till receipt as it is printed, found by its store and receipt id or by its document's
 * number (a simplified invoice or credit note of a till receipt); the browser prints it without the back office
 * around it.
 */
@Named
@ViewScoped
public class ReceiptPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String TILL_RECEIPT = "till-receipt";

    @Inject
    transient Sales sales;

    @Inject
    transient Documents documents;

    private String store;
    private String receipt;
    private String document;
    private ReceiptView shown;

    public void load() {
        if (document != null && !document.isBlank()) {
            DocumentView found = Messages.attempt(() -> documents.find(document.strip()));
            if (found == null) {
                return;
            }
            if (!TILL_RECEIPT.equals(found.sourceType())) {
                Messages.warn(found.number() + " documents a " + found.sourceType() + " (" + found.sourceId()
                        + "), not a till receipt.");
                return;
            }
            // A till receipt's document names it "POS <store>/<receipt>".
            String source = found.sourceId().substring("POS ".length());
            store = source.substring(0, source.indexOf('/'));
            receipt = source.substring(source.indexOf('/') + 1);
        }
        if (store != null && receipt != null) {
            shown = Messages.attempt(() -> sales.receipt(store, receipt));
        }
    }

    public ReceiptView getShown() {
        return shown;
    }

    public String getStore() {
        return store;
    }

    public void setStore(String store) {
        this.store = store;
    }

    public String getReceipt() {
        return receipt;
    }

    public void setReceipt(String receipt) {
        this.receipt = receipt;
    }

    public String getDocument() {
        return document;
    }

    public void setDocument(String document) {
        this.document = document;
    }
}
