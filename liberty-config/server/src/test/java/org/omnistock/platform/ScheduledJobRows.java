package org.omnistock.platform;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** Gives {@link ScheduledRunsIT} jobs of its own, so that the application's timers never claim them. */
@Stateless
public class ScheduledJobRows {

    @PersistenceContext(unitName = "omnistock")
    EntityManager em;

    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void add(String job) {
        em.createNativeQuery("INSERT INTO scheduled_run (job, last_run) VALUES (?, CAST('1970-01-01 00:00:00' AS "
                + "TIMESTAMP))").setParameter(1, job).executeUpdate();
    }
}
