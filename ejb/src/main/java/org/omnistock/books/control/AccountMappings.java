package org.omnistock.books.control;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.omnistock.books.entity.AccountMapping;

/**
 * The mappings as every posting reads them: a few dozen rows, read again at most every {@link #LIFE}, instead of a
 * query per posting on the hot path of a till sale. A mapping takes effect no sooner than {@link #LIFE} after it is
 * saved, so every server has read it by the instant it applies from, and two servers never post the same instant
 * by different rules.
 */
@ApplicationScoped
public class AccountMappings {

    /** How long a server posts by the mappings it read; the least delay before a new mapping applies. */
    public static final Duration LIFE = Duration.ofSeconds(10);

    @PersistenceContext(unitName = "omnistock")
    EntityManager em;

    @Inject
    Clock clock;

    private volatile Snapshot snapshot;

    private record Snapshot(MappingRules rules, Instant readAt) {
    }

    /** The rules as read within the last {@link #LIFE}. */
    public MappingRules rules() {
        Snapshot known = snapshot;
        Instant now = clock.instant();
        if (known == null || known.readAt().plus(LIFE).isBefore(now)) {
            known = new Snapshot(new MappingRules(em.createNamedQuery(AccountMapping.ALL, AccountMapping.class)
                    .getResultList()), now);
            snapshot = known;
        }
        return known.rules();
    }

    /** This server reads the mappings again at its next posting (one was just saved here). */
    public void forget() {
        snapshot = null;
    }
}
