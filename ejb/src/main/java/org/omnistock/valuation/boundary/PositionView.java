package org.omnistock.valuation.boundary;

import java.io.Serializable;
import java.math.BigDecimal;

/**
 * What one SKU at one location is worth now.
 *
 * @param average value / units at unit-cost digits; the last unit cost while it holds nothing or less
 */
public record PositionView(String sku, String name, String category, String location, long units, BigDecimal value,
                           BigDecimal average) implements Serializable {
}
