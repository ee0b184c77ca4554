/**
 * Numbered documents (docs/sale-to-cash.md, "documents"): a till's receipt is a simplified invoice, a receipt that
 * gives money back a credit note, an order's shipment (or collection) an invoice in the shipping location's series
 * ({@code W01-2026-I000001}, numbered in the shipment's transaction), an order's return received a credit note in
 * the receiving location's series. Till receipts take the next number of its series, one per
 * location, kind and year ({@code S001-2026-T000123}, {@code S001-2026-C000004}), from
 * {@link org.omnistock.platform.DocumentNumbers}, when the till-day fold takes the store's recorded receipts (within
 * a second; {@link org.omnistock.tillday}): a number is never used twice nor skipped (a rolled-back fold gives its
 * numbers back), and no sale waits on a series: B3 measured a store's eight tills waiting on it in the sale's own
 * transaction at 20 times the latency, so it moved out of it.
 * An order's invoice and a return's credit note keep the lines and the tax by rate they were issued with
 * ({@code sales_document_line}, {@code sales_document_tax}, written with the number), and print from them
 * ({@link org.omnistock.document.boundary.Documents#printed}); a till receipt's document prints its sale.
 * Documents are never deleted; a voided one (issued in error: {@code POST /api/v1/documents/{number}/void} with the
 * reason, {@code books:admin}) keeps its number and amounts and says when, why and by whom; voiding gives no money
 * back (a credit note does).
 *
 * <p>Who may: reading is {@code read}, at the document's location for a caller bound to locations
 * ({@code GET /api/v1/documents/{number}}, {@code GET /api/v1/documents?location=&from=&to=}). Knows no other
 * capability; the sale capability issues its receipts' documents (through the till-day fold), fulfilment its
 * invoices, returns their credit notes.</p>
 */
package org.omnistock.document;
