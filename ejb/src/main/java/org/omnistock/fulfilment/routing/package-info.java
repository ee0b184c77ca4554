/**
 * The routing engine: where a delivery group comes from, and why. Plain Java, no container: live routing, what-if
 * replay, the benchmarks and the unit tests call the same {@link org.omnistock.fulfilment.routing.RoutingEngine#decide}
 * with a {@link org.omnistock.fulfilment.routing.RuleSet rule set}, the {@link
 * org.omnistock.fulfilment.routing.RoutingRequest group}, every {@link org.omnistock.fulfilment.routing.Site location}
 * as it stands and what each has available of each line.
 *
 * <h2>How a decision is made</h2>
 * <ol>
 *   <li>The order's channel first: of each SKU, the group's lines route at most what the channel may sell now (in
 *       line order); the units beyond it wait, each line saying why (the channel's figure and the rule that holds
 *       the rest back), and the group is then at best partly allocated.</li>
 *   <li>The rule set's strategies are tried in order; one that does not apply to the group's delivery mode or
 *       channel is skipped. The first that finds a plan filling every line wins. If none does, the first strategy
 *       that allows partial allocation gives its best partial plan; otherwise the group is unfillable.</li>
 *   <li>Filters: a location is left out, with a {@link org.omnistock.fulfilment.routing.Exclusion.Reason reason}
 *       code and its values, if it rejected this order before, the order's channel does not draw on it, the
 *       strategy excludes it, its type is not the
 *       strategy's, it would have to ship and does not (for a pickup, any location but the pickup store ships to
 *       it, if the strategy allows that at all), it is farther than the strategy's maximum distance, it has taken
 *       its day's capacity, or it has none of the lines' SKUs beyond the units the strategy keeps back.</li>
 *   <li>Points (fewer is better): each location gets its own points from its distance to where the parcel goes, its
 *       capacity utilisation once it takes this fulfilment, its fulfilment cost and its recent rejection rate, each
 *       times its {@link org.omnistock.fulfilment.routing.Weights weight}; each line adds the share of the location's
 *       available units it takes (stock cover). A plan's points are its locations' points, its lines' stock cover,
 *       and the split penalty for each location beyond the first.</li>
 *   <li>Search: the plan with the fewest points among all plans of at most {@code maxSplits + 1} locations; on equal
 *       points the one with fewer locations, then the one whose locations come first by code, so the same input
 *       always gives the same plan. Single-location plans are tried at every candidate. Plans of several locations
 *       are tried among all candidates when there are at most 24, otherwise among each line's six best candidates
 *       and the ten that fill the most lines alone; the search stops early once larger plans cannot win (their split
 *       penalty alone exceeds the best plan) and skips combinations whose own points already lose. A line's units
 *       come from one location, or, if the strategy allows split lines and no single location of a plan can fill
 *       it, from the plan's locations with the most to give first.</li>
 * </ol>
 * The unit tests compare the plan with every possible assignment of lines to locations on small random networks.
 *
 * <h2>What a decision says</h2>
 * The chosen plan (per location, its lines and whether it ships to the pickup store) and the runner-up (the best plan
 * from other locations), each with its points, distance and cost; every strategy tried and what came of it; the
 * candidates with their points term by term; every location left out with its reason; the lines that wait and why;
 * and one sentence for people ("allocated to S001; runner-up W01, 1.20 points more: 80 km farther").
 */
package org.omnistock.fulfilment.routing;
