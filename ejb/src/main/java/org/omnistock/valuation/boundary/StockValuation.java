package org.omnistock.valuation.boundary;

import java.math.BigDecimal;
import java.time.Clock;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;

import org.omnistock.access.boundary.Access;
import org.omnistock.access.entity.Scopes;
import org.omnistock.books.control.AccountMappings;
import org.omnistock.books.control.Journal;
import org.omnistock.books.control.Vocabulary;
import org.omnistock.messages.Money;
import org.omnistock.platform.Csv;
import org.omnistock.platform.Page;
import org.omnistock.platform.Refusal;
import org.omnistock.platform.Retailer;
import org.omnistock.valuation.control.CostPosition;
import org.omnistock.valuation.control.ValuationSnapshots;

/** What stock is worth, and whether the books say the same. See the package documentation. */
@Stateless
public class StockValuation {

    @PersistenceContext(unitName = "omnistock")
    EntityManager em;

    @Inject
    ValuationSnapshots snapshots;

    @Inject
    Access access;

    @Inject
    Journal journal;

    @Inject
    AccountMappings mappings;

    @Inject
    Retailer retailer;

    @Inject
    Clock clock;

    /** The positions at a location (or, null, everywhere) of a category (or all), by SKU then location. */
    public Page<PositionView> positions(String location, String category, int page, int size) {
        access.requireFor(Scopes.BOOKS_READ, location);
        String where = " WHERE s.id = p.skuId AND l.id = p.locationId" + (location == null ? "" : " AND l.code = "
                + ":location") + (category == null ? "" : " AND s.category = :category");
        var select = em.createQuery("SELECT s.code, s.name, s.category, l.code, p.units, p.value, p.lastUnitCost "
                + "FROM ValuedLevel p, Sku s, Location l" + where + " ORDER BY s.code, l.code", Object[].class);
        var count = em.createQuery("SELECT COUNT(p) FROM ValuedLevel p, Sku s, Location l" + where, Long.class);
        if (location != null) {
            select.setParameter("location", location);
            count.setParameter("location", location);
        }
        if (category != null) {
            select.setParameter("category", category);
            count.setParameter("category", category);
        }
        List<Object[]> rows = select.setFirstResult(Page.firstResult(page, size)).setMaxResults(size)
                .getResultList();
        long total = count.getSingleResult();
        int digits = retailer.digits();
        List<PositionView> items = rows.stream().map(row -> {
            CostPosition position = new CostPosition((Long) row[4], Money.stored((BigDecimal) row[5],
                    digits), (BigDecimal) row[6], digits);
            return new PositionView((String) row[0], (String) row[1], (String) row[2], (String) row[3],
                    position.units(), position.value(), position.average().setScale(CostPosition.UNIT_COST_DIGITS));
        }).toList();
        return new Page<>(items, page, size, total);
    }

    /**
     * The journal's stock accounts against the valued movements, per location, at an instant (now if null), and
     * the value in transit; with the units on hand and valued beside them when it is now.
     */
    public ValueReconciliation reconciliation(Instant at) {
        access.requireEverywhere(Scopes.BOOKS_READ);
        boolean now = at == null;
        Instant instant = now ? clock.instant() : at;
        int digits = retailer.digits();
        BigDecimal zero = BigDecimal.ZERO.setScale(digits);
        Map<String, BigDecimal> valuation = new HashMap<>();
        BigDecimal inTransit = zero;
        for (Object[] row : em.createQuery("SELECT l.code, SUM(v.stockValue), SUM(v.inTransitChange) FROM "
                + "ValuationMovement v, Location l WHERE l.id = v.locationId AND v.recordedAt <= :at GROUP BY l.code",
                Object[].class).setParameter("at", instant).getResultList()) {
            valuation.put((String) row[0], Money.stored((BigDecimal) row[1], digits));
            inTransit = inTransit.add(Money.stored((BigDecimal) row[2], digits));
        }
        var rules = mappings.rules();
        Map<String, BigDecimal> booked = journal.balances(rules.accountsOf(Vocabulary.STOCK), instant);
        BigDecimal bookedInTransit = journal.balances(rules.accountsOf(Vocabulary.IN_TRANSIT), instant).values()
                .stream().map(b -> Money.stored(b, digits)).reduce(zero, BigDecimal::add);
        Map<String, long[]> units = new HashMap<>();
        if (now) {
            em.createQuery("SELECT s.location.code, SUM(s.onHand) FROM StockLevel s GROUP BY s.location.code",
                    Object[].class).getResultStream().forEach(row -> units.computeIfAbsent((String) row[0],
                    k -> new long[2])[0] = ((Number) row[1]).longValue());
            em.createQuery("SELECT l.code, SUM(p.units) FROM ValuedLevel p, Location l WHERE l.id = p.locationId "
                    + "GROUP BY l.code", Object[].class).getResultStream().forEach(row -> units.computeIfAbsent(
                    (String) row[0], k -> new long[2])[1] = ((Number) row[1]).longValue());
        }
        TreeSet<String> locations = new TreeSet<>(valuation.keySet());
        booked.keySet().stream().filter(code -> !code.isEmpty()).forEach(locations::add);
        locations.addAll(units.keySet());
        List<ValueReconciliation.Row> rows = new ArrayList<>();
        boolean balanced = true;
        for (String location : locations) {
            BigDecimal valued = valuation.getOrDefault(location, zero);
            BigDecimal inBooks = Money.stored(booked.get(location), digits);
            BigDecimal difference = valued.subtract(inBooks);
            balanced &= difference.signum() == 0;
            long[] counted = units.get(location);
            Long onHand = !now ? null : counted == null ? Long.valueOf(0) : Long.valueOf(counted[0]);
            Long unitsValued = !now ? null : counted == null ? Long.valueOf(0) : Long.valueOf(counted[1]);
            rows.add(new ValueReconciliation.Row(location, onHand, unitsValued, valued, inBooks, difference));
        }
        BigDecimal transitDifference = inTransit.subtract(bookedInTransit);
        balanced &= transitDifference.signum() == 0;
        return new ValueReconciliation(instant, retailer.currency(), rows, new ValueReconciliation.Row(null, null,
                null, inTransit, bookedInTransit, transitDifference), balanced);
    }

    /**
     * What stock was worth at {@code at}, SKU by location, of a location and a category if given: the closing of the
     * last day closed before it ({@link ValuationSnapshots}) plus the valued movements since, so the rows read do not
     * grow with the ledger.
     */
    public ValuationAt at(Instant at, String location, String category) {
        access.requireFor(Scopes.BOOKS_READ, location);
        Instant instant = at == null ? clock.instant() : at;
        int digits = retailer.digits();
        Long locationId = null;
        if (location != null) {
            List<Long> ids = em.createQuery("SELECT l.id FROM Location l WHERE l.code = :code", Long.class)
                    .setParameter("code", location).getResultList();
            if (ids.isEmpty()) {
                throw new Refusal(Refusal.Kind.NOT_FOUND, "unknown-location", "there is no location " + location);
            }
            locationId = ids.get(0);
        }
        LocalDate dayBefore = LocalDate.ofInstant(instant, ZoneOffset.UTC).minusDays(1);
        Optional<LocalDate> closed = snapshots.lastClosed().map(last -> last.isAfter(dayBefore) ? dayBefore : last);
        Instant from = closed.map(ValuationSnapshots::endOf).orElse(Instant.EPOCH);
        String atLocation = locationId == null ? "" : " AND location_id = " + locationId;
        long movements = ((Number) em.createNativeQuery("SELECT COUNT(*) FROM valuation_movement "
                + "WHERE recorded_at >= ? AND recorded_at <= ?" + atLocation).setParameter(1, Timestamp.from(from))
                .setParameter(2, Timestamp.from(instant)).getSingleResult()).longValue();
        Query query = em.createNativeQuery("SELECT l.code, s.code, s.name, s.category, SUM(x.units), "
                        + "SUM(x.stock_value) FROM (SELECT sku_id, location_id, units, stock_value FROM "
                        + "valuation_snapshot WHERE closing_day = ?" + atLocation + " UNION ALL SELECT sku_id, "
                        + "location_id, units, stock_value FROM valuation_movement WHERE recorded_at >= ? AND "
                        + "recorded_at <= ?" + atLocation + ") x JOIN sku s ON s.id = x.sku_id JOIN location l "
                        + "ON l.id = x.location_id" + (category == null ? "" : " WHERE s.category = ?")
                        + " GROUP BY l.code, s.code, s.name, s.category ORDER BY l.code, s.code")
                .setParameter(1, java.sql.Date.valueOf(closed.orElse(LocalDate.EPOCH)))
                .setParameter(2, Timestamp.from(from)).setParameter(3, Timestamp.from(instant));
        if (category != null) {
            query.setParameter(4, category);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> found = query.getResultList();
        List<ValuationAt.Row> rows = new ArrayList<>();
        Map<String, ValuationAt.Total> byLocation = new TreeMap<>();
        Map<String, ValuationAt.Total> byCategory = new TreeMap<>();
        BigDecimal total = BigDecimal.ZERO.setScale(digits);
        for (Object[] row : found) {
            long units = ((Number) row[4]).longValue();
            BigDecimal value = Money.stored((BigDecimal) row[5], digits);
            if (units == 0 && value.signum() == 0) {
                continue;
            }
            String categoryOf = row[3] == null ? "" : (String) row[3];
            rows.add(new ValuationAt.Row((String) row[0], (String) row[1], (String) row[2], categoryOf, units, value));
            byLocation.merge((String) row[0], new ValuationAt.Total((String) row[0], units, value),
                    StockValuation::add);
            byCategory.merge(categoryOf, new ValuationAt.Total(categoryOf, units, value), StockValuation::add);
            total = total.add(value);
        }
        return new ValuationAt(instant, retailer.currency(), closed.orElse(null), movements, rows,
                List.copyOf(byLocation.values()), List.copyOf(byCategory.values()), total);
    }

    /**
     * Closes now the settled days the timer has not closed yet (it runs every ten minutes): after restoring a
     * database, or before measuring valuation at an instant on a ledger loaded in bulk.
     *
     * @return the days closed
     */
    public int closeSettledDays() {
        access.requireEverywhere(Scopes.BOOKS_ADMIN);
        Instant settled = clock.instant().minus(ValuationSnapshots.SETTLED);
        int closed = 0;
        for (int run = snapshots.closeDaysBefore(settled); run > 0; run = snapshots.closeDaysBefore(settled)) {
            closed += run;
        }
        return closed;
    }

    /** {@link #at} as CSV: one record per SKU and location. */
    public String csvAt(Instant at, String location, String category) {
        ValuationAt valuation = at(at, location, category);
        StringBuilder out = new StringBuilder("at,location,sku,name,category,units,value,currency\r\n");
        for (ValuationAt.Row row : valuation.rows()) {
            out.append(Csv.record(List.of(valuation.at(), row.location(), row.sku(), row.name(), row.category(),
                    row.units(), row.value().toPlainString(), valuation.currency())));
        }
        return out.toString();
    }

    private static ValuationAt.Total add(ValuationAt.Total a, ValuationAt.Total b) {
        return new ValuationAt.Total(a.key(), a.units() + b.units(), a.value().add(b.value()));
    }
}
