package org.omnistock.books.control;

import java.io.StringReader;
import java.time.Clock;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.json.spi.JsonProvider;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.omnistock.books.entity.JournalFeedPosition;
import org.omnistock.messages.Destinations;
import org.omnistock.outbox.control.EventsPublished;
import org.omnistock.outbox.entity.OutboxMessage;

/**
 * Gives each entry its feed position as the outbox relay publishes its event, in the relay's transaction. Relays
 * take turns through one row lock held until that transaction commits, so a position is taken only after every
 * smaller one committed: a reader paging the feed by position never passes an entry that shows up later.
 */
@ApplicationScoped
public class JournalFeed {

    private static final JsonProvider JSON = JsonProvider.provider();

    @PersistenceContext(unitName = "omnistock")
    EntityManager em;

    @Inject
    Clock clock;

    void onPublished(@Observes EventsPublished published) {
        Long last = null;
        Instant now = clock.instant();
        for (OutboxMessage event : published.events()) {
            if (!event.getDestination().equals(Destinations.JOURNAL_POSTED)) {
                continue;
            }
            if (last == null) {
                Long max = em.createNamedQuery(JournalFeedPosition.LAST, Long.class).getSingleResult();
                last = max == null ? 0 : max;
            }
            long entryId = JSON.createReader(new StringReader(event.getBody())).readObject()
                    .getJsonNumber("entryId").longValueExact();
            last++;
            em.persist(new JournalFeedPosition(last, entryId, now));
        }
    }
}
