package org.omnistock.purchasing.boundary;

import java.io.Serializable;
import java.math.BigDecimal;

/**
 * What to order of a SKU for a location, from which supplier, and why.
 *
 * @param supplier   the supplier it is bought from: the cheapest active one that supplies it
 * @param pacePerDay units a day the location is forecast to sell over the next four weeks
 * @param coverDays  what is available and coming covers this many days at that pace
 * @param reason     the numbers behind the quantity
 */
public record SuggestedLine(String supplier, String sku, String name, String locationId, long quantity,
                            BigDecimal unitPrice, double pacePerDay, long available, long incoming, Double coverDays,
                            String reason) implements Serializable {
}
