package org.omnistock.purchasing.boundary;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.omnistock.messages.Money;
import org.omnistock.purchasing.entity.SupplierInvoice;

/**
 * A supplier's document as recorded, with how each order line's part was booked.
 *
 * @param kind {@code GOODS} or {@code LANDED_COST}
 */
public record SupplierInvoiceView(String supplier, String number, String purchaseOrder, String kind,
                                  LocalDate documentDate, Instant recordedAt, String recordedBy, BigDecimal total,
                                  String spreadBy, String description, List<Line> lines) implements Serializable {

    /**
     * One order line's part.
     *
     * @param amount        what the document bills for the line
     * @param orderedAmount what the order's price made of the same units (0 for a landed cost)
     * @param onHandPart    of the difference (or the landed cost), what revalued units still on hand
     * @param soldPart      and what fell on units already gone
     */
    public record Line(int lineNo, String sku, String locationId, long quantity, BigDecimal unitPrice,
                       BigDecimal amount, BigDecimal orderedAmount, BigDecimal onHandPart, BigDecimal soldPart)
                               implements Serializable {
    }

    static SupplierInvoiceView of(SupplierInvoice invoice, int digits) {
        return new SupplierInvoiceView(invoice.getSupplier().getCode(), invoice.getNumber(),
                invoice.getOrder().getNumber(), invoice.getKind().name(), invoice.getDocumentDate(),
                invoice.getRecordedAt(), invoice.getRecordedBy(), Money.stored(invoice.getTotal(), digits),
                invoice.getSpreadBy() == null ? null : invoice.getSpreadBy().name(), invoice.getDescription(),
                invoice.getLines().stream().map(l -> new Line(l.getOrderLine().getLineNo(),
                        l.getOrderLine().getSku().getCode(), l.getOrderLine().getLocation().getCode(),
                        l.getQuantity(), l.getUnitPrice(), Money.stored(l.getAmount(), digits),
                        Money.stored(l.getOrderedAmount(), digits), Money.stored(l.getOnHandPart(), digits),
                        Money.stored(l.getSoldPart(), digits))).toList());
    }
}
