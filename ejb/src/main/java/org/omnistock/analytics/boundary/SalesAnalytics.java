package org.omnistock.analytics.boundary;

import static org.omnistock.platform.Text.blankToNull;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.omnistock.analytics.control.DemandForecast;
import org.omnistock.analytics.control.IntermittentDemand;
import org.omnistock.analytics.control.Metrics;
import org.omnistock.analytics.control.SalesFacts;
import org.omnistock.analytics.control.SalesQueries;
import org.omnistock.analytics.control.SalesQueries.Dimension;
import org.omnistock.analytics.control.SalesQueries.Filter;
import org.omnistock.analytics.control.SalesQueries.Sums;
import org.omnistock.analytics.control.TopDownForecast;
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
    private static final int HISTORY_DAYS = TopDownForecast.HISTORY_DAYS;
    private static final int HELD_OUT_DAYS = 14;
    private static final int MAX_FORECAST_ROWS = 500;

    /** How SKUs without a category are shown. */
    private static final String NO_CATEGORY = "(none)";

    @Inject
    Locations locations;

    @Inject
    SalesQueries queries;

    @Inject
    Clock clock;

    /** The last day of a default period: the latest local day of any location ({@link SalesFacts#today}). */
    public LocalDate today() {
        return SalesFacts.today(locations.all(), clock);
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
        Set<String> at = locations.within(location);
        String channelCode = blankToNull(channel);
        String categoryName = blankToNull(category);
        Filter now = new Filter(first, last, channelCode, categoryName, at);
        Filter before = new Filter(first.minusDays(days), first.minusDays(1), channelCode, categoryName, at);

        List<Sums> channelsNow = queries.sums(now, Dimension.CHANNEL, 0);
        List<Sums> channelsBefore = queries.sums(before, Dimension.CHANNEL, 0);
        List<SalesFigures> byChannel = compare(channelsNow, channelsBefore);
        SalesFigures total = total(channelsNow, channelsBefore);
        List<SalesReport.Day> daily = days(first, last, queries.sums(now, Dimension.DAY_AND_CHANNEL, 0));
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
                daily, weeks(daily));
    }

    /**
     * How fast each SKU sells and how long its stock lasts, at one location or (without one) across the locations
     * the caller sees; the SKUs most at risk of running out first (shortest cover, then fastest selling).
     *
     * @param leadTimeDays how many days a replenishment takes: a cover shorter than that is a stock-out risk
     */
    public Page<CoverRow> cover(String location, String category, int leadTimeDays, int page, int size) {
        Set<String> at = locations.within(location);
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
                    Metrics.sellThrough(units.units30(), held.onHand()), Metrics.stockOutRisk(cover, leadTimeDays),
                    Metrics.slowMover(held.onHand(), cover)));
        }
        rows.sort(Comparator.comparing(CoverRow::daysOfCover, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(Comparator.comparingDouble(CoverRow::velocity30).reversed())
                .thenComparing(CoverRow::sku)
                .thenComparing(CoverRow::location, Comparator.nullsFirst(Comparator.naturalOrder())));
        int first = Math.min(rows.size(), Page.firstResult(page, size));
        return new Page<>(rows.subList(first, Math.min(rows.size(), first + size)), page, size, rows.size());
    }

    /**
     * Stock on hand by the days since goods last came in where it is (0-30, 31-60, 61-90, 91-180, older, never
     * received), at one location or all the caller sees, of one category if given.
     */
    public List<AgeBucket> ageing(String location, String category) {
        Set<String> at = locations.within(location);
        int buckets = Metrics.AGE_BUCKETS.length + 2;
        long[] levels = new long[buckets];
        long[] units = new long[buckets];
        BigDecimal[] value = new BigDecimal[buckets];
        Arrays.fill(value, BigDecimal.ZERO);
        Instant now = clock.instant();
        for (SalesQueries.Aged aged : queries.aged(blankToNull(category), at)) {
            int b = Metrics.ageBucket(aged.lastReceived() == null ? null
                    : Duration.between(aged.lastReceived(), now).toDays());
            levels[b]++;
            units[b] += aged.onHand();
            if (aged.unitCost() != null) {
                value[b] = value[b].add(aged.unitCost().multiply(BigDecimal.valueOf(aged.onHand())));
            }
        }
        List<AgeBucket> ageing = new ArrayList<>(buckets);
        int from = 0;
        for (int b = 0; b < buckets; b++) {
            String age = b < Metrics.AGE_BUCKETS.length ? from + "-" + Metrics.AGE_BUCKETS[b] + " days"
                    : b == Metrics.AGE_BUCKETS.length ? "over " + Metrics.AGE_BUCKETS[b - 1] + " days" : "never received";
            if (b < Metrics.AGE_BUCKETS.length) {
                from = Metrics.AGE_BUCKETS[b] + 1;
            }
            ageing.add(new AgeBucket(age, levels[b], units[b], value[b].setScale(2, RoundingMode.HALF_EVEN)));
        }
        return ageing;
    }

    /**
     * The demand of the days to come per SKU and location, of one category or location if given, forecast from the
     * 90 days to yesterday top-down ({@link DemandForecast}: the location's total smoothed, the SKU's share of it);
     * with the method's error on the last 14 of those days, forecast from the days before, beside a flat 30-day
     * mean's, overall and per kind of series ({@link IntermittentDemand}) beside each series smoothed on its own and
     * TSB. A series' forecast is the same whoever looks and whatever the filter: the totals and shares are the whole
     * network's, the filter only chooses the series shown.
     */
    public ForecastReport forecast(String category, String location, int horizonDays) {
        Set<String> visible = locations.within(location);
        LocalDate last = today().minusDays(1);
        LocalDate first = last.minusDays(HISTORY_DAYS - 1);
        int training = HISTORY_DAYS - HELD_OUT_DAYS;
        List<TopDownForecast.Series> whole = TopDownForecast.of(queries.daily(first, last, null, null), first,
                HISTORY_DAYS);
        Set<String> shown = blankToNull(category) == null && visible == null ? null
                : queries.daily(first, last, blankToNull(category), visible).stream()
                        .map(u -> u.sku() + "@" + u.location()).collect(Collectors.toSet());
        DayOfWeek firstDay = first.getDayOfWeek();
        List<TopDownForecast.Series> trainedOnly = whole.stream().map(s -> s.firstDays(training)).toList();
        Map<String, long[]> byLocation = new HashMap<>();
        for (TopDownForecast.Series s : trainedOnly) {
            long[] total = byLocation.computeIfAbsent(s.location(), k -> new long[training]);
            for (int t = 0; t < training; t++) {
                total[t] += s.units()[t];
            }
        }
        double[][] ahead = TopDownForecast.forecast(whole, firstDay, horizonDays);
        double[][] heldOutAhead = TopDownForecast.forecast(trainedOnly, firstDay, HELD_OUT_DAYS);
        Map<String, double[]> trainingWeekOf = new HashMap<>();
        byLocation.forEach((code, total) -> trainingWeekOf.put(code, DemandForecast.weeklyIndices(total, firstDay)));
        DemandForecast.Error error = new DemandForecast.Error(0, 0);
        DemandForecast.Error flatError = new DemandForecast.Error(0, 0);
        DemandForecast.Error totalError = new DemandForecast.Error(0, 0);
        DemandForecast.Error flatTotalError = new DemandForecast.Error(0, 0);
        Map<IntermittentDemand.Kind, KindErrors> byKind = new EnumMap<>(IntermittentDemand.Kind.class);
        double[] actual = new double[HISTORY_DAYS];
        double[] backtest = new double[HELD_OUT_DAYS];
        double[] aheadShown = new double[horizonDays];
        List<ForecastReport.Row> rows = new ArrayList<>();
        for (int i = 0; i < whole.size(); i++) {
            TopDownForecast.Series series = whole.get(i);
            if (shown != null && !shown.contains(series.sku() + "@" + series.location())) {
                continue;
            }
            long[] units = series.units();
            long[] trained = trainedOnly.get(i).units();
            long[] heldOut = Arrays.copyOfRange(units, training, HISTORY_DAYS);
            double[] tried = heldOutAhead[i];
            double[] flat = DemandForecast.flat(trained, 30, HELD_OUT_DAYS);
            error = error.plus(DemandForecast.error(heldOut, tried));
            flatError = flatError.plus(DemandForecast.error(heldOut, flat));
            totalError = totalError.plus(DemandForecast.totalError(heldOut, tried));
            flatTotalError = flatTotalError.plus(DemandForecast.totalError(heldOut, flat));
            double[] own = DemandForecast.forecast(trained, firstDay, trainingWeekOf.get(series.location()),
                    DemandForecast.ALPHA, HELD_OUT_DAYS);
            byKind.computeIfAbsent(IntermittentDemand.classify(trained), k -> new KindErrors()).add(heldOut, tried,
                    own, tsb(trained), flat);
            for (int t = 0; t < HISTORY_DAYS; t++) {
                actual[t] += units[t];
            }
            for (int h = 0; h < HELD_OUT_DAYS; h++) {
                backtest[h] += tried[h];
            }
            double total = 0;
            for (int h = 0; h < horizonDays; h++) {
                aheadShown[h] += ahead[i][h];
                total += ahead[i][h];
            }
            long units30 = Arrays.stream(units, HISTORY_DAYS - 30, HISTORY_DAYS).sum();
            rows.add(new ForecastReport.Row(series.sku(), series.name(), series.location(), units30, total));
        }
        rows.sort(Comparator.comparingDouble(ForecastReport.Row::forecast).reversed()
                .thenComparing(ForecastReport.Row::sku).thenComparing(ForecastReport.Row::location));
        return new ForecastReport(first, last, HELD_OUT_DAYS, DemandForecast.ALPHA, error.wape(), flatError.wape(),
                totalError.wape(), flatTotalError.wape(),
                daysFrom(first, actual), daysFrom(last.minusDays(HELD_OUT_DAYS - 1), backtest),
                daysFrom(last.plusDays(1), aheadShown),
                // A copy: a sub-list is a view that does not serialize, and the forecast page keeps the report in
                // the back-office session, which is written to the database.
                List.copyOf(rows.subList(0, Math.min(rows.size(), MAX_FORECAST_ROWS))),
                rows.size(), byKind.entrySet().stream().map(e -> e.getValue().report(e.getKey())).toList());
    }

    private static double[] tsb(long[] trained) {
        double[] flat = new double[HELD_OUT_DAYS];
        Arrays.fill(flat, IntermittentDemand.tsb(trained, IntermittentDemand.ALPHA, IntermittentDemand.BETA,
                IntermittentDemand.WARM_UP));
        return flat;
    }

    /** The errors on the held-out totals of one kind of series, per method compared. */
    private static final class KindErrors {
        private int series;
        private DemandForecast.Error topDown = new DemandForecast.Error(0, 0);
        private DemandForecast.Error own = new DemandForecast.Error(0, 0);
        private DemandForecast.Error tsb = new DemandForecast.Error(0, 0);
        private DemandForecast.Error flat = new DemandForecast.Error(0, 0);

        void add(long[] heldOut, double[] topDownForecast, double[] ownForecast, double[] tsbForecast,
                 double[] flatForecast) {
            series++;
            topDown = topDown.plus(DemandForecast.totalError(heldOut, topDownForecast));
            own = own.plus(DemandForecast.totalError(heldOut, ownForecast));
            tsb = tsb.plus(DemandForecast.totalError(heldOut, tsbForecast));
            flat = flat.plus(DemandForecast.totalError(heldOut, flatForecast));
        }

        ForecastReport.KindError report(IntermittentDemand.Kind kind) {
            return new ForecastReport.KindError(kind.name(), series, Math.round(flat.actual()), topDown.wape(),
                    own.wape(), tsb.wape(), flat.wape());
        }
    }

    private static List<ForecastReport.DayUnits> daysFrom(LocalDate first, double[] units) {
        List<ForecastReport.DayUnits> days = new ArrayList<>(units.length);
        for (int t = 0; t < units.length; t++) {
            days.add(new ForecastReport.DayUnits(first.plusDays(t), units[t]));
        }
        return days;
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

    /** The days summed by week, Monday to Sunday, each week dated by its Monday. */
    static List<SalesReport.Day> weeks(List<SalesReport.Day> days) {
        Map<LocalDate, SalesReport.Day> weeks = new TreeMap<>();
        for (SalesReport.Day day : days) {
            LocalDate monday = day.day().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            SalesReport.Day sum = weeks.get(monday);
            Map<String, BigDecimal> byChannel = new TreeMap<>(sum == null ? Map.of() : sum.byChannel());
            day.byChannel().forEach((channel, revenue) -> byChannel.merge(channel, revenue, BigDecimal::add));
            weeks.put(monday, new SalesReport.Day(monday, (sum == null ? 0 : sum.units()) + day.units(),
                    (sum == null ? BigDecimal.ZERO : sum.revenue()).add(day.revenue()), byChannel));
        }
        return List.copyOf(weeks.values());
    }

    private static String key(Sums sums) {
        Object key = sums.keys().get(0);
        return key == null || key.toString().isEmpty() ? NO_CATEGORY : key.toString();
    }

    private static String label(Sums sums) {
        return sums.keys().size() > 1 && sums.keys().get(1) != null ? sums.keys().get(1).toString() : key(sums);
    }
}
