/**
 * Analytics: what sold where, through which channel, and how long the stock left will last.
 *
 * <h2>Model</h2>
 * <ul>
 *   <li>A {@link org.omnistock.analytics.entity.SalesFact sales fact} is one line of goods that left or came back to
 *       a location, written in the transaction that moved them: a till's sale or return line (channel
 *       {@value org.omnistock.analytics.control.SalesFacts#STORE_CHANNEL}), an order line shipped or collected
 *       (the order's channel, at the fulfilling location), an order line returned (the order's channel, at the
 *       location it came back to; units and revenue negative), or a day of sales history brought from before
 *       (the demo's). It keeps the location's own day, units, net revenue
 *       (after discounts) and, where the SKU's unit cost is known, the cost. Facts are append-only and unique by
 *       their source, so a sale recorded twice cannot be counted twice. A new source of sales writes facts through
 *       {@link org.omnistock.analytics.control.SalesFacts#record}: nothing else changes.</li>
 *   <li>A {@link org.omnistock.analytics.entity.SalesDay sales day} sums the facts of one day, location, SKU and
 *       channel (for top SKUs, velocity and cover); the {@link org.omnistock.analytics.entity.SalesCube cube} sums
 *       them by day, location, category (as when sold) and channel, a few thousand rows for every widget that does
 *       not need the SKU. Facts are folded into both every second by
 *       {@link org.omnistock.analytics.control.SalesFolding} on one server a second (a scheduled run claimed, see
 *       {@link org.omnistock.platform.ScheduledRuns}), in their own short transaction (a lock row keeps two
 *       servers from ever folding the same fact), so a sale's transaction only inserts one row per line and never waits
 *       on a hot total. A reader adds the few facts not folded yet: figures are exact the moment a sale commits, and
 *       no view scans the raw lines. A read holds the fold lock shared until its transaction ends, so a fold never
 *       commits in the middle of one (see {@link org.omnistock.analytics.control.SalesQueries}).</li>
 * </ul>
 *
 * <h2>Figures</h2>
 * <ul>
 *   <li>Revenue, units and margin (revenue less cost, over the revenue whose cost is known) by channel, location,
 *       category and day, beside the previous period of the same length.</li>
 *   <li>"Today", for every figure, is the latest local day of any location ({@code SalesFacts.today}): sales are
 *       dated by their store's own day, so the figures' days turn with the stores', not with UTC's.</li>
 *   <li>Velocity: units a day over the last 7, 30 and 90 days per SKU and location. Days of cover: available units
 *       over the 30-day velocity (none when nothing sold). Sell-through: units sold in 30 days over those sold plus
 *       those on hand. Stock-out risk: cover below the lead time asked for. Slow mover: units on hand that did not
 *       sell in 30 days or would take over 90 days to sell. Age: days since goods last came in
 *       (received or transferred in) at the level, in buckets of 30, 60, 90 and 180 days. Formulas in
 *       {@link org.omnistock.analytics.control.Metrics}.</li>
 * </ul>
 * The demand forecast ({@link org.omnistock.analytics.control.TopDownForecast}) is made where sales are dense: each
 * location's daily units over all its SKUs, all channels together, over the 90 days to yesterday, are smoothed with
 * its weekly pattern ({@link org.omnistock.analytics.control.DemandForecast}), and each SKU gets its share of them
 * (its share there, drawn toward the network's mix of the location's SKUs). Its error (WAPE) is measured by
 * forecasting the last 14 of those days from the days before, beside a flat 30-day mean's, and per kind of series
 * ({@link org.omnistock.analytics.control.IntermittentDemand}: smooth, erratic, intermittent, lumpy, by the interval
 * between selling days and the variation of their sizes) beside each series smoothed on its own and TSB; on the
 * Forecast page. The suggested purchase orders take their pace from it (docs/erp.md, forecast).
 *
 * Revenue is counted when goods leave (a till's sale, an order's shipment or collection), not when an order is
 * placed: placed orders are demand that may still be cancelled, and velocity must follow the stock that moved.
 *
 * <h2>Who may</h2>
 * {@code read}: staff bound to some stores see figures of their stores only (a filter on another store is refused).
 */
package org.omnistock.analytics;
