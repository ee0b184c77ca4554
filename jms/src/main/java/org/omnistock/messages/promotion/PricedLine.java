package org.omnistock.messages.promotion;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;

/** @param total the subtotal less the discounts */
public record PricedLine(String sku, int quantity, BigDecimal unitPrice, BigDecimal subtotal,
                         List<LineDiscount> discounts, BigDecimal total) implements Serializable {
}
