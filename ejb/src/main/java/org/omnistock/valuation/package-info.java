/**
 * Valuation: what stock is worth, SKU by location, changed by every movement of the one stock ledger in the
 * movement's own transaction (docs/erp.md is the design; this capability is being built from it).
 *
 * <h2>Model</h2>
 * <ul>
 *   <li>{@link org.omnistock.valuation.control.CostPosition cost position}: units and their value at the
 *       currency's digits, per SKU and location. The moving average is value / units, derived, never stored as the
 *       truth: receipts add their extended value, issues take their units' part of the value as
 *       {@link org.omnistock.messages.Money#unitsOfLine} spreads a total over units, so a position with no units has
 *       no value and the average cannot drift. Units sold beyond what the position holds are costed at the last
 *       known unit cost (the SKU's standard cost before any receipt); the receipt that brings the position back
 *       settles the difference to the cost of goods sold. The average is never taken from a negative position.</li>
 * </ul>
 *
 * <p>Built so far: the cost position and its rules (plain JUnit, {@code CostPositionTest}). To come, in the order
 * docs/erp.md gives: positions kept per SKU and location beside the stock level, valued movements, their postings
 * to the books, valuation at an instant, the reconciliation with the journal.
 */
package org.omnistock.valuation;
