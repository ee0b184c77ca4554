package org.omnistock.tax.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.omnistock.messages.tax.TaxRules;
import org.omnistock.platform.Recent;
import org.omnistock.platform.ServerSignal;
import org.omnistock.platform.ServerSignals;
import org.omnistock.tax.entity.TaxJurisdictionRecord;
import org.omnistock.tax.entity.TaxRateRecord;

/**
 * The jurisdictions and rates as this server last read them, at most a second old: every basket and till sale needs
 * them, and they change a few times a year. A change made on this server is seen by its next sale (forgotten once the
 * change commits); the other servers are told at once ({@link ServerSignals}), and read them again within a second
 * if that message is lost.
 */
@ApplicationScoped
public class TaxRulesCache {

    @PersistenceContext(unitName = "omnistock")
    EntityManager em;

    private static final String SIGNAL = "tax-rules";

    private final Recent<TaxRules> rules = new Recent<>();

    @Inject
    ServerSignals signals;

    public TaxRules current() {
        return rules.get(() -> new TaxRules(
                em.createNamedQuery(TaxJurisdictionRecord.ALL, TaxJurisdictionRecord.class).getResultStream()
                        .map(TaxJurisdictionRecord::jurisdiction).toList(),
                em.createNamedQuery(TaxRateRecord.ALL, TaxRateRecord.class).getResultStream()
                        .map(TaxRateRecord::rate).toList()));
    }

    /** The rules changed and the change committed: read them again. */
    public void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) RulesChanged change) {
        rules.forget();
        signals.tell(ServerSignal.changed(SIGNAL));
    }

    /** Another server changed them. */
    public void changedElsewhere(@Observes ServerSignal signal) {
        if (signal.is(SIGNAL)) {
            rules.forget();
        }
    }

    /** CDI event: a jurisdiction or rate was changed in the current transaction. */
    public record RulesChanged() {
    }
}
