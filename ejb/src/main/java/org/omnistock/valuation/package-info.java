/**
 * Valuation: what stock is worth, SKU by location, changed by every movement of the one stock ledger in the
 * movement's own transaction (docs/erp.md is the design).
 *
 * <h2>Model</h2>
 * <ul>
 *   <li>{@link org.omnistock.valuation.control.CostPosition cost position}: units and their value at the
 *       currency's digits, per SKU and location ({@link org.omnistock.valuation.entity.ValuedLevel}, table
 *       {@code cost_position}). The moving average is value / units, derived, never stored as the truth: receipts
 *       add their extended value, issues take their units' part of the value as
 *       {@link org.omnistock.messages.Money#unitsOfLine} spreads a total over units, so a position with no units has
 *       no value and the average cannot drift. Units sold beyond what the position holds are costed at the last
 *       known unit cost (the SKU's standard cost before any receipt); the receipt that brings the position back
 *       settles the difference to the cost of goods sold. The average is never taken from a negative position.</li>
 *   <li>{@link org.omnistock.valuation.entity.ValuationMovement valued movement}: what one ledger movement did to
 *       units and value, the cost of goods it brought and what it put in or took out of transit. Never updated; the
 *       sum of a location's rows up to an instant is its stock value then.</li>
 * </ul>
 *
 * <h2>Rules</h2>
 * <ul>
 *   <li>{@link org.omnistock.valuation.control.Valuation} observes the ledger's {@code StockLevelsChanged} (one per
 *       posting, with its movements) inside the posting's transaction, under the levels' locks: stock does not know
 *       valuation. Each movement that moves on hand is valued, and the posting's entries go to the books, one per
 *       document and location: receipts (stock / opening balances until purchasing brings GRNI), till sales and
 *       shipments (cost of goods sold / stock), returns (stock / cost of goods sold), adjustments and counts
 *       (shrinkage by reason / stock, or the reverse), transfers out (stock in transit at the source / stock) and
 *       in (stock at the destination / stock in transit, what did not arrive to shrinkage).</li>
 *   <li>Units coming in without a cost of their own (a receipt not against a purchase order, a found item, a
 *       return) come at the position's average, or the SKU's standard cost when there is none. A transfer arrives
 *       at the value it left with.</li>
 *   <li>A level valued for the first time with units already on hand (stock from before valuation) opens at the
 *       SKU's standard cost against opening balances, in the transaction of its first movement; a level that never
 *       moves again stays unvalued, and the reconciliation shows its units as not valued.</li>
 *   <li>A cost learnt after the goods came (an invoice's price difference, a landed cost) is added by
 *       {@link org.omnistock.valuation.control.Revaluation}, called by purchasing under the level's lock: the part of
 *       the receipt still on hand, counted first in, first out (the units held beyond those that came in after it),
 *       revalues the position with a {@code REVALUATION} valued movement of no units; the rest fell on goods already
 *       gone and is returned to the caller to post as a cost. Nothing earlier is re-costed.</li>
 *   <li>{@link org.omnistock.valuation.control.ValuationSnapshots} closes each day (UTC) once it has settled (ten
 *       minutes after its end, longer than any transaction lives): what every valued level was worth at its end,
 *       from the day before's closing and the day's valued movements. Valuation at an instant
 *       ({@link org.omnistock.valuation.boundary.StockValuation#at}) reads the last closing before it and the
 *       movements since, by SKU and location with totals by location and category.</li>
 *   <li>The reconciliation ({@link org.omnistock.valuation.boundary.StockValuation#reconciliation}) sets the
 *       journal's stock accounts (every account the {@code stock} role maps to) per location against the valued
 *       movements, at any instant, and the stock in transit network-wide; both come from the same transactions, so
 *       any difference is a bug.</li>
 *   <li>Who may: {@code books:read}, everywhere for the reconciliation, at a location for its positions.</li>
 * </ul>
 *
 * <p>To come (docs/erp.md): returns at the cost they left with; month-end closings only, for older days.
 */
package org.omnistock.valuation;
