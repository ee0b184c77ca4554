/**
 * Sales: receipts rung up at a store's till and sent over JMS.
 *
 * <h2>Model</h2>
 * A {@link org.omnistock.sale.entity.Sale sale} is one POS receipt: the store (a location of type {@code STORE}),
 * the till's receipt id, when it was sold, its lines (SKU, quantity, unit price) and total. It is recorded once per
 * (store, receipt id), in the same transaction as one movement per line in the stock ledger: {@code SALE}, or
 * {@code RETURN} for a line the customer brought back (an exchange, or an order from any channel returned at the
 * store), whose units go back into the state the till says ({@code returnCondition}) and count against the total.
 * A sale may name its customer ({@code loyaltyCard} or {@code customerNumber}): it is kept with the sale, and the
 * receipt's total earns the customer points (or, below zero, takes them back) in the same transaction, once per
 * receipt; a card nobody holds earns nothing and the sale is recorded all the same. A sale may also spend the
 * customer's points ({@code pointsSpent}, worth {@code pointsDiscount}, as the till priced them with the basket
 * engine): spent in the same transaction, once per receipt, before the rest of the receipt earns; see the customer
 * capability for a till that spent them offline. A sale names the promotions the till applied ({@code promotions}:
 * each promotion's code, the discount it gave, the coupon presented), already in its unit prices: they are counted
 * in the same transaction, once per receipt, under the reference {@code <store>/<receipt>} (nothing more if a till
 * online redeemed them under it first), against budgets, coupon uses and the customer's per-customer limits, even
 * beyond them: the sale happened, and what went beyond a budget is recorded on the promotion (its page shows it).
 * A promotion or coupon that does not exist rejects the sale. Each line also becomes a sales fact for the analytics capability
 * in the same transaction (channel {@code STORE}, net of its share of the points' worth; a line returning another
 * channel's order counts for that order's channel, through the returns capability).
 *
 * <h2>Outcomes</h2>
 * {@link org.omnistock.sale.boundary.SaleOutcome}: recorded; a duplicate (the same receipt again: nothing changes,
 * so a till may re-send whenever it is unsure); or rejected with a reason (malformed, unknown store, SKU, promotion
 * or coupon, a location
 * that is not a store, a sale of another store than the broker user that sent it, a value out of bounds, a value the
 * database refuses), which changes nothing and sends the message to the dead-letter address on its first delivery.
 *
 * <h2>Who sent it</h2>
 * Every store has its own broker user, named after its code (the account capability issues it). The broker stamps each
 * message with the user that sent it ({@code omnistockSender}, by the Omnistock broker plugin, for every protocol and
 * whatever the client wrote), and a sale is accepted only from its own store. Only a fault that may pass (the database is down) is
 * retried by the broker.
 *
 * <h2>Messages and transactions</h2>
 * A sale is JSON in a text message, or in a bytes message as UTF-8 (what STOMP clients that set
 * {@code content-length} send). The listener has no transaction of its own (no XA with the broker): the sale is
 * recorded in a database transaction of its own, then the listener dead-letters a rejected sale and the message is
 * acknowledged; so a value the database refuses is still dead-lettered with its reason instead of rolled back and
 * retried. Exactly once still holds: a sale redelivered after a crash between the commit and the acknowledgement, to
 * this server or another, is a duplicate of its receipt.
 *
 * <p>Sales that arrive together are recorded together: the sales the listener's sessions hold while a batch commits
 * form the next batch, recorded in one transaction one after the other (each sees what the ones before it wrote) and
 * committed once, then each session acknowledges its own message. A rejected sale wrote nothing, so the batch
 * stands without it; a batch the database refuses as a whole is recorded again sale by sale, so that only the bad
 * sale is dead-lettered. The batch's stock levels are locked first, in the ledger's lock order.</p>
 *
 * <h2>The books</h2>
 * A recorded receipt posts its takings in the same transaction: tender clearing against revenue, the total after
 * points, lines brought back netted in (event {@code SALE}, document {@code till-receipt/POS <store>/<receipt>});
 * valuation posts what its units cost under the same document ({@code SALE_COST}).
 *
 * <h2>Tax</h2>
 * At a store with a country (docs/sale-to-cash.md) the receipt is taxed by the one engine
 * ({@link org.omnistock.messages.sale.PosSaleTax}): the store is the place of supply, the rates those valid at
 * {@code soldAt}, prices with or without tax as the list pricing the first line there keeps them; points come off
 * the lines before tax. Its summary per rate is kept with the sale; revenue is posted and counted net of tax, the
 * tax credited to tax payable per rate, the takings are what the customer paid. A line with no rate there and then
 * dead-letters the sale with the reason, and nothing is recorded.
 *
 * <h2>Tenders</h2>
 * A receipt may say how it was paid ({@link org.omnistock.messages.sale.PosSaleTender}: cash with what was handed
 * over, a card with the terminal's reference, signed). They must come to what the customer paid (the receipt's
 * total, with tax where prices are without it), else the sale is dead-lettered with both figures. They are kept with
 * the sale and post cash to {@code cash} (1010) and cards to {@code card} (1020); a receipt that names none posts its
 * takings to tender clearing as before. Gift cards ({@code GIFT_CARD}, the code the till scanned) and store
 * credit ({@code STORE_CREDIT}, the sale's customer's) post to {@code stored-value} (2300) and are redeemed (or
 * found redeemed online under {@code <store>/<receipt>}) by {@link org.omnistock.storedvalue} in the sale's
 * transaction, after it found nothing wrong with them before anything was written.
 *
 * <p>A receipt of goods brought back that names the receipt they were bought on ({@code refundOf}) pays back only to
 * that receipt's tenders, by {@link org.omnistock.tender.control.RefundRule}: cash to cash, card to card, store credit
 * to store credit, a gift card's part to a card or as store credit, none beyond what it paid less what was paid
 * back against it before (refunds recorded with {@code sale.refund_of}); else the sale is dead-lettered with the
 * figures. A receipt that names none, or names one recorded without tenders, is held only to its tenders adding
 * up.</p>
 *
 * <h2>Documents</h2>
 * A recorded receipt is read as it is printed ({@link org.omnistock.sale.boundary.Sales#receipt}, {@code GET
 * /api/v1/stores/{store}/receipts/{receipt}}, {@code read} at the store; the back office's sale/receipt.xhtml, found
 * by its document's number too): its document number and kind, lines, tax by rate with base and tax, total,
 * tenders (a gift card by its last four), and the text the store's country's documents print. Any other numbered
 * document prints in the same form ({@code Sales#receiptOfDocument}, {@code GET /api/v1/documents/{number}/receipt},
 * JSON or PDF): an order's invoice or a return's credit note with the lines and tax it was issued with, its location
 * in the store's place and no tenders.
 *
 * A recorded receipt leaves a pending row for its store's till day ({@link org.omnistock.tillday}), whose fold
 * numbers it within a second ({@link org.omnistock.document}: a simplified invoice, or a credit note when it gives
 * money back, in its store's series for the year) and counts it into the open day.
 */
package org.omnistock.sale;
