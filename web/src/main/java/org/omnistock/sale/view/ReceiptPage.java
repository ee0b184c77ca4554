package org.omnistock.sale.view;

import java.io.ByteArrayInputStream;
import java.io.Serializable;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.omnistock.platform.view.Messages;
import org.omnistock.sale.boundary.ReceiptView;
import org.omnistock.sale.boundary.Sales;
import org.omnistock.sale.rest.ReceiptPdf;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * Backs sale/receipt.xhtml: a till receipt as it is printed, found by its store and receipt id or by its document's
 * number (a simplified invoice or credit note of a till receipt); the browser prints it without the back office
 * around it.
 */
@Named
@ViewScoped
public class ReceiptPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Sales sales;

    private String store;
    private String receipt;
    private String document;
    private ReceiptView shown;

    public void load() {
        if (document != null && !document.isBlank()) {
            shown = Messages.attempt(() -> sales.receiptOfDocument(document.strip()));
        } else if (store != null && receipt != null) {
            shown = Messages.attempt(() -> sales.receipt(store, receipt));
        }
    }

    /** The receipt shown, as the PDF the REST API answers. */
    public StreamedContent getPdf() {
        byte[] pdf = ReceiptPdf.of(shown);
        return DefaultStreamedContent.builder().name(ReceiptPdf.fileName(shown)).contentType(ReceiptPdf.MEDIA_TYPE)
                .contentLength((long) pdf.length).stream(() -> new ByteArrayInputStream(pdf)).build();
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
