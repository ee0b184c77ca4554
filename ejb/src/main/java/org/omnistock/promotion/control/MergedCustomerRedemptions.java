package org.omnistock.promotion.control;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import org.omnistock.customer.control.CustomersMerged;
import org.omnistock.promotion.entity.CustomerRedemptions;
import org.omnistock.promotion.entity.Promotion;

/**
 * When two customer profiles become one, the merged one's redemptions of per-customer-limited promotions count as
 * the survivor's: one person cannot redeem a "once per customer" promotion once per profile they had. Each count
 * is moved under its promotion's row lock, like every redemption.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class MergedCustomerRedemptions {

    @PersistenceContext(unitName = "omnistock")
    EntityManager em;

    public void merged(@Observes CustomersMerged merged) {
        List<CustomerRedemptions> counted = new ArrayList<>(em.createNamedQuery(
                CustomerRedemptions.FIND_BY_CUSTOMER, CustomerRedemptions.class)
                .setParameter("customer", merged.merged()).getResultList());
        counted.sort(Comparator.comparing(CustomerRedemptions::getPromotionId));
        for (CustomerRedemptions count : counted) {
            em.find(Promotion.class, count.getPromotionId(), LockModeType.PESSIMISTIC_WRITE);
            CustomerRedemptions survivor = em.find(CustomerRedemptions.class,
                    new CustomerRedemptions.Key(count.getPromotionId(), merged.survivor()));
            if (survivor == null) {
                survivor = new CustomerRedemptions(count.getPromotionId(), merged.survivor());
                em.persist(survivor);
            }
            survivor.add(count.getRedemptions());
            em.remove(count);
        }
    }
}
