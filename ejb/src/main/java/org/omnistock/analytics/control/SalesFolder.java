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
     * Folds the oldest facts not folded yet, under the fold lock (a second server waits, then finds them folded).
     *
     * @return how many were folded: {@link #BATCH} means there may be more
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public int foldBatch() {
        em.createNativeQuery("SELECT id FROM sales_fold WHERE id = 1 FOR UPDATE").getResultList();
        List<SalesFact> facts = em.createNamedQuery(SalesFact.UNFOLDED, SalesFact.class).setMaxResults(BATCH)
                .getResultList();
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
