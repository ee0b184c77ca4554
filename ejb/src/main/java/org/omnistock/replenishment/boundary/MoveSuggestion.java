package org.omnistock.replenishment.boundary;

import java.io.Serializable;
import java.math.BigDecimal;

/**
 * A suggested move of units of a SKU; covers in days, absent where a location does not sell the SKU.
 *
 * @param unitsSaved   sales the receiving store would otherwise lose before goods ordered now arrive
 * @param revenueSaved what those sales bring
 * @param reference    the reference the transfer gets when the move is accepted
 */
public record MoveSuggestion(String sku, String name, String fromLocationId, String toLocationId, long quantity,
                             double distanceKm, Double toCoverBefore, Double toCoverAfter, Double fromCoverBefore,
                             Double fromCoverAfter, long unitsSaved, BigDecimal revenueSaved, String reference)
                                     implements Serializable {
}
