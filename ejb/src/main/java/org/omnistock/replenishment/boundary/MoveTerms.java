package org.omnistock.replenishment.boundary;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.omnistock.replenishment.control.StockBalancer;

/**
 * How suggestions are worked out: from stores with surplus or from warehouses, the cover to fill up to, the lead
 * time under which a store needs stock, and how far stock may travel.
 */
public record MoveTerms(@NotNull StockBalancer.Source source, @Min(1) @Max(365) int targetCoverDays,
                        @Min(0) @Max(365) int leadTimeDays, @Min(1) @Max(20_000) int maxDistanceKm) {

    /** Three weeks of cover, a week to replenish; 150 km between stores, 500 km from a warehouse. */
    public static MoveTerms defaults(StockBalancer.Source source) {
        return new MoveTerms(source, 21, 7, source == StockBalancer.Source.STORES ? 150 : 500);
    }

    /** A store's cover beyond this many times the target is surplus it can give. */
    static final double SURPLUS_FACTOR = 2.0;

    StockBalancer.Terms forBalancer() {
        return new StockBalancer.Terms(targetCoverDays, leadTimeDays, SURPLUS_FACTOR, maxDistanceKm);
    }
}
