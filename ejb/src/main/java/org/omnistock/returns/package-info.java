/**
 * Returns: goods an order's customer brings back, at any location, whichever channel sold them.
 *
 * <h2>Model</h2>
 * <ul>
 *   <li>{@link org.omnistock.returns.entity.OrderReturn return}: an authorisation against one order ({@code R1000001}),
 *       with lines (order line, units, reason); {@code AUTHORISED}, then {@code PARTLY_RECEIVED} or {@code RECEIVED}
 *       as the goods arrive.</li>
 *   <li>Receiving puts the units back on hand at the receiving location, in the state the goods are in
 *       ({@code AVAILABLE}, {@code QUALITY_CONTROL}, {@code DAMAGED}), through the stock ledger, and records the
 *       refund against the order's payment.</li>
 * </ul>
 *
 * <h2>Refunds</h2>
 * A line's units are refunded at what the customer paid for them: the line's net total (after its own and its share
 * of basket discounts, as the basket engine spread them) divided over its units, so that returning every unit of a
 * line refunds exactly its net total and no cent more or less ({@code refund(units) = round(net * returnedSoFar /
 * quantity) - refundedSoFar}). Shipping (less its discount) is refunded with the return that brings the last shipped
 * unit back, and given back in that return's entry and on its credit note (a {@code SHIPPING} line with its tax), as
 * it was invoiced with the order's first goods to leave. A credit note keeps its lines (negative, with the goods'
 * condition) and its tax by rate. A promotion's budget is not given back: it was spent when the order was placed. Loyalty points: those the
 * refunded goods earned are taken back, and those the customer spent on them are given back in the same proportion
 * (the same cumulative rounding, so every point spent is back by the last return).
 *
 * <p>Where a refund goes ({@link org.omnistock.tender.control.RefundRule#allocate}, the till's rule): back to what
 * the channel's payment provider took first (the order's total less what gift cards and store credit paid, less
 * what went back to it before), then as the customer's store credit up to what gift cards and store credit paid
 * (credited at once, 1100 / 2300); an order without a customer gets the gift card's part back to the provider's
 * card. Each part is a {@code REFUNDED} payment with its tender under the return's number. Money a till paid back
 * for an order's line is recorded as tender {@code TILL} (the till's own tenders carried it) and counts against the
 * provider's part first.</p>
 *
 * <h2>Which units</h2>
 * Only units that reached the customer (shipped or collected) and were not returned or authorised for return
 * already. A POS till returns a line of another channel's order by naming the order and line ({@code orderNumber},
 * {@code orderLineNo}): it is authorised and received at once at the store, with its refund, exactly as above.
 *
 * <h2>Who may</h2>
 * Authorising a return needs {@code orders:write} (a channel client, its own channel's orders); receiving one needs
 * {@code stock:write} at the receiving location. A return is seen by whoever sees its order, and, while its goods are
 * still expected, by anyone who may take stock in somewhere: the customer brings them to the store that suits them,
 * whose staff open the return by the number on its label. The list of returns ({@code Returns.recent}) is the newest
 * first, each one only if the caller may see it.
 *
 * <p>The books: goods of an order received back give back their revenue and, where the order was taxed, their tax
 * against the channel's receivables ({@code ORDER_RETURNED}, document {@code return/<number>}); valuation takes the
 * units back into stock.
 */
package org.omnistock.returns;
