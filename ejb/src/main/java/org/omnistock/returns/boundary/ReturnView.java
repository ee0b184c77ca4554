package org.omnistock.returns.boundary;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.omnistock.messages.Money;
import org.omnistock.returns.entity.OrderReturn;
import org.omnistock.returns.entity.ReturnStatus;

/** A return as clients see it, with the refund its goods brought so far. */
public record ReturnView(String number, String orderNumber, ReturnStatus status, String currency, BigDecimal refunded,
                         List<Line> lines, Instant createdAt, String createdBy) implements Serializable {

    public record Line(int lineNo, String sku, int quantity, String reason, int received, BigDecimal refunded)
            implements Serializable {
    }

    static ReturnView of(OrderReturn r) {
        String currency = r.getOrder().getCurrency();
        int digits = Money.digits(currency);
        return new ReturnView(r.getNumber(), r.getOrder().getNumber(), r.getStatus(), currency,
                Money.round(r.getRefunded(), digits), r.getLines().stream().map(l -> new Line(
                        l.getOrderLine().getLineNo(), l.getOrderLine().getSku().getCode(), l.getQuantity(),
                        l.getReason(), l.getReceivedQuantity(), Money.round(l.getRefunded(), digits))).toList(),
                r.getCreatedAt(), r.getCreatedBy());
    }
}
