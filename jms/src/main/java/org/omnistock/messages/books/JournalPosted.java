package org.omnistock.messages.books;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A journal entry was posted, on {@link org.omnistock.messages.Destinations#JOURNAL_POSTED}, for the accounting
 * system: the whole entry, balanced. Entries are never changed; a correction comes as a reversal (naming the entry
 * it reverses) and a new entry.
 *
 * @param entryId      the entry's id, unique; the REST feed and the back office show it
 * @param eventType    what happened (RECEIPT, SALE, SALE_COST...)
 * @param document     the document that caused it, as {@code type/id}
 * @param postedAt     when it was posted (the instant it counts for)
 * @param documentDate when the document says it happened
 * @param reverses     the entry this one reverses; null for none
 */
public record JournalPosted(int schemaVersion, String eventId, long entryId, String eventType, String reason,
                            String document, String location, String channel, String currency, BigDecimal amount,
                            Instant postedAt, Instant documentDate, Long reverses, List<Line> lines) {

    public static final int SCHEMA_VERSION = 1;
    public static final String EVENT_TYPE = "JournalPosted";

    /** One account's side: a debit or a credit, the other zero. */
    public record Line(String account, String location, BigDecimal debit, BigDecimal credit) {
    }
}
