package org.omnistock.fulfilment.control;

import java.time.LocalDate;

import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;

import org.omnistock.fulfilment.entity.CapacityDay;
import org.omnistock.location.entity.Location;

/** Counts the fulfilments a location takes each day, against its daily capacity. */
@Stateless
public class CapacityDays {

    @PersistenceContext(unitName = "omnistock")
    EntityManager em;

    @Resource
    SessionContext context;

    /**
     * One more fulfilment for the location on its day, under the day's row lock, in the caller's transaction.
     *
     * @return false if the location's capacity for the day is taken
     */
    public boolean take(Location location, LocalDate day) {
        CapacityDay.Key key = new CapacityDay.Key(location.getId(), day);
        CapacityDay row = em.find(CapacityDay.class, key, LockModeType.PESSIMISTIC_WRITE);
        if (row == null) {
            context.getBusinessObject(CapacityDays.class).create(location.getId(), day);
            row = em.find(CapacityDay.class, key, LockModeType.PESSIMISTIC_WRITE);
        }
        return row.take(location.getDailyCapacity());
    }

    /**
     * The day's row, committed on its own so that two first orders of a day do not both insert it: the one that
     * loses the race finds the row the other made.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void create(long locationId, LocalDate day) {
        if (em.find(CapacityDay.class, new CapacityDay.Key(locationId, day)) != null) {
            return;
        }
        try {
            em.persist(new CapacityDay(locationId, day));
            em.flush();
        } catch (PersistenceException e) {
            // Another transaction inserted it first; this one's row is not needed.
            if (em.find(CapacityDay.class, new CapacityDay.Key(locationId, day)) == null) {
                throw e;
            }
        }
    }
}
