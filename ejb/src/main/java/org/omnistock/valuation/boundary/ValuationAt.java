package org.omnistock.valuation.boundary;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What stock was worth at an instant, SKU by location, with totals by location and by category.
 *
 * @param closedDay the day whose closing it started from (null: from the first valued movement)
 * @param movements the valued movements read after that closing
 */
public record ValuationAt(Instant at, String currency, LocalDate closedDay, long movements, List<Row> rows,
                          List<Total> byLocation, List<Total> byCategory, BigDecimal total) implements Serializable {

    /** One SKU at one location. */
    public record Row(String location, String sku, String name, String category, long units, BigDecimal value)
            implements Serializable {
    }

    /** The units and value of a location or a category. */
    public record Total(String key, long units, BigDecimal value) implements Serializable {
    }

    public ValuationAt {
        rows = List.copyOf(rows);
        byLocation = List.copyOf(byLocation);
        byCategory = List.copyOf(byCategory);
    }
}
