/**
 * Tenders: where money paid back may go, given how it was paid (docs/sale-to-cash.md, "tenders"). One rule,
 * {@link org.omnistock.tender.control.RefundRule}: cash to cash, card to card, store credit to store credit, what a
 * gift card paid to a card or as store credit (never back onto the gift card, never as cash), and never more per
 * tender than it paid less what went back to it before. A till's refund names its tenders and is held to the rule
 * (sale); an order's refund is split by it, card first, then store credit (returns).
 *
 * <p>Pure and below sale and returns, which use it; it knows no other capability.</p>
 */
package org.omnistock.tender;
