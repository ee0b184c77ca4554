package org.omnistock.analytics.boundary;

import static org.omnistock.platform.Text.blankToNull;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.omnistock.access.boundary.Access;
import org.omnistock.access.entity.Scopes;
import org.omnistock.analytics.control.Metrics;
import org.omnistock.analytics.control.SalesQueries;
import org.omnistock.analytics.control.SalesQueries.Dimension;
import org.omnistock.analytics.control.SalesQueries.Filter;
import org.omnistock.analytics.control.SalesQueries.Sums;
import org.omnistock.location.boundary.Locations;
import org.omnistock.platform.Page;
import org.omnistock.platform.Refusal;

/** Sales figures and stock cover for the dashboard and the API; see the package documentation. */
@Stateless
public class SalesAnalytics {

    /** The longest period one report covers. */
    public static final int MAX_DAYS = 366;

    /** The period a report covers when none is asked for: the last 30 days, today included. */
    public static final int DEFAULT_DAYS = 30;

    private static final int TOP_SKUS = 10;

    /** How SKUs without a category are shown. */
    private static final String NO_CATEGORY = "(none)";

    @Inject
    Access access;

    @Inject
    Locations locations;

    @Inject
    SalesQueries queries;

    @Inject
    Clock clock;

    /** Today, by the platform's clock (UTC): the last day of a default period. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /**
     * The sales of the days {@code from} to {@code to} (defaults: the last 30 days), for one channel, category or
     * location when given; staff of some stores see only theirs.
     */
    public SalesReport report(LocalDate from, LocalDate to, String channel, String category, String location) {
        LocalDate last = to == null ? today() : to;
        LocalDate first = from == null ? last.minusDays(DEFAULT_DAYS - 1) : from;
        if (first.isAfter(last)) {
            throw new Refusal(Refusal.Kind.INVALID, "bad-period", "the period starts (" + first + ") after it ends ("
                    + last + ")");
        }
        long days = ChronoUnit.DAYS.between(first, last) + 1;
        if (days > MAX_DAYS) {
            throw new Refusal(Refusal.Kind.INVALID, "bad-period", "a report covers at most " + MAX_DAYS
                    + " days, not " + days);
        }
        Set<String> at = locationsFor(location);
        String channelCode = blankToNull(channel);
        String categoryName = blankToNull(category);
        Filter now = new Filter(first, last, channelCode, categoryName, at);
        Filter before = new Filter(first.minusDays(days), first.minusDays(1), channelCode, categoryName, at);

        List<Sums> channelsNow = queries.sums(now, Dimension.CHANNEL, 0);
        List<Sums> channelsBefore = queries.sums(before, Dimension.CHANNEL, 0);
        List<SalesFigures> byChannel = compare(channelsNow, channelsBefore);
        SalesFigures total = total(channelsNow, channelsBefore);
        List<Sums> top = queries.sums(now, Dimension.SKU, TOP_SKUS);
        List<Sums> topBefore = queries.sums(before.ofSkus(top.stream().map(SalesAnalytics::key).toList()),
                Dimension.SKU, 0);
        return new SalesReport(first, last, before.from(), before.to(), channelCode, categoryName,
                blankToNull(location), total, shared(byChannel, total),
                shared(compare(queries.sums(now, Dimension.LOCATION, 0), queries.sums(before, Dimension.LOCATION, 0)),
                        total),
                shared(compare(queries.sums(now, Dimension.CATEGORY, 0), queries.sums(before, Dimension.CATEGORY, 0)),
                        total),
                shared(compare(top, topBefore), total),
                days(first, last, queries.sums(now, Dimension.DAY_AND_CHANNEL, 0)));
    }

    /**
     * How fast each SKU sells and how long its stock lasts, at one location or (without one) across the locations
     * the caller sees; the SKUs most at risk of running out first (shortest cover, then fastest selling).
     *
     * @param leadTimeDays how many days a replenishment takes: a cover shorter than that is a stock-out risk
     */
    public Page<CoverRow> cover(String location, String category, int leadTimeDays, int page, int size) {
        Set<String> at = locationsFor(location);
        boolean network = blankToNull(location) == null;
        String categoryName = blankToNull(category);
        LocalDate today = today();
        Map<String, SalesQueries.Sold> sold = new HashMap<>();
        queries.sold(today, categoryName, null, at, network).forEach(s -> sold.put(s.sku() + "@" + s.location(), s));
        List<CoverRow> rows = new ArrayList<>();
        for (SalesQueries.Held held : queries.held(categoryName, null, at, network)) {
            SalesQueries.Sold units = sold.getOrDefault(held.sku() + "@" + held.location(),
                    new SalesQueries.Sold(held.sku(), held.location(), 0, 0, 0, BigDecimal.ZERO));
            double velocity30 = Metrics.velocity(units.units30(), 30);
            Double cover = Metrics.daysOfCover(held.available(), velocity30);
            rows.add(new CoverRow(held.sku(), held.name(), held.category(), held.location(), units.units7(),
                    units.units30(), units.units90(), Metrics.velocity(units.units7(), 7), velocity30,
                    Metrics.velocity(units.units90(), 90), held.onHand(), held.available(), cover,
                    Metrics.sellThrough(units.units30(), held.onHand()), Metrics.stockOutRisk(cover, leadTimeDays)));
        }
        rows.sort(Comparator.comparing(CoverRow::daysOfCover, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(Comparator.comparingDouble(CoverRow::velocity30).reversed())
                .thenComparing(CoverRow::sku)
                .thenComparing(CoverRow::location, Comparator.nullsFirst(Comparator.naturalOrder())));
        int first = Math.min(rows.size(), Page.firstResult(page, size));
        return new Page<>(rows.subList(first, Math.min(rows.size(), first + size)), page, size, rows.size());
    }

    /** The locations a report may cover: the one asked for (if the caller sees it), or all the caller sees. */
    private Set<String> locationsFor(String location) {
        String code = blankToNull(location);
        if (code != null) {
            access.requireAt(Scopes.READ, code);
            locations.require(code);
            return Set.of(code);
        }
        return access.visibleLocations(Scopes.READ).map(Set::copyOf).orElse(null);
    }

    /**
     * Each group of either period with its change, most revenue first (a group that sold only before comes last,
     * with nothing now).
     */
    private static List<SalesFigures> compare(List<Sums> current, List<Sums> previous) {
        Map<String, Sums> now = new LinkedHashMap<>();
        current.forEach(s -> now.put(key(s), s));
        Map<String, Sums> before = new LinkedHashMap<>();
        previous.forEach(s -> before.put(key(s), s));
        List<SalesFigures> figures = new ArrayList<>();
        now.forEach((key, sums) -> figures.add(figures(key, label(sums), sums, before.get(key))));
        before.forEach((key, sums) -> {
            if (!now.containsKey(key)) {
                figures.add(figures(key, label(sums), null, sums));
            }
        });
        figures.sort(Comparator.comparing(SalesFigures::revenue).reversed().thenComparing(SalesFigures::key));
        return figures;
    }

    private static SalesFigures figures(String key, String label, Sums now, Sums before) {
        BigDecimal revenue = now == null ? BigDecimal.ZERO : now.revenue();
        BigDecimal previous = before == null ? BigDecimal.ZERO : before.revenue();
        return new SalesFigures(key, label, now == null ? 0 : now.units(), revenue,
                now == null ? null : Metrics.margin(now.costedRevenue(), now.cost()), previous,
                Metrics.change(revenue, previous), null);
    }

    /** Every channel's sums added up, with the margin over all the revenue whose cost is known. */
    private static SalesFigures total(List<Sums> now, List<Sums> before) {
        long units = 0;
        BigDecimal revenue = BigDecimal.ZERO;
        BigDecimal costedRevenue = BigDecimal.ZERO;
        BigDecimal cost = BigDecimal.ZERO;
        for (Sums sums : now) {
            units += sums.units();
            revenue = revenue.add(sums.revenue());
            costedRevenue = costedRevenue.add(sums.costedRevenue());
            cost = cost.add(sums.cost());
        }
        BigDecimal previous = before.stream().map(Sums::revenue).reduce(BigDecimal.ZERO, BigDecimal::add);
        return new SalesFigures("total", "All sales", units, revenue, Metrics.margin(costedRevenue, cost), previous,
                Metrics.change(revenue, previous), revenue.signum() == 0 ? null : BigDecimal.ONE.setScale(4));
    }

    private static List<SalesFigures> shared(List<SalesFigures> figures, SalesFigures total) {
        return figures.stream().map(f -> new SalesFigures(f.key(), f.label(), f.units(), f.revenue(), f.margin(),
                f.previousRevenue(), f.change(), total.revenue().signum() == 0 ? null
                : f.revenue().divide(total.revenue(), 4, RoundingMode.HALF_EVEN))).toList();
    }

    private static List<SalesReport.Day> days(LocalDate first, LocalDate last, List<Sums> byDayAndChannel) {
        Map<LocalDate, Map<String, BigDecimal>> revenue = new TreeMap<>();
        Map<LocalDate, Long> units = new HashMap<>();
        for (Sums sums : byDayAndChannel) {
            LocalDate day = (LocalDate) sums.keys().get(0);
            revenue.computeIfAbsent(day, d -> new TreeMap<>()).merge((String) sums.keys().get(1), sums.revenue(),
                    BigDecimal::add);
            units.merge(day, sums.units(), Long::sum);
        }
        List<SalesReport.Day> days = new ArrayList<>();
        for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
            Map<String, BigDecimal> byChannel = revenue.getOrDefault(day, Map.of());
            days.add(new SalesReport.Day(day, units.getOrDefault(day, 0L),
                    byChannel.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add), byChannel));
        }
        return days;
    }

    private static String key(Sums sums) {
        Object key = sums.keys().get(0);
        return key == null || key.toString().isEmpty() ? NO_CATEGORY : key.toString();
    }

    private static String label(Sums sums) {
        return sums.keys().size() > 1 && sums.keys().get(1) != null ? sums.keys().get(1).toString() : key(sums);
    }
}
