package org.omnistock.books.control;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.omnistock.books.entity.JournalEntry;
import org.omnistock.books.entity.JournalFeedPosition;
import org.omnistock.books.entity.JournalPending;
import org.omnistock.messages.Destinations;
import org.omnistock.messages.Headers;
import org.omnistock.messages.JsonCodec;
import org.omnistock.messages.Money;
import org.omnistock.messages.books.JournalPosted;
import org.omnistock.outbox.control.Outbox;
import org.omnistock.outbox.control.OutgoingEvent;
import org.omnistock.platform.Servers;

/**
 * One turn of the journal's publisher: the entries committed and not yet in the feed, oldest first, each given its
 * feed position and its broker event (through the outbox), in one transaction. The turn holds the publisher's row
 * in {@code scheduled_run} until it commits, so turns follow each other across servers and a position is given
 * only after every smaller one committed: a reader paging the feed never passes an entry that shows up later,
 * though an entry that committed late with a smaller id gets a larger position.
 *
 * <p>Done here rather than in the posting's transaction: a till sale pays for writing its entries, not for their
 * events, and the outbox relay gets them in batches (B9).</p>
 */
@Stateless
public class JournalPublication {

    static final String JOB = "journal-feed";

    @PersistenceContext(unitName = "omnistock")
    EntityManager em;

    @Inject
    Outbox outbox;

    @Inject
    Clock clock;

    /** @return how many entries joined the feed */
    public int publishNext(int max) {
        if (em.createNamedQuery(JournalPending.OLDEST, Long.class).setMaxResults(1).getResultList().isEmpty()) {
            return 0;
        }
        Instant now = clock.instant();
        em.createNativeQuery("UPDATE scheduled_run SET last_run = ?, ran_by = ? WHERE job = ?")
                .setParameter(1, Timestamp.from(now)).setParameter(2, Servers.THIS).setParameter(3, JOB)
                .executeUpdate();
        List<Long> ids = em.createNamedQuery(JournalPending.OLDEST, Long.class).setMaxResults(max).getResultList();
        if (ids.isEmpty()) {
            return 0;
        }
        Map<Long, JournalEntry> entries = new HashMap<>();
        em.createQuery("SELECT e FROM JournalEntry e WHERE e.id IN :ids", JournalEntry.class).setParameter("ids", ids)
                .setHint("eclipselink.batch", "e.lines").setHint("eclipselink.batch.type", "IN").getResultStream()
                .forEach(e -> entries.put(e.getId(), e));
        Long last = em.createNamedQuery(JournalFeedPosition.LAST, Long.class).getSingleResult();
        long position = last == null ? 0 : last;
        for (Long id : ids) {
            JournalEntry entry = entries.get(id);
            em.persist(new JournalFeedPosition(++position, id, now));
            outbox.enqueue(event(entry));
        }
        em.createNamedQuery(JournalPending.DELETE).setParameter("ids", ids).executeUpdate();
        return ids.size();
    }

    /** The entry as its event: amounts at the currency's digits, as every message carries money. */
    private static OutgoingEvent event(JournalEntry entry) {
        String eventId = "journal-" + entry.getId();
        int digits = Money.digits(entry.getCurrency());
        JournalPosted event = new JournalPosted(JournalPosted.SCHEMA_VERSION, eventId, entry.getId(),
                entry.getEventType(), entry.getReason(), entry.getDocumentType() + "/" + entry.getDocumentId(),
                entry.getLocation(), entry.getChannel(), entry.getCurrency(), Money.stored(entry.getAmount(), digits),
                entry.getPostedAt(), entry.getDocumentDate(), entry.getReverses(), entry.getLines().stream()
                .map(line -> new JournalPosted.Line(line.getAccount(), line.getLocation(),
                        Money.stored(line.getDebit(), digits), Money.stored(line.getCredit(), digits))).toList());
        return new OutgoingEvent(Destinations.JOURNAL_POSTED, true, JournalPosted.EVENT_TYPE, eventId,
                entry.getLocation() == null ? Map.of() : Map.of(Headers.LOCATION_ID, entry.getLocation()),
                JsonCodec.toJson(event), "journal");
    }
}
