package org.omnistock.analytics.control;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;

/**
 * The SQL behind every sales figure: the totals plus the facts not folded yet, filtered and grouped by one of a few
 * dimensions. Plain SQL that Derby and PostgreSQL both run.
 * <p>
 * A fold moves facts into the totals; a reader must see either both before or both after it. One statement is one
 * snapshot on PostgreSQL, but Derby locks rather than keeps versions: it reads the totals, then the facts, and a
 * fold committing in between hid its facts from the figure (a standalone run with a fold every 5 ms: about 3
 * reads in 100 low). So every read first holds the fold lock shared until its transaction ends ({@link #holdFolds}): reads
 * never wait for each other, a fold waits for the reads under way, and the statements of one report all see the
 * same folds, on both databases.
 */
@Stateless
public class SalesQueries {

    /**
     * What figures are grouped by; each names the columns it selects and groups, and whether it needs the SKU
     * (read from the day totals per SKU) or not (read from the much smaller cube of day, location, category and
     * channel).
     */
    public enum Dimension {
        CHANNEL("x.channel", false),
        DAY_AND_CHANNEL("x.sales_day, x.channel", false),
        LOCATION("l.code, l.name", false),
        CATEGORY("x.category", false),
        SKU("s.code, s.name", true);

        final String columns;
        final boolean bySku;

        Dimension(String columns, boolean bySku) {
            this.columns = columns;
            this.bySku = bySku;
        }

        int width() {
            return columns.split(",").length;
        }
    }

    /**
     * Which sales count: days from and to (both included), and optionally one channel, one category, some
     * locations and some SKUs (null for every location, every SKU).
     */
    public record Filter(LocalDate from, LocalDate to, String channel, String category, Collection<String> locations,
                         Collection<String> skus) {

        public Filter(LocalDate from, LocalDate to, String channel, String category, Collection<String> locations) {
            this(from, to, channel, category, locations, null);
        }

        /** The same filter narrowed to these SKUs. */
        public Filter ofSkus(Collection<String> codes) {
            return new Filter(from, to, channel, category, locations, codes);
        }
    }

    /** One group's sums; {@code keys} are the dimension's values in its order. */
    public record Sums(List<Object> keys, long units, BigDecimal revenue, BigDecimal costedRevenue, BigDecimal cost) {
    }

    /** One SKU's (or SKU and location's) units sold over the last 7, 30 and 90 days, and the 30 days' revenue. */
    public record Sold(String sku, String location, long units7, long units30, long units90, BigDecimal revenue30) {
    }

    /** One SKU's (or SKU and location's) stock now, with the units on their way to it. */
    public record Held(String sku, String name, String category, String location, long onHand, long available,
                       long incoming) {
    }

    private static final String ZERO = "CAST(0 AS DECIMAL(19, 4))";

    @PersistenceContext(unitName = "omnistock")
    EntityManager em;

    public List<Sums> sums(Filter filter, Dimension dimension, int limit) {
        holdFolds();
        StringBuilder sql = new StringBuilder("SELECT ").append(dimension.columns)
                .append(", SUM(x.units), SUM(x.revenue), SUM(x.costed_revenue), SUM(x.cost) FROM ");
        List<Object> parameters = new ArrayList<>();
        facts(sql, parameters, filter, dimension.bySku);
        sql.append(" GROUP BY ").append(dimension.columns);
        int width = dimension.width();
        if (dimension == Dimension.SKU) {
            sql.append(" ORDER BY ").append(width + 2).append(" DESC, 1");
        } else {
            sql.append(" ORDER BY 1");
        }
        Query query = bind(em.createNativeQuery(sql.toString()), parameters);
        if (limit > 0) {
            query.setMaxResults(limit);
        }
        List<Sums> sums = new ArrayList<>();
        for (Object found : query.getResultList()) {
            Object[] row = (Object[]) found;
            List<Object> keys = new ArrayList<>(width);
            for (int i = 0; i < width; i++) {
                keys.add(row[i] instanceof Date date ? date.toLocalDate() : row[i]);
            }
            sums.add(new Sums(keys, number(row[width]), decimal(row[width + 1]), decimal(row[width + 2]),
                    decimal(row[width + 3])));
        }
        return sums;
    }

    /**
     * Units sold per SKU (and location, unless {@code network}) over the 90 days to {@code today}, of one category
     * or SKU if given.
     */
    public List<Sold> sold(LocalDate today, String category, String sku, Collection<String> locations,
                           boolean network) {
        holdFolds();
        String keys = network ? "s.code" : "s.code, l.code";
        StringBuilder sql = new StringBuilder("SELECT ").append(keys)
                .append(", SUM(CASE WHEN x.sales_day >= ?1 THEN x.units ELSE 0 END)")
                .append(", SUM(CASE WHEN x.sales_day >= ?2 THEN x.units ELSE 0 END), SUM(x.units)")
                .append(", SUM(CASE WHEN x.sales_day >= ?2 THEN x.revenue ELSE ").append(ZERO).append(" END) FROM ");
        List<Object> parameters = new ArrayList<>(List.of(Date.valueOf(today.minusDays(6)),
                Date.valueOf(today.minusDays(29))));
        facts(sql, parameters, new Filter(today.minusDays(89), today, null, category, locations,
                sku == null ? null : List.of(sku)), true);
        sql.append(" GROUP BY ").append(keys);
        List<Sold> sold = new ArrayList<>();
        for (Object found : bind(em.createNativeQuery(sql.toString()), parameters).getResultList()) {
            Object[] row = (Object[]) found;
            int k = network ? 1 : 2;
            sold.add(new Sold((String) row[0], network ? null : (String) row[1], number(row[k]), number(row[k + 1]),
                    number(row[k + 2]), decimal(row[k + 3])));
        }
        return sold;
    }

    /** One SKU's units sold at one location on one day. */
    public record DayUnits(String sku, String name, String location, LocalDate day, long units) {
    }

    /** Units sold per SKU, location and day from and to (both included), of one category if given, days that sold. */
    public List<DayUnits> daily(LocalDate from, LocalDate to, String category, Collection<String> locations) {
        holdFolds();
        StringBuilder sql = new StringBuilder("SELECT s.code, s.name, l.code, x.sales_day, SUM(x.units) FROM ");
        List<Object> parameters = new ArrayList<>();
        facts(sql, parameters, new Filter(from, to, null, category, locations), true);
        sql.append(" GROUP BY s.code, s.name, l.code, x.sales_day");
        List<DayUnits> days = new ArrayList<>();
        for (Object found : bind(em.createNativeQuery(sql.toString()), parameters).getResultList()) {
            Object[] row = (Object[]) found;
            days.add(new DayUnits((String) row[0], (String) row[1], (String) row[2],
                    ((Date) row[3]).toLocalDate(), number(row[4])));
        }
        return days;
    }

    /** A level's units on hand, what a unit costs (if known), and when goods last came in (null if never). */
    public record Aged(long onHand, BigDecimal unitCost, Instant lastReceived) {
    }

    /** Every level with units on hand, of one category if given, at the locations (null for all). */
    public List<Aged> aged(String category, Collection<String> locations) {
        StringBuilder sql = new StringBuilder("SELECT v.on_hand, s.unit_cost, (SELECT MAX(m.occurred_at) FROM ")
                .append("stock_movement m WHERE m.stock_level_id = v.id AND m.movement_type IN ('RECEIPT', ")
                .append("'TRANSFER_IN')) FROM stock_level v JOIN location l ON l.id = v.location_id ")
                .append("JOIN sku s ON s.id = v.sku_id WHERE v.on_hand > 0");
        List<Object> parameters = new ArrayList<>();
        where(sql, parameters, null, "s.category", category, locations);
        List<Aged> aged = new ArrayList<>();
        for (Object found : bind(em.createNativeQuery(sql.toString()), parameters).getResultList()) {
            Object[] row = (Object[]) found;
            aged.add(new Aged(number(row[0]), row[1] == null ? null : decimal(row[1]),
                    row[2] == null ? null : ((Timestamp) row[2]).toInstant()));
        }
        return aged;
    }

    /** Stock on hand and available per SKU (and location, unless {@code network}), of one category or SKU if given. */
    public List<Held> held(String category, String sku, Collection<String> locations, boolean network) {
        String keys = network ? "s.code, s.name, s.category" : "s.code, s.name, s.category, l.code";
        StringBuilder sql = new StringBuilder("SELECT ").append(keys).append(", SUM(v.on_hand), SUM(v.available), ")
                .append("SUM(v.incoming) FROM stock_level v JOIN location l ON l.id = v.location_id ")
                .append("JOIN sku s ON s.id = v.sku_id WHERE 1 = 1");
        List<Object> parameters = new ArrayList<>();
        where(sql, parameters, null, "s.category", category, locations);
        in(sql, parameters, "s.code", sku == null ? null : List.of(sku));
        sql.append(" GROUP BY ").append(keys);
        List<Held> held = new ArrayList<>();
        for (Object found : bind(em.createNativeQuery(sql.toString()), parameters).getResultList()) {
            Object[] row = (Object[]) found;
            int k = network ? 3 : 4;
            held.add(new Held((String) row[0], (String) row[1], (String) row[2], network ? null : (String) row[3],
                    number(row[k]), number(row[k + 1]), number(row[k + 2])));
        }
        return held;
    }

    /** Keeps folds off until this transaction ends (see the class documentation); taking it again is free. */
    private void holdFolds() {
        em.createNativeQuery("LOCK TABLE sales_fold IN SHARE MODE").executeUpdate();
    }

    /**
     * The totals and the facts not folded yet in the filter's days, as {@code x}, with the location {@code l} and,
     * by SKU, the SKU {@code s}: by SKU from the day totals per SKU, otherwise from the cube.
     */
    private static void facts(StringBuilder sql, List<Object> parameters, Filter filter, boolean bySku) {
        Date from = Date.valueOf(filter.from());
        Date to = Date.valueOf(filter.to());
        int p = parameters.size();
        String grain = bySku ? "sku_id" : "category";
        sql.append("(SELECT sales_day, location_id, ").append(grain)
                .append(", channel, units, revenue, costed_revenue, cost FROM ")
                .append(bySku ? "sales_day" : "sales_cube").append(" WHERE sales_day BETWEEN ?").append(p + 1)
                .append(" AND ?").append(p + 2)
                .append(" UNION ALL SELECT sales_day, location_id, ")
                .append(bySku ? "sku_id" : "COALESCE(category, '')").append(", channel, units, revenue, ")
                .append("CASE WHEN cost IS NULL THEN ").append(ZERO).append(" ELSE revenue END, ")
                .append("COALESCE(cost, ").append(ZERO).append(") FROM sales_fact WHERE folded = FALSE ")
                .append("AND sales_day BETWEEN ?").append(p + 3).append(" AND ?").append(p + 4)
                .append(") x (sales_day, location_id, ").append(grain)
                .append(", channel, units, revenue, costed_revenue, cost) JOIN location l ON l.id = x.location_id")
                .append(bySku ? " JOIN sku s ON s.id = x.sku_id" : "").append(" WHERE 1 = 1");
        parameters.addAll(List.of(from, to, from, to));
        where(sql, parameters, filter.channel(), bySku ? "s.category" : "x.category", filter.category(),
                filter.locations());
        if (bySku) {
            in(sql, parameters, "s.code", filter.skus());
        } else if (filter.skus() != null) {
            throw new IllegalArgumentException("figures of some SKUs are figures by SKU");
        }
    }

    private static void where(StringBuilder sql, List<Object> parameters, String channel, String categoryColumn,
                              String category, Collection<String> locations) {
        if (channel != null) {
            parameters.add(channel);
            sql.append(" AND x.channel = ?").append(parameters.size());
        }
        if (category != null) {
            parameters.add(category);
            sql.append(" AND ").append(categoryColumn).append(" = ?").append(parameters.size());
        }
        in(sql, parameters, "l.code", locations);
    }

    /** A condition that the column is one of the codes, unless there are none to keep to (null). */
    private static void in(StringBuilder sql, List<Object> parameters, String column, Collection<String> codes) {
        if (codes == null) {
            return;
        }
        if (codes.isEmpty()) {
            sql.append(" AND 1 = 0");
            return;
        }
        List<String> marks = new ArrayList<>();
        for (String code : codes) {
            parameters.add(code);
            marks.add("?" + parameters.size());
        }
        sql.append(" AND ").append(column).append(" IN (").append(String.join(", ", marks)).append(")");
    }

    private static Query bind(Query query, List<Object> parameters) {
        for (int i = 0; i < parameters.size(); i++) {
            query.setParameter(i + 1, parameters.get(i));
        }
        return query;
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    private static BigDecimal decimal(Object value) {
        if (value == null) {
            return BigDecimal.ZERO;
        }
        return value instanceof BigDecimal decimal ? decimal : new BigDecimal(value.toString());
    }
}
