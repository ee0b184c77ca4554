/**
 * Gift cards and store credit (docs/sale-to-cash.md, "stored value"): a card per gift card (found by its code's
 * SHA-256; the code is given once, at issue, and only its last four are shown) or per customer's store credit
 * (found by the customer's number, opened by its first credit), and its movements, each once per card, kind and
 * reference, with the balance after it.
 *
 * <ul>
 *   <li><b>Sold</b> ({@code POST /api/v1/gift-cards}): at a store for cash or card, counted into the store's till day
 *   as a numbered receipt, or online by card; posted cash or card / 2300 gift cards and store credit outstanding.</li>
 *   <li><b>Paid with</b> as loyalty points are: a till or a channel online redeems first ({@code POST
 *   /api/v1/stored-value/redemptions}, the reference {@code <store>/<receipt>}) under the card's row lock, so of two
 *   tills on the last of a card one is refused; the till sale's {@code GIFT_CARD} or {@code STORE_CREDIT} tender
 *   then finds it redeemed. Offline, the sale redeems when it arrives, even past the balance (the movement says so).
 *   The sale's posting debits 2300 for it; a sale names its gift card by the code the till scanned and keeps
 *   {@code ****} and the last four.</li>
 *   <li><b>An order paid with</b> ({@code POST /api/v1/orders/{number}/payments}, tender {@code GIFT_CARD} with the
 *   code or {@code STORE_CREDIT}): the order's payment redeems in its own transaction ({@code payOrder}, the same
 *   lock and refusals, wrong codes counted against the channel), reference {@code order/<number>/<payment's>};
 *   posted 2300 / 1100 receivables (the card settles what the channel is owed).</li>
 *   <li><b>Given back</b>: a receipt of goods brought back may pay back to {@code STORE_CREDIT}, its customer's; never
 *   onto a gift card. An order's return credits its customer's store credit with the part the refund rule sends
 *   there ({@code creditOrder}, reference {@code order-return/<return>/<units received so far>}; 1100 / 2300).</li>
 *   <li><b>Wrong codes</b> count per caller ({@link org.omnistock.storedvalue.control.Lockout}): five within 15
 *   minutes lock it out of codes for 15 minutes (429), counted in a transaction of their own.</li>
 *   <li><b>Expiry</b> (nightly, or {@code POST /api/v1/gift-cards/expiry-runs}): a gift card past its last day where
 *   it was sold expires; what it held is breakage (2300 / 4900). Blocking, unblocking and a new expiry are kept in
 *   the card's history with their reason.</li>
 * </ul>
 *
 * <p>Who may: {@code stored-value:read} (a balance by code, cards and their history, store credit, what is
 * outstanding): store managers, accountants, admin, channels given it; {@code stored-value:write} (sell, redeem,
 * block, unblock, expiry): store managers and store clients at their stores (a card sold at a store is changed by
 * that store's manager; store credit and cards sold online by callers bound to no store), admin.</p>
 *
 * <p>Uses books (postings), tillday (a card sold at a store counts into its day) and location; knows no sale or
 * order: the sale capability calls it in the sale's transaction ({@code saleProblems} before anything is written,
 * {@code recordSale} after).</p>
 */
package org.omnistock.storedvalue;
