package org.omnistock.valuation;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Writes valued movements of a level of its own, recorded in the past, and reads the closings of that level: what
 * {@link ValuationSnapshotsIT} needs and no boundary offers (movements are only ever recorded now). The level, SKU
 * and location ids are numbers no row has, so no page or reconciliation of other tests ever sees them.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class PastValuedMovements {

    @PersistenceContext(unitName = "omnistock")
    EntityManager em;

    public void add(long level, long units, String value, Instant recordedAt) {
        em.createNativeQuery("INSERT INTO valuation_movement (id, stock_level_id, sku_id, location_id, kind, units, "
                        + "stock_value, cost_of_goods, in_transit_change, units_after, value_after, recorded_at) "
                        + "VALUES (?, ?, ?, ?, 'IT', ?, ?, 0, 0, 0, 0, ?)")
                .setParameter(1, -ThreadLocalRandom.current().nextLong(1, Long.MAX_VALUE)).setParameter(2, level)
                .setParameter(3, level).setParameter(4, level).setParameter(5, units)
                .setParameter(6, new BigDecimal(value)).setParameter(7, Timestamp.from(recordedAt)).executeUpdate();
    }

    /** The level's closing of the day: units and value, or null when the day has no row for it. */
    public Object[] closing(long level, LocalDate day) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT units, stock_value FROM valuation_snapshot "
                + "WHERE closing_day = ? AND stock_level_id = ?").setParameter(1, Date.valueOf(day))
                .setParameter(2, level).getResultList();
        return rows.isEmpty() ? null : rows.get(0);
    }
}
