package org.omnistock.sale.boundary;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.omnistock.document.boundary.DocumentView;

/**
 * A till receipt as it is printed (docs/sale-to-cash.md, "documents"): its numbered document, its lines (goods
 * brought back negative), the tax by rate, what was paid with what, and the texts the store's country requires.
 * Another numbered document (an order's invoice, a return's credit note) prints in the same form: its location in
 * the store's place, what it documents in the receipt's ({@link #source}), and no tenders.
 *
 * @param documents  its numbered documents (a simplified invoice, or a credit note when it gave money back); empty
 *                   for the second or so until the store's day has folded it
 * @param goods      the lines added up, before the points' worth
 * @param net        without tax; equal to the total where the store does not tax
 * @param tax        the tax in the total; zero where the store does not tax
 * @param total      what the customer paid (negative: was paid back)
 * @param refundOf   the receipt the goods brought back were bought on, or null
 * @param legalText  what documents supplied in the store's country print at their foot, or null
 */
public record ReceiptView(String store, String storeName, String country, String receiptId, Instant soldAt,
                          List<DocumentView> documents, String customerNumber, String refundOf, List<Line> lines,
                          BigDecimal goods, List<Tax> taxes, BigDecimal net, BigDecimal tax, BigDecimal total,
                          List<Tender> tenders, String legalText) implements Serializable {

    /** What it documents, as printed under its number: a till's receipt, an order's shipment, a return's receipt. */
    public String source() {
        String type = documents.isEmpty() ? "till-receipt" : documents.get(0).sourceType();
        return switch (type) {
            case "till-receipt" -> "Receipt " + receiptId;
            case "fulfilment" -> "Shipment " + receiptId;
            case "return" -> "Return " + receiptId;
            default -> type + " " + receiptId;
        };
    }

    /** A line: quantity and amount negative for goods brought back. */
    public record Line(String sku, String name, int quantity, BigDecimal unitPrice, BigDecimal amount,
                       String returnCondition) implements Serializable {
    }

    /** The tax of one rate (one component of it: CGST and SGST apart). */
    public record Tax(String name, BigDecimal percent, BigDecimal base, BigDecimal tax) implements Serializable {
    }

    /** How part of it was paid: a gift card shown by its last four only. */
    public record Tender(String type, BigDecimal amount, String reference, BigDecimal given, BigDecimal change)
            implements Serializable {
    }
}
