package org.omnistock.stock;

import java.util.List;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.omnistock.outbox.entity.OutboxMessage;

/** What {@link StockLedgerIT} reads straight from the database to check the boundary's work. */
@Stateless
public class LedgerQueries {

    @PersistenceContext(unitName = "omnistock")
    EntityManager em;

    public int appliedMigrations() {
        return ((Number) em.createNativeQuery(
                "SELECT COUNT(*) FROM \"flyway_schema_history\" WHERE \"success\" = TRUE").getSingleResult())
                .intValue();
    }

    public long sumOfMovements(String sku, String location) {
        Number sum = (Number) em.createQuery("SELECT SUM(m.quantity) FROM StockMovement m "
                        + "WHERE m.level.sku.code = :sku AND m.level.location.code = :location")
                .setParameter("sku", sku).setParameter("location", location).getSingleResult();
        return sum == null ? 0 : sum.longValue();
    }

    /**
     * Writes a stock level's reserved quantity behind the ledger's back, as a faulty writer would; the database's
     * own constraints must refuse a negative one.
     */
    public void forceReserved(String sku, String location, long reserved) {
        em.createNativeQuery("UPDATE stock_level SET reserved = ?1 WHERE sku_id = (SELECT id FROM sku WHERE code = ?2)"
                + " AND location_id = (SELECT id FROM location WHERE code = ?3)")
                .setParameter(1, reserved).setParameter(2, sku).setParameter(3, location).executeUpdate();
    }

    /** The outbox events whose properties name this SKU, oldest first. */
    public List<OutboxMessage> eventsFor(String sku) {
        return em.createQuery("SELECT m FROM OutboxMessage m WHERE m.properties LIKE :sku ORDER BY m.id",
                OutboxMessage.class).setParameter("sku", "%\"" + sku + "\"%").getResultList();
    }
}
