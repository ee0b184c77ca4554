package org.omnistock.promotion.boundary;

import java.io.Serializable;
import java.math.BigDecimal;

/** The unit price a line got from the price resolver, and its list. */
public record LinePrice(String sku, int quantity, BigDecimal unitPrice, String priceList) implements Serializable {
}
