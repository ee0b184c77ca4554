/**
 * Replenishment: moving stock to where it sells, as suggestions a merchandiser accepts.
 *
 * <h2>Rules</h2>
 * One engine ({@link org.omnistock.replenishment.control.StockBalancer}, pure, unit-tested) serves two sources:
 * <ul>
 *   <li><b>Rebalancing</b> between stores: a store gives what lies beyond its target cover when its cover is more
 *       than twice the target (or, if it sells nothing, all but one unit on display);</li>
 *   <li><b>Replenishment</b> from warehouses: a warehouse gives what lies beyond its own target cover (it sells to
 *       the web shop too).</li>
 * </ul>
 * A store needs stock when its cover (available and incoming units over its 30-day pace) is shorter than the lead
 * time; it is filled up to the target cover, shortest cover first, from the nearest locations that can give (within
 * a maximum distance). Each move says the covers before and after at both ends and the sales it saves: the units
 * the store would run out of before goods ordered now arrive, and their worth at the store's own 30-day unit
 * revenue. Paces come from the analytics capability's sales figures, stock from the ledger's levels.
 *
 * <h2>Accepting</h2>
 * Suggestions are worked out when asked for, never stored. Accepting one works it out again for that SKU and ships
 * the suggested units through the stock capability's transfers (idempotent by reference {@code RB-<day>-<from>-
 * <to>-<sku>}, the day being the sales figures' "today", the latest local day of any location): the same suggestion
 * accepted twice the same day is one transfer, and a suggestion that no longer
 * stands (its stock moved meanwhile) is refused with 409 {@code no-longer-suggested}. Once shipped, the units are
 * incoming at the store and no longer suggested.
 *
 * <h2>Who may</h2>
 * {@code read} to see suggestions (staff of some stores see those to or from their stores). Accepting needs
 * {@code stock:moves} (merchandisers: moves between any locations, without the right to adjust or count stock), or
 * {@code stock:write} at the location the units leave, as any transfer does (a store ships its own).
 */
package org.omnistock.replenishment;
