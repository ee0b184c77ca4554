package org.omnistock.customer.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.omnistock.customer.boundary.LoyaltyTerms;
import org.omnistock.customer.entity.LoyaltyProgram;
import org.omnistock.customer.entity.LoyaltyTier;
import org.omnistock.platform.Recent;
import org.omnistock.platform.ServerSignal;
import org.omnistock.platform.ServerSignals;

/**
 * The loyalty programme's terms and tiers as this server last read them, at most a second old: every purchase with a
 * loyalty card needs them, and they change a few times a year. A change made on this server is seen by its next
 * purchase (the terms are forgotten once the change commits); the other servers are told at once
 * ({@link ServerSignals}), and read them again within a second if that message is lost.
 */
@ApplicationScoped
public class LoyaltyTermsCache {

    @PersistenceContext(unitName = "omnistock")
    EntityManager em;

    private static final String SIGNAL = "loyalty-terms";

    private final Recent<LoyaltyTerms> terms = new Recent<>();

    @Inject
    ServerSignals signals;

    /** The terms, read again if those held are older than a second. */
    public LoyaltyTerms current() {
        return terms.get(() -> LoyaltyTerms.of(em.find(LoyaltyProgram.class, LoyaltyProgram.ID),
                em.createNamedQuery(LoyaltyTier.LIST_ALL, LoyaltyTier.class).getResultList()));
    }

    /** The terms changed and the change committed: read them again. */
    public void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) TermsChanged change) {
        terms.forget();
        signals.tell(ServerSignal.changed(SIGNAL));
    }

    /** Another server changed them. */
    public void changedElsewhere(@Observes ServerSignal signal) {
        if (signal.is(SIGNAL)) {
            terms.forget();
        }
    }

    /** CDI event: the programme's terms or tiers were changed in the current transaction. */
    public record TermsChanged() {
    }
}
