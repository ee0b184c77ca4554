package org.omnistock.fulfilment.routing;

import java.io.Serializable;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;

/**
 * How much each consideration weighs in a location's points (fewer points is better). Each term is scaled so that
 * weight 1 means about one point for a typical bad case:
 * <ul>
 *   <li>distance: per 100 km between the location and where the parcel goes;</li>
 *   <li>stockCover: the share of the location's available units the order would take, per line, averaged over the
 *       order's lines (taking the last units of a store costs more than taking a few of a warehouse's many);</li>
 *   <li>capacity: the share of the location's daily capacity used once it takes this fulfilment;</li>
 *   <li>cost: per currency unit a fulfilment from the location costs;</li>
 *   <li>rejections: the location's recent rejection rate (0 to 1).</li>
 * </ul>
 */
public record Weights(@DecimalMin("0") @DecimalMax("1000") double distance,
                      @DecimalMin("0") @DecimalMax("1000") double stockCover,
                      @DecimalMin("0") @DecimalMax("1000") double capacity,
                      @DecimalMin("0") @DecimalMax("1000") double cost,
                      @DecimalMin("0") @DecimalMax("1000") double rejections) implements Serializable {

    public static final Weights BALANCED = new Weights(1, 1, 1, 0.1, 2);
}
