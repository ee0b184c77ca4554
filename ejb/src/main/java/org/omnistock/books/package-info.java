/**
 * The books: the chart of accounts, the mappings from events to accounts, and the journal, on the same
 * transactions as the changes they describe (docs/erp.md is the design). The lowest of the ERP half's capabilities:
 * it knows no other, and takes postings from valuation (the stock side of every movement), sales (a till's
 * takings by tender, revenue net of tax, tax payable), fulfilment and returns (an order's revenue and tax when
 * shipped, given back when returned), purchasing (supplier invoices: GRNI / payable with the price difference;
 * landed-cost bills), till days (a cash difference) and stored value (a gift card sold, its breakage at expiry).
 *
 * <h2>Model</h2>
 * <ul>
 *   <li>{@link org.omnistock.books.entity.Account account}: number, name, type (asset, liability, equity, revenue,
 *       expense). The default chart (migration V32): 1000 tender clearing, 1100 channel receivables, 1300 stock,
 *       1310 stock in transit, 2000 accounts payable, 2100 goods received not invoiced, 2200 tax payable, 3900
 *       opening balances, 4000 revenue, 5000 cost of goods sold, 5100 purchase price differences, 5200 shrinkage,
 *       5300 landed costs; later 1010 cash in tills and 1020 card settlements (V39), 5400 cash over and short
 *       (V41), 2300 gift cards and store credit outstanding and 4900 breakage (V42). Never deleted.</li>
 *   <li>{@link org.omnistock.books.entity.AccountMapping mapping}: event type ({@code *} for any) x line role
 *       ({@link org.omnistock.books.control.Vocabulary}) -> account, optionally narrowed by channel, location,
 *       category and reason, in effect from an instant. The most specific mapping in effect at the posting's
 *       instant wins ({@link org.omnistock.books.control.MappingRules}); a mapping is never changed, a newer one
 *       takes over from its instant, at least ten seconds after it is made, because each server reads the mappings
 *       again every ten seconds rather than once per posting: so no two servers post one instant by different
 *       rules, and nothing posted before is rewritten.</li>
 *   <li>{@link org.omnistock.books.entity.JournalEntry entry}: event type and reason, the document that caused it
 *       (type and id: a till receipt, a transfer, a delivery, a stock correction), location, channel, the instant
 *       it counts for and the document's own date, and balanced {@link org.omnistock.books.entity.JournalLine
 *       lines} (account, location, debit, credit at the currency's digits). Never updated or deleted; a correction
 *       is a reversal ({@code Journal.reverse}: each line's sides swapped, naming the entry) plus a new entry.</li>
 * </ul>
 *
 * <h2>Rules</h2>
 * <ul>
 *   <li>{@link org.omnistock.books.control.Journal#post} runs in the caller's transaction: the roles become
 *       accounts, the lines of one account at one location are netted, and
 *       {@link org.omnistock.books.control.EntryLines#balanced} checks them: an entry whose debits and credits
 *       differ, or with an amount negative, on both sides or finer than the currency, throws, and the sale or
 *       movement it describes rolls back with it. A posting whose amounts all net to zero posts nothing.</li>
 *   <li>An entry counts for the instant of the change it describes (a stock movement's recorded instant), so the
 *       journal and the valuation agree at every instant. A back-dated document posts at the instant it is
 *       recorded, its own date shown beside: what was posted before is never re-costed (docs/erp.md says why).</li>
 *   <li>Every entry joins the REST feed ({@code GET /api/v1/journal?after=}) and goes to the broker
 *       ({@code omnistock.journal.posted}, webhook topic {@code journal.posted}) about a second after it commits:
 *       the posting's transaction only queues it ({@code journal_pending}), and the journal's publisher
 *       ({@link org.omnistock.books.control.JournalPublisher}) gives the queued entries their feed positions and
 *       their events (through the outbox) in turns held one at a time across servers, so positions follow the
 *       order entries became visible committed; ids, drawn before commit, do not. A till sale pays for writing its
 *       entries, not for publishing them.</li>
 *   <li>Who may: {@code books:read} reads the feed, the CSV and the trial balance of the whole business only if
 *       bound to no location; bound to one, the entries and trial balance of its own locations. {@code books:admin}
 *       adds accounts and mappings.</li>
 * </ul>
 */
package org.omnistock.books;
