package org.omnistock.stock.boundary;

import java.time.Clock;
import java.util.List;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.omnistock.access.boundary.Access;
import org.omnistock.access.entity.Scopes;

/**
 * Checks every stock level against its ledger, its open reservations and its open announcements; see
 * {@link Reconciliation}.
 */
@Stateless
public class StockReconciliation {

    /** Plain SQL, run as one statement on Derby and PostgreSQL alike. */
    private static final String LEDGER_SUMS = """
            FROM stock_level l
            JOIN sku s ON s.id = l.sku_id
            JOIN location loc ON loc.id = l.location_id
            LEFT JOIN (SELECT stock_level_id, SUM(quantity) AS on_hand, SUM(reserved_change) AS reserved,
                              SUM(safety_stock_change) AS safety, SUM(damaged_change) AS damaged,
                              SUM(quality_control_change) AS qc, SUM(incoming_change) AS incoming
                       FROM stock_movement GROUP BY stock_level_id) m ON m.stock_level_id = l.id
            LEFT JOIN (SELECT stock_level_id, SUM(quantity) AS announced
                       FROM incoming_stock WHERE status = 'OPEN' GROUP BY stock_level_id) i ON i.stock_level_id = l.id
            LEFT JOIN (SELECT stock_level_id, SUM(quantity) AS held
                       FROM reservation WHERE status = 'OPEN' GROUP BY stock_level_id) r ON r.stock_level_id = l.id
            """;

    private static final String MISMATCHES = "SELECT s.code, loc.code, l.on_hand, COALESCE(m.on_hand, 0), "
            + "l.reserved, COALESCE(m.reserved, 0), COALESCE(r.held, 0), l.safety_stock, COALESCE(m.safety, 0), "
            + "l.damaged, COALESCE(m.damaged, 0), l.quality_control, COALESCE(m.qc, 0), l.incoming, "
            + "COALESCE(m.incoming, 0), COALESCE(i.announced, 0) " + LEDGER_SUMS
            + "WHERE l.on_hand <> COALESCE(m.on_hand, 0) OR l.reserved <> COALESCE(m.reserved, 0) "
            + "OR l.reserved <> COALESCE(r.held, 0) OR l.safety_stock <> COALESCE(m.safety, 0) "
            + "OR l.damaged <> COALESCE(m.damaged, 0) OR l.quality_control <> COALESCE(m.qc, 0) "
            + "OR l.incoming <> COALESCE(m.incoming, 0) OR l.incoming <> COALESCE(i.announced, 0) "
            + "ORDER BY s.code, loc.code";

    private static final int MAX_MISMATCHES = 1000;

    @PersistenceContext(unitName = "omnistock")
    EntityManager em;

    @Inject
    Access access;

    @Inject
    Clock clock;

    /** At most the first 1,000 mismatches are listed; the count of checked levels is always complete. */
    public Reconciliation reconcile() {
        access.requireEverywhere(Scopes.READ);
        long checked = ((Number) em.createNativeQuery("SELECT COUNT(*) FROM stock_level").getSingleResult())
                .longValue();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(MISMATCHES).setMaxResults(MAX_MISMATCHES).getResultList();
        List<Reconciliation.Mismatch> mismatches = rows.stream().map(row -> new Reconciliation.Mismatch(
                (String) row[0], (String) row[1], number(row[2]), number(row[3]), number(row[4]), number(row[5]),
                number(row[6]), number(row[7]), number(row[8]), number(row[9]), number(row[10]), number(row[11]),
                number(row[12]), number(row[13]), number(row[14]), number(row[15]))).toList();
        return Reconciliation.of(clock.instant(), checked, mismatches);
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }
}
