package org.omnistock.order.boundary;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;

import org.omnistock.order.entity.OrderStatus;

/** An order in a list. */
public record OrderSummary(String number, String channel, String externalId, String customerId, OrderStatus status,
                           String currency, BigDecimal total, int lines, Instant placedAt, Instant updatedAt)
                                   implements Serializable {
}
