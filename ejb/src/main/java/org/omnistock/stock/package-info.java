/**
 * Stock: the one ledger of what is where.
 *
 * <h2>Model</h2>
 * <ul>
 *   <li>{@link org.omnistock.stock.entity.StockMovement movement}: one append-only ledger entry that changes the
 *       on-hand quantity of one SKU at one location, with its type ({@code RECEIPT}, {@code ADJUSTMENT} with a
 *       {@link org.omnistock.stock.entity.AdjustmentReason reason}, {@code SALE}), a reference (receipt note, POS
 *       receipt) and an optional idempotency key. Its signed quantity is what it did to on hand.</li>
 *   <li>{@link org.omnistock.stock.entity.StockLevel stock level}: per SKU x location, the projection of the
 *       ledger: on hand (the sum of the movements), reserved, safety stock, damaged, in quality control, incoming,
 *       and a sequence number that grows by one with each change. Available = on hand - reserved - safety stock -
 *       damaged - in quality control, never below zero: one definition ({@code StockLevel.available}), kept in the
 *       level's {@code available} column by the same change as the quantities, which every query reads (channels'
 *       sellable, routing, analytics). It is updated in the same transaction as the movement that changes it,
 *       under a row lock, so concurrent writers queue rather than overwrite each other.</li>
 * </ul>
 *
 * <h2>Rules</h2>
 * <ul>
 *   <li>A receipt adds a positive quantity. An adjustment adds or removes a non-zero quantity with a reason, and may
 *       not take on hand below zero. A sale removes a positive quantity and is always recorded, because it already
 *       happened at the till: if the books say less than was sold, on hand goes negative and shows the discrepancy
 *       (available stays at zero) until a count corrects it.</li>
 *   <li>Every write from outside may carry an idempotency key: posting the same key again returns the first
 *       movement and changes nothing; reusing a key for a different request is refused.</li>
 *   <li>Every change of a level publishes a {@code StockChanged} event through the outbox, in the same
 *       transaction: one per movement, except that the reservations of one level taken together (a batch of group
 *       commit) publish one, after the last of them (its sequence counts every movement, so a receiver sees the
 *       jump).</li>
 *   <li>Stock as of an earlier instant ({@code StockLedger.levelsOfSkuAsOf}) is read from the movements, not kept:
 *       every quantity of a level is the sum of what its movements did to it, so the sums of the movements recorded
 *       by an instant are the level as the ledger stood then (what a location could promise at that moment;
 *       a sale dated earlier but recorded later is not in it). The sales velocity shown with it is of the 7 and 30
 *       days before that instant.</li>
 *   <li>Several levels in one transaction (a sale's lines, a transfer, an order's reservations) go through
 *       {@code StockLedger.inLockOrder}: levels are locked by SKU, then location, each once per transaction and
 *       without a flush (so that the changes go to the database in one batch, not between the locks); the channels
 *       drawing on them recompute what they may sell only once every level is locked, from one
 *       {@code StockLevelsChanged} for the whole posting (each level once, in the same order), each channel once for
 *       all its SKUs.</li>
 *   <li>A posting's {@code StockLevelsChanged} names its movements too: valuation values them in the posting's
 *       transaction, without stock knowing it.</li>
 *   <li>Goods in ({@link org.omnistock.stock.boundary.Deliveries}): the announcements of a location under one
 *       reference, transfers aside, are a delivery; it is received at the door all lines in one transaction, each
 *       with what came (0 for a line that did not come), which settles its announcement: on hand up by what came,
 *       incoming down by what was announced, and the announcement keeps what came beside what was announced (the
 *       differences goods in shows for 14 days). A line received before with the same quantity changes nothing; with
 *       another it is refused; a SKU not announced under the reference is refused (received as a receipt of its
 *       own). A delivery
 *       that is another capability's document (a purchase order) is handed to it before anything is posted
 *       ({@code DeliveryArriving}), and received by its rules through the same ledger.</li>
 *   <li>A count sheet is the levels of one location and category ({@code levelsAt} with a category); each counted
 *       line is posted as a count with the on hand the sheet showed, so a line whose on hand moved since (a sale
 *       meanwhile) is refused and counted again, never overwritten.</li>
 *   <li>Who may: every write needs {@code stock:write} (reservations {@code orders:write}) at the location it
 *       changes; reading a location's levels and ledger needs {@code read} there. A caller bound to stores sees only
 *       those in a SKU's network view, a transfer only if it is at one of its ends, and the reconciliation not at
 *       all (it concerns every location). A reservation belongs to the caller that made it: its owner, a caller
 *       bound to its location, or an admin may read, fulfil or release it; to anyone else it does not exist (404).
 *       Group commit checks each request on its caller's own thread, before the request joins a batch.</li>
 * </ul>
 */
package org.omnistock.stock;
