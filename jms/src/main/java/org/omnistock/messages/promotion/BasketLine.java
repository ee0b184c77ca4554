package org.omnistock.messages.promotion;

import java.math.BigDecimal;

/** A line to price: the unit price comes from the price selector. */
public record BasketLine(String sku, String category, int quantity, BigDecimal unitPrice) {
}
