package org.omnistock.purchasing.boundary;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.omnistock.messages.Money;
import org.omnistock.purchasing.entity.PurchaseOrder;
import org.omnistock.purchasing.entity.PurchaseOrderLine;

/**
 * A purchase order with its lines, what came of each, and its trail.
 *
 * @param total what the lines come to, each line's value rounded at the currency's digits
 */
public record PurchaseOrderView(String number, String supplier, String supplierName, String currency, String status,
                                Instant createdAt, String createdBy, Instant sentAt, Instant closedAt,
                                BigDecimal total, List<Line> lines, List<Event> events) implements Serializable {

    /**
     * One line.
     *
     * @param open        units still expected
     * @param invoiced    units the supplier invoiced
     * @param match       the three-way match of order, receipts and invoices: {@code AWAITING_GOODS},
     *                    {@code NOT_INVOICED}, {@code PART_INVOICED}, {@code MATCHED} or {@code PRICE_DIFFERENCE}
     * @param landedCosts the costs landed on the line so far (its share of freight and duty bills)
     */
    public record Line(int lineNo, String sku, String name, String locationId, long quantity, BigDecimal unitPrice,
                       BigDecimal value, Instant expectedAt, long received, long damaged, long open, long invoiced,
                       String match, BigDecimal landedCosts) implements Serializable {
    }

    /** One change of the order. */
    public record Event(Instant at, String actor, String kind, String detail) implements Serializable {
    }

    static PurchaseOrderView of(PurchaseOrder order) {
        int digits = Money.digits(order.getCurrency());
        BigDecimal total = BigDecimal.ZERO.setScale(digits);
        List<Line> lines = new ArrayList<>();
        for (PurchaseOrderLine line : order.getLines()) {
            BigDecimal value = Money.round(line.getUnitPrice().multiply(BigDecimal.valueOf(line.getQuantity())),
                    digits);
            total = total.add(value);
            lines.add(new Line(line.getLineNo(), line.getSku().getCode(), line.getSku().getName(),
                    line.getLocation().getCode(), line.getQuantity(), line.getUnitPrice().setScale(4,
                    RoundingMode.UNNECESSARY), value, line.getExpectedAt(), line.getReceived(), line.getDamaged(),
                    line.open(), line.getInvoiced(), line.matchStatus(), Money.stored(line.getLandedCost(), digits)));
        }
        return new PurchaseOrderView(order.getNumber(), order.getSupplier().getCode(), order.getSupplier().getName(),
                order.getCurrency(), order.getStatus().name(), order.getCreatedAt(), order.getCreatedBy(),
                order.getSentAt(), order.getClosedAt(), total, lines, order.getEvents().stream()
                .map(e -> new Event(e.getAt(), e.getActor(), e.getKind(), e.getDetail())).toList());
    }
}
