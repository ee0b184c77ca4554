/**
 * Sales: receipts rung up at a store's till and sent over JMS.
 *
 * <h2>Model</h2>
 * A {@link org.omnistock.sale.entity.Sale sale} is one POS receipt: the store (a location of type {@code STORE}),
 * the till's receipt id, when it was sold, its lines (SKU, quantity, unit price) and total. It is recorded once per
 * (store, receipt id), in the same transaction as one movement per line in the stock ledger: {@code SALE}, or
 * {@code RETURN} for a line the customer brought back (an exchange, or an order from any channel returned at the
 * store), whose units go back into the state the till says ({@code returnCondition}) and count against the total.
 *
 * <h2>Outcomes</h2>
 * {@link org.omnistock.sale.boundary.SaleOutcome}: recorded; a duplicate (the same receipt again: nothing changes,
 * so a till may re-send whenever it is unsure); or rejected with a reason (malformed, unknown store or SKU, a location
 * that is not a store), which changes nothing and sends the message to the dead-letter address.
 */
package org.omnistock.sale;
