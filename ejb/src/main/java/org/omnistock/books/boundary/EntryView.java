package org.omnistock.books.boundary;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.omnistock.books.entity.JournalEntry;
import org.omnistock.messages.Money;

/**
 * A journal entry as the feed, the API and the back office show it.
 *
 * @param position its place in the feed; null until the journal's publisher has given it one (about a second after
 *                 it commits)
 * @param document the document that caused it, as {@code type/id}
 */
public record EntryView(long id, Long position, String eventType, String reason, String document, String location,
                        String channel, String currency, BigDecimal amount, Instant postedAt, Instant documentDate,
                        Long reverses, String postedBy, String memo, List<LineView> lines) implements Serializable {

    /** One account's side. */
    public record LineView(String account, String accountName, String location, BigDecimal debit,
                           BigDecimal credit) implements Serializable {
    }

    static EntryView of(JournalEntry entry, Long position, Map<String, String> accountNames) {
        int digits = Money.digits(entry.getCurrency());
        return new EntryView(entry.getId(), position, entry.getEventType(), entry.getReason(),
                entry.getDocumentType() + "/" + entry.getDocumentId(), entry.getLocation(), entry.getChannel(),
                entry.getCurrency(), Money.stored(entry.getAmount(), digits),
                entry.getPostedAt(), entry.getDocumentDate(), entry.getReverses(), entry.getPostedBy(),
                entry.getMemo(), entry.getLines().stream().map(line -> new LineView(line.getAccount(),
                        accountNames.get(line.getAccount()), line.getLocation(),
                        Money.stored(line.getDebit(), digits),
                        Money.stored(line.getCredit(), digits))).toList());
    }
}
