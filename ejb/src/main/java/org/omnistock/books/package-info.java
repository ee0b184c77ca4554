/**
 * The books: the chart of accounts, the mappings from events to accounts, and the journal, on the same
 * transactions as the changes they describe (docs/erp.md is the design; this capability is being built from it).
 * The lowest of the ERP half's capabilities: it knows no other, and takes postings from valuation, purchasing,
 * sales and fulfilment.
 *
 * <h2>Model</h2>
 * <ul>
 *   <li>{@link org.omnistock.books.control.EntryLines entry lines}: one entry's lines, each a debit or a credit at
 *       the currency's digits; {@code balanced()} refuses an entry whose debits and credits differ, with fewer than
 *       two lines, or with an amount that is negative, on both sides or finer than the currency. Such an entry is a
 *       bug that stops the transaction. An entry is undone by its reversal (each line's sides swapped), never
 *       changed.</li>
 * </ul>
 *
 * <p>Built so far: the entry's lines and their checks (plain JUnit, {@code EntryLinesTest}). To come, in the order
 * docs/erp.md gives: accounts and mappings, journal entries stored with their document, the feed, the trial
 * balance.
 */
package org.omnistock.books;
