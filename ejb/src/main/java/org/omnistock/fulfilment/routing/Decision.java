package org.omnistock.fulfilment.routing;

import java.io.Serializable;
import java.util.List;

/**
 * What routing decided for one delivery group, and why: the plan, the runner-up, every strategy tried, the
 * candidates with their points and every location left out with its reason.
 *
 * @param strategy   the strategy whose plan was chosen; null when unfillable
 * @param plan       the chosen plan; null when unfillable
 * @param runnerUp   the best plan from other locations; null when there was none
 * @param candidates the locations that could take part, fewest points first (the best ones and those planned)
 * @param unfilled   lines no plan could fill, with why
 * @param summary    one sentence for people: who won, and what the runner-up lacked
 */
public record Decision(int ruleSetVersion, Outcome outcome, String strategy, Plan plan, Plan runnerUp,
                       List<Attempt> attempts, List<Candidate> candidates, List<Exclusion> exclusions,
                       List<Unfilled> unfilled, String summary) implements Serializable {

    public enum Outcome {
        /** Every line has its locations. */
        ALLOCATED,
        /** Some lines have; the others wait (a strategy allowing partial allocation). */
        PARTLY_ALLOCATED,
        /** No line could be given a location. */
        UNFILLABLE
    }

    /**
     * The locations a delivery group comes from.
     *
     * @param points     the plan's total: its locations' points, its lines' stock cover, and the split penalty
     * @param distanceKm the sum of its parcels' distances
     * @param cost       the sum of its fulfilments' cost
     */
    public record Plan(List<Allocation> allocations, double points, double distanceKm, double cost)
            implements Serializable {

        public int splits() {
            return allocations.size() - 1;
        }

        public List<String> locations() {
            return allocations.stream().map(Allocation::location).toList();
        }
    }

    /**
     * The part of a delivery group one location fulfils.
     *
     * @param shipsToStore true when it ships the units to the pickup store rather than handing them over itself
     */
    public record Allocation(String location, boolean shipsToStore, List<AllocatedLine> lines, double distanceKm)
            implements Serializable {
    }

    public record AllocatedLine(int lineNo, String sku, int quantity) implements Serializable {
    }

    /** One strategy tried, and what came of it. */
    public record Attempt(String strategy, String result) implements Serializable {
    }

    /**
     * A location that could take part, with its points before the lines' stock cover (lower is better).
     *
     * @param linesCovered how many of the group's lines it could fill alone
     * @param capacity     fulfilments today, as {@code used/limit}, or {@code used} without a limit
     */
    public record Candidate(String location, double distanceKm, int linesCovered, String capacity, double cost,
                            double rejectionRate, Terms terms, double points) implements Serializable {
    }

    /** A candidate's points, term by term (each already multiplied by its weight). */
    public record Terms(double distance, double capacity, double cost, double rejections) implements Serializable {
    }

    public record Unfilled(int lineNo, String sku, int quantity, String reason) implements Serializable {
    }
}
