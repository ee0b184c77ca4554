package org.omnistock.books.control;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.omnistock.access.boundary.Access;
import org.omnistock.books.entity.JournalEntry;
import org.omnistock.books.entity.JournalLine;
import org.omnistock.books.entity.JournalPending;
import org.omnistock.platform.Retailer;

/**
 * Posts journal entries in the caller's transaction (docs/erp.md, "the books"): the posting's roles become
 * accounts, the lines are checked, and the entry goes to the journal, queued for the feed and the broker
 * ({@link JournalPublisher}). An entry that does not balance throws ({@link EntryLines.Unbalanced}) and the change it
 * describes rolls back with it.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class Journal {

    @PersistenceContext(unitName = "omnistock")
    EntityManager em;

    @Inject
    AccountMappings mappings;

    @Inject
    Retailer retailer;

    @Inject
    Access access;

    @Inject
    Clock clock;

    /**
     * Posts the entry, at this instant (or the one it counts for), in the retailer's currency.
     *
     * @return the entry; empty when every amount nets to zero (nothing to post)
     */
    public Optional<JournalEntry> post(Posting posting) {
        Instant now = posting.postedAt() == null ? clock.instant() : posting.postedAt();
        List<MappingRules.EntryLine> lines = mappings.rules().lines(posting, now, retailer.digits());
        if (lines.isEmpty()) {
            return Optional.empty();
        }
        JournalEntry entry = new JournalEntry(posting.eventType(), posting.reason(), posting.documentType(),
                posting.documentId(), posting.location(), posting.channel(), retailer.currency(), now,
                posting.documentDate() == null ? now : posting.documentDate(), null, access.caller().id(), null);
        lines.forEach(line -> entry.addLine(line.account(), line.location(), line.debit(), line.credit()));
        write(entry);
        return Optional.of(entry);
    }

    /**
     * The entry that undoes {@code original}: every line's sides swapped, naming the entry it reverses, posted now.
     * An entry is reversed once.
     */
    public JournalEntry reverse(JournalEntry original, String why) {
        if (!em.createNamedQuery(JournalEntry.REVERSAL_OF, JournalEntry.class).setParameter("id", original.getId())
                .getResultList().isEmpty()) {
            throw new IllegalStateException("entry " + original.getId() + " was reversed already");
        }
        Instant now = clock.instant();
        JournalEntry reversal = new JournalEntry(original.getEventType(), original.getReason(),
                original.getDocumentType(), original.getDocumentId(), original.getLocation(), original.getChannel(),
                original.getCurrency(), now, original.getDocumentDate(), original.getId(), access.caller().id(), why);
        for (JournalLine line : original.getLines()) {
            reversal.addLine(line.getAccount(), line.getLocation(), line.getCredit(), line.getDebit());
        }
        write(reversal);
        return reversal;
    }

    /**
     * The balance (debits minus credits) of the lines of these accounts per location, of the entries that count up
     * to the instant; lines at no location under the empty string.
     */
    public Map<String, BigDecimal> balances(Collection<String> accounts, Instant at) {
        Map<String, BigDecimal> balances = new HashMap<>();
        if (accounts.isEmpty()) {
            return balances;
        }
        em.createQuery("SELECT l.location, SUM(l.debit) - SUM(l.credit) FROM JournalLine l WHERE l.account IN "
                        + ":accounts AND l.entry.postedAt <= :at GROUP BY l.location", Object[].class)
                .setParameter("accounts", accounts).setParameter("at", at).getResultStream()
                .forEach(row -> balances.put(row[0] == null ? "" : (String) row[0], (BigDecimal) row[1]));
        return balances;
    }

    /** The entry, and its place in the queue of entries the publisher gives a feed position and an event. */
    private void write(JournalEntry entry) {
        em.persist(entry);
        em.persist(new JournalPending(entry.getId()));
    }
}
