package org.omnistock.analytics.control;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.omnistock.analytics.entity.SalesCube;
import org.omnistock.analytics.entity.SalesDay;
import org.omnistock.analytics.entity.SalesFact;

/** Folds sales facts into their days' totals, a batch per transaction. */
@Stateless
public class SalesFolder {

    /** Facts folded in one transaction: a second's worth at a busy Saturday's rate, in one short transaction. */
    public static final int BATCH = 2_000;

    @PersistenceContext(unitName = "omnistock")
    EntityManager em;

    /**
     * Folds the oldest facts not folded yet, under the fold lock: a second server waits, then finds them folded;
     * a report being read ({@link SalesQueries}) holds the lock shared, so a fold waits for it to end.
     *
     * @return how many were folded: {@link #BATCH} means there may be more
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int foldBatch() {
        if (unfolded(1).isEmpty()) {
            return 0;
        }
        // An update, not SELECT ... FOR UPDATE: Derby lets go of a row only selected for update at read committed,
        // and PostgreSQL's FOR UPDATE does not wait for a reader's SHARE lock; an update does both.
        em.createNativeQuery("UPDATE sales_fold SET folded_at = CURRENT_TIMESTAMP WHERE id = 1").executeUpdate();
        List<SalesFact> facts = unfolded(BATCH);
        Map<SalesDay.Key, SalesDay> days = new HashMap<>();
        Map<SalesCube.Key, SalesCube> cubes = new HashMap<>();
        for (SalesFact fact : facts) {
            days.computeIfAbsent(SalesDay.keyOf(fact), key -> findOrMake(SalesDay.class, key, SalesDay::new))
                    .add(fact);
            cubes.computeIfAbsent(SalesCube.keyOf(fact), key -> findOrMake(SalesCube.class, key, SalesCube::new))
                    .add(fact);
            fact.folded();
        }
        return facts.size();
    }

    private List<SalesFact> unfolded(int most) {
        return em.createNamedQuery(SalesFact.UNFOLDED, SalesFact.class).setMaxResults(most).getResultList();
    }

    private <T, K> T findOrMake(Class<T> type, K key, Function<K, T> maker) {
        T found = em.find(type, key);
        if (found != null) {
            return found;
        }
        T made = maker.apply(key);
        em.persist(made);
        return made;
    }
}
