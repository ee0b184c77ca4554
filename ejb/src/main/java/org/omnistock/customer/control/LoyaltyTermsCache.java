package org.omnistock.customer.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.omnistock.customer.boundary.LoyaltyTerms;
import org.omnistock.customer.entity.LoyaltyProgram;
import org.omnistock.customer.entity.LoyaltyTier;

/**
 * The loyalty programme's terms and tiers as this server last read them, at most a second old: every purchase with a
 * loyalty card needs them, and they change a few times a year. A change made on this server is seen by its next
 * purchase (the terms are forgotten once the change commits); on another server within a second.
 */
@ApplicationScoped
public class LoyaltyTermsCache {

    private static final long FRESH_NANOS = 1_000_000_000L;

    @PersistenceContext(unitName = "omnistock")
    EntityManager em;

    private volatile Snapshot snapshot;

    private record Snapshot(LoyaltyTerms terms, long readAt) {
    }

    /** The terms, read again if those held are older than a second. */
    public LoyaltyTerms current() {
        Snapshot held = snapshot;
        long now = System.nanoTime();
        if (held == null || now - held.readAt() > FRESH_NANOS) {
            held = new Snapshot(LoyaltyTerms.of(em.find(LoyaltyProgram.class, LoyaltyProgram.ID),
                    em.createNamedQuery(LoyaltyTier.LIST_ALL, LoyaltyTier.class).getResultList()), now);
            snapshot = held;
        }
        return held.terms();
    }

    /** The terms changed and the change committed: read them again. */
    public void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) TermsChanged change) {
        snapshot = null;
    }

    /** CDI event: the programme's terms or tiers were changed in the current transaction. */
    public record TermsChanged() {
    }
}
