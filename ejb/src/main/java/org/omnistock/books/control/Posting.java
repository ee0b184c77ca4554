package org.omnistock.books.control;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * What a capability asks the books to post: the event, the document that caused it, and lines by role (stock,
 * cogs, revenue...) with signed amounts, a debit positive and a credit negative. The books turn the roles into
 * accounts ({@link MappingRules}) and refuse an entry that does not balance.
 *
 * @param eventType    what happened (RECEIPT, SALE, SALE_COST, TRANSFER_OUT...)
 * @param reason       narrows the event (an adjustment's reason); null for none
 * @param documentType what the document is (pos-receipt, stock-movement, order, transfer...)
 * @param documentId   which one
 * @param location     where it happened; null for none
 * @param channel      the sales channel; null for none
 * @param documentDate when the document says it happened (it posts now, whatever that date)
 * @param postedAt     the instant it counts for: when the change it describes was recorded in this transaction
 *                     (a stock movement's), so that the books and the ledger agree at every instant; now if null
 * @param lines        in the order they were added
 */
public record Posting(String eventType, String reason, String documentType, String documentId, String location,
                      String channel, Instant documentDate, Instant postedAt, List<Line> lines) {

    /**
     * One role's amount.
     *
     * @param location the line's location (a transfer's two ends differ); the posting's if null
     * @param category the SKU's category, for mappings narrowed by it; null for none
     * @param amount   signed, at the currency's digits: positive debits, negative credits
     */
    public record Line(String role, String location, String category, BigDecimal amount) {
    }

    public Posting {
        lines = List.copyOf(lines);
    }

    public static Posting of(String eventType, String documentType, String documentId, String location,
                             String channel, Instant documentDate) {
        return new Posting(eventType, null, documentType, documentId, location, channel, documentDate, null,
                List.of());
    }

    public Posting because(String why) {
        return new Posting(eventType, why, documentType, documentId, location, channel, documentDate, postedAt,
                lines);
    }

    /** Counts for this instant (the movement's), not the moment it is posted. */
    public Posting countingFor(Instant instant) {
        return new Posting(eventType, reason, documentType, documentId, location, channel, documentDate, instant,
                lines);
    }

    /** A line at the posting's location. */
    public Posting line(String role, String category, BigDecimal amount) {
        return lineAt(role, location, category, amount);
    }

    public Posting lineAt(String role, String lineLocation, String category, BigDecimal amount) {
        List<Line> more = new ArrayList<>(lines);
        more.add(new Line(role, lineLocation == null ? location : lineLocation, category, amount));
        return new Posting(eventType, reason, documentType, documentId, location, channel, documentDate, postedAt,
                more);
    }
}
