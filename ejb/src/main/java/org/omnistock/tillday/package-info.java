/**
 * A store's till days (docs/sale-to-cash.md, "till days"): opened with the float in its tills (or by the first
 * receipts folded after the last close), closed with the cash counted. A receipt the sale capability records only
 * inserts a pending row in its own transaction ({@code receipt_pending}: its document kind, what it came to, its
 * increments per tender, tax component and document kind), so no sale waits on its store's day or document series.
 * A fold (every second on every server, and before a close or an X report) takes the store's open day under its
 * lock, numbers the pending receipts in the order they came ({@link org.omnistock.document}), adds them to the day's
 * running totals ({@code till_day_total}) and receipt count, and deletes them, in one transaction: every receipt is
 * numbered once and counted in exactly one day; a second fold of the store waits for the first, then finds them
 * gone. So an X report and a close read a few rows instead of scanning the day's sales. The expected cash is the
 * float plus the cash tenders (less cash paid back); a difference at the close needs a reason and posts cash
 * against cash over and short (5400).
 *
 * <p>Who may: {@code till:days} at the store (a store manager at theirs; admin): open, close, X and Z reports
 * ({@code /api/v1/stores/{store}/days}; the back office's Till days page, tillday/days.xhtml). A day is the store's, not one till's: tills do not name themselves in their
 * sales yet.</p>
 */
package org.omnistock.tillday;
