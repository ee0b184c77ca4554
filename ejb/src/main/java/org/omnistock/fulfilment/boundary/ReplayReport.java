package org.omnistock.fulfilment.boundary;

import java.io.Serializable;
import java.util.List;

/**
 * What a rule set would have done with past orders, beside what was done: on the same inputs as the recorded
 * decisions (each candidate's stock, capacity, cost and rejection rate at the time).
 *
 * @param groups      delivery groups replayed
 * @param unchanged   groups that would go to the same locations
 * @param differences the first {@value #DIFFERENCES_SHOWN} groups that would go elsewhere
 * @param millis      how long the replay took
 */
public record ReplayReport(int ruleSetVersion, int groups, int unchanged, Totals recorded, Totals replayed,
                           List<Load> load, List<Difference> differences, long millis) implements Serializable {

    public static final int DIFFERENCES_SHOWN = 200;

    /**
     * @param splits     extra parcels (fulfilments beyond one per group)
     * @param distanceKm the parcels' distances, summed
     * @param cost       the fulfilments' cost, summed
     */
    public record Totals(int allocated, int partlyAllocated, int unfillable, int fulfilments, int splits,
                         double distanceKm, double cost) implements Serializable {
    }

    /** Fulfilments a location took, and would take. */
    public record Load(String location, int recorded, int replayed) implements Serializable {
    }

    public record Difference(String orderNumber, String deliveryGroup, String recordedOutcome,
                             List<String> recordedLocations, String replayedOutcome, List<String> replayedLocations,
                             String replayedSummary) implements Serializable {
    }
}
