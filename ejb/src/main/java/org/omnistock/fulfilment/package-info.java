/**
 * Fulfilment: which locations serve an order (routing), and the work each does for it.
 *
 * <h2>Model</h2>
 * <ul>
 *   <li>{@link org.omnistock.fulfilment.entity.RoutingRuleSet rule set}: a numbered version of the routing rules
 *       (strategies with filters, weights, split settings: {@link org.omnistock.fulfilment.routing.Strategy}).
 *       {@code DRAFT} while it is edited, {@code ACTIVE} once published (the previous active one becomes
 *       {@code RETIRED}); a published version never changes again, so every decision names the rules it
 *       followed.</li>
 *   <li>{@link org.omnistock.fulfilment.entity.RoutingDecisionRecord routing decision}: one per routing of a delivery
 *       group (a new order, a rejection, an expiry, a person's re-route): the rule set version, the outcome, the
 *       engine's whole explanation (plan, runner-up, strategies tried, candidates with their points, locations left
 *       out with their reasons) and the inputs it read (each candidate's available units, capacity, cost,
 *       rejection rate), so that a what-if replay decides on the same inputs.</li>
 *   <li>{@link org.omnistock.fulfilment.entity.FulfilmentOrder fulfilment}: the part of a delivery group one location
 *       serves, with its lines (each holding its reservation). Its code is the order number and a running number
 *       ({@code O1000001-1}). Mode {@code SHIP} (to the customer), {@code PICKUP} (handed over at this store) or
 *       {@code SHIP_TO_STORE} (shipped to the pickup store, which then hands it over).</li>
 *   <li>{@link org.omnistock.fulfilment.entity.OrderExclusion exclusion}: a location that rejected an order, or let
 *       it expire, takes no further part in routing that order.</li>
 *   <li>{@link org.omnistock.fulfilment.entity.CapacityDay capacity day}: fulfilments a location took on one day
 *       (its own time zone), against its daily capacity; made ahead for today and tomorrow, so an order only
 *       locks a row that exists.</li>
 * </ul>
 *
 * <h2>States of a fulfilment</h2>
 * <pre>
 * SENT -> ACCEPTED -> PICKED -> PACKED -> SHIPPED -> DELIVERED             (SHIP, SHIP_TO_STORE)
 * SENT -> ACCEPTED -> PICKED -> READY_FOR_PICKUP -> COLLECTED | NOT_COLLECTED  (PICKUP)
 * AWAITING_ARRIVAL -> READY_FOR_PICKUP -> ...                              (PICKUP after a SHIP_TO_STORE)
 * SENT | ACCEPTED | PICKED -> REJECTED (some lines or all) | CANCELLED
 * SENT -> EXPIRED (not accepted in time)
 * </pre>
 * A step may be skipped forward (a store may report it shipped without reporting it packed); a step reported again
 * changes nothing; a step back is refused.
 * <ul>
 *   <li>Shipped ({@code SHIP}): the reservations are fulfilled (on hand and reserved go down at the location).</li>
 *   <li>Shipped ({@code SHIP_TO_STORE}): the reservations are fulfilled at the source and the units announced as
 *       incoming at the pickup store, where a {@code PICKUP} fulfilment waits for them ({@code AWAITING_ARRIVAL}).
 *       Their arrival puts them on hand there and reserves them for the order; the fulfilment is then ready for
 *       pickup.</li>
 *   <li>Ready for pickup: a six-digit pickup code is made for the customer (returned with the order to its
 *       channel, never sent to the store) and a collection deadline set (the store's {@code collectWithin}).
 *       Collection checks the code and fulfils the reservations. Not collected by the deadline: the reservations
 *       are released, the units are available again, the lines are cancelled.</li>
 *   <li>Rejected (all lines or some, with a reason) or expired: the reservations of those lines are released, the
 *       location is excluded for the order, and the lines are routed again at once (unless the order is held). A
 *       rejection for missing stock ({@code NO_STOCK}) also records a stock count at the location: on hand becomes
 *       what the store counted, or, if it did not say, drops by the units it could not find.</li>
 * </ul>
 *
 * <h2>Locations' work over JMS</h2>
 * Each location's tasks go to its own queue {@code omnistock.location.<code>.tasks} ({@link
 * org.omnistock.messages.fulfilment.FulfilmentTask}: {@code FULFIL}, {@code CANCEL}, {@code AWAIT_ARRIVAL}), which
 * only that location's broker user may read. Locations report on {@code omnistock.fulfilment.updates} ({@link
 * org.omnistock.messages.fulfilment.FulfilmentUpdate}), or through {@code /api/v1/fulfilments/{code}/...}; the
 * broker's authenticated user must be the fulfilment's location, else the update is dead-lettered with the reason,
 * as is any update the fulfilment's state does not allow.
 *
 * <h2>What it owns, and what it tells the order</h2>
 * Routing, fulfilments, their reservations and tasks, capacity. What happens to an order's units reaches the order
 * through {@code OrderProgress.record} and the order line's rules; the order package says who owns what.
 *
 * <h2>Who may</h2>
 * A location's work (its list, accepting, picking, packing, shipping, rejecting, arrival, collection) needs
 * {@code orders:write} at that location. Rule sets need {@code routing:write} and concern every location; reading
 * decisions and rule sets needs {@code read} without a location binding.
 *
 * <p>The books: when the customer has the goods (shipped to them, or collected), their revenue (net of the tax in it
 * where the order was taxed, that tax to tax payable) posts against the channel's receivables at the location
 * ({@code ORDER_SHIPPED}, document {@code fulfilment/<code>}); the sales figures count it net of tax; goods shipped to a
 * store for a pickup are stock in transit until then (valuation). The shipment (or collection) is invoiced with the
 * next number of the shipping location's invoice series ({@code W01-2026-I000001}, source {@code fulfilment/<code>},
 * the units' gross and tax), taken in the shipment's own transaction: a location's shipments, few next to a store's
 * receipts, wait on its series' row (document).</p>
 */
package org.omnistock.fulfilment;
