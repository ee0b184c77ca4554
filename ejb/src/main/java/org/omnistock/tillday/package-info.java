/**
 * A store's till days (docs/sale-to-cash.md, "till days"): opened with the float in its tills (or by the first
 * receipt recorded after the last close), closed with the cash counted. Each receipt the sale capability records
 * adds to its store's open day in its own transaction, last: the receipt count, and running totals per tender, per
 * tax component and rate and per kind of document ({@code till_day_total}). So an X report (the open day so far)
 * and the close read a few rows instead of scanning the day's sales, and a close waits for the receipts being
 * recorded (they hold the day's row) so that every receipt is in exactly one day. The expected cash is the float
 * plus the cash tenders (less cash paid back); a difference at the close needs a reason and posts cash against cash
 * over and short (5400).
 *
 * <p>Who may: {@code till:days} at the store (a store manager at theirs; admin): open, close, X and Z reports
 * ({@code /api/v1/stores/{store}/days}). A day is the store's, not one till's: tills do not name themselves in their
 * sales yet.</p>
 */
package org.omnistock.tillday;
