package org.omnistock.pricing.boundary;

import static org.omnistock.platform.Text.blankToNull;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import java.util.stream.Collectors;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.omnistock.access.boundary.Access;
import org.omnistock.access.entity.Scopes;
import org.omnistock.catalog.boundary.Skus;
import org.omnistock.catalog.entity.Sku;
import org.omnistock.channel.boundary.Channels;
import org.omnistock.messages.Limits;
import org.omnistock.messages.Money;
import org.omnistock.messages.pricing.PriceEntry;
import org.omnistock.platform.Idempotent;
import org.omnistock.platform.Page;
import org.omnistock.platform.Refusal;
import org.omnistock.pricing.control.PriceEvents;
import org.omnistock.pricing.control.PricesInForce;
import org.omnistock.pricing.entity.Price;
import org.omnistock.pricing.entity.PriceList;

/** Price lists and the prices recorded in them; see the pricing package. */
@Stateless
public class PriceLists {

    /** Prices in one call, through the API or a CSV file. */
    public static final int MAX_PRICES_PER_CALL = 200_000;

    /** SKU codes per lookup query: keeps the IN list well within what every database takes. */
    private static final int SKUS_PER_QUERY = 500;

    @PersistenceContext(unitName = "omnistock")
    EntityManager em;

    @Inject
    Access access;

    @Inject
    Event<PricesInForce> pricesInForce;

    @Inject
    Skus skus;

    @Inject
    Channels channels;

    @Inject
    PriceEvents events;

    @Inject
    Clock clock;

    @Idempotent
    public PriceListView create(@NotNull @Valid NewPriceList request) {
        access.require(Scopes.PRICES_WRITE);
        if (find(request.code()).isPresent()) {
            throw new Refusal(Refusal.Kind.CONFLICT, "price-list-exists",
                    "price list " + request.code() + " already exists");
        }
        currencyDigits(request.currency());
        if (request.channel() != null && channels.findByCode(request.channel()).isEmpty()) {
            throw new Refusal(Refusal.Kind.INVALID, "unknown-channel", "there is no channel " + request.channel());
        }
        requireWindow(request.validFrom(), request.validTo());
        PriceList list = new PriceList(request.code(), request.name().strip(), request.currency(),
                blankToNull(request.channel()), blankToNull(request.priceZone()), blankToNull(request.customerGroup()),
                request.priority(), request.validFrom(), request.validTo(), clock.instant());
        em.persist(list);
        em.flush();
        events.listChanged(list);
        return PriceListView.of(list);
    }

    /**
     * Whether the list's prices include tax or have it added on top (docs/sale-to-cash.md); baskets priced from it
     * are taxed so from now on, at stores' agents too (the list's scope goes out as any change of it does).
     */
    public PriceListView setTaxBasis(String code, boolean pricesIncludeTax) {
        access.require(Scopes.TAX_WRITE);
        PriceList list = locked(code);
        list.setPricesIncludeTax(pricesIncludeTax);
        events.listChanged(list);
        return PriceListView.of(list);
    }

    public PriceListView change(String code, @NotNull @Valid PriceListChange request) {
        access.require(Scopes.PRICES_WRITE);
        requireWindow(request.validFrom(), request.validTo());
        PriceList list = locked(code);
        list.change(request.name().strip(), request.priority(), request.validFrom(), request.validTo());
        events.listChanged(list);
        return PriceListView.of(list);
    }

    /**
     * Changes whom the list prices for. The prices in force and scheduled go out again to whoever the list now
     * reaches (a store of the new zone has none of them yet), and a store of the old zone hears the list's new scope,
     * which leaves it out there.
     */
    public PriceListView changeScope(String code, @NotNull @Valid PriceListScope request) {
        access.require(Scopes.PRICES_WRITE);
        String channel = blankToNull(request.channel());
        if (channel != null && channels.findByCode(channel).isEmpty()) {
            throw new Refusal(Refusal.Kind.INVALID, "unknown-channel", "there is no channel " + channel);
        }
        PriceList list = locked(code);
        String oldZone = list.scope().zoneHeader();
        list.rescope(channel, blankToNull(request.priceZone()), blankToNull(request.customerGroup()));
        if (!oldZone.equals(list.scope().zoneHeader())) {
            events.listLeftZone(list, oldZone);
        }
        List<PriceEntry> inForce = currentAndScheduled(list).stream().map(p -> new PriceEntry(p.sku(), p.amount(),
                p.minQuantity(), p.effectiveFrom())).toList();
        events.listChanged(list);
        events.pricesRecorded(list, inForce);
        if (!inForce.isEmpty()) {
            pricesInForce.fire(new PricesInForce(list.getCurrency(), inForce.stream().map(PriceEntry::sku).distinct()
                    .toList()));
        }
        return PriceListView.of(list);
    }

    public List<PriceListView> list() {
        access.require(Scopes.READ);
        return em.createNamedQuery(PriceList.FIND_ALL, PriceList.class).getResultStream().map(PriceListView::of)
                .toList();
    }

    public Optional<PriceListView> findByCode(String code) {
        access.require(Scopes.READ);
        return find(code).map(PriceListView::of);
    }

    /**
     * Records the prices, all or none, and announces them. A price with no effective instant takes effect now, and is
     * left out if the list already has that price in force for the SKU and tier (so that re-importing an export
     * changes nothing); one with an instant must not be in the past.
     *
     * @throws Refusal {@code invalid-prices} listing every problem, if any price is wrong
     */
    public PricesRecorded record(String code,
                                 @NotNull @Size(max = MAX_PRICES_PER_CALL) List<@NotNull @Valid NewPrice> prices) {
        return record(code, prices, recorded -> { });
    }

    /** As {@link #record(String, List)}, telling {@code progress} how many prices it has written so far. */
    public PricesRecorded record(String code,
                                 @NotNull @Size(max = MAX_PRICES_PER_CALL) List<@NotNull @Valid NewPrice> prices,
                                 IntConsumer progress) {
        access.require(Scopes.PRICES_WRITE);
        PriceList list = locked(code);
        Instant now = clock.instant();
        Checked checked = check(list, prices, now);
        if (!checked.problems().isEmpty()) {
            throw new Refusal(Refusal.Kind.INVALID, "invalid-prices", checked.problems().size() + " of "
                    + prices.size() + " prices are wrong; none was recorded", checked.problems().stream()
                    .map(p -> new Refusal.Detail("prices[" + p.index() + "]", p.sku() + ": " + p.problem())).toList());
        }
        List<PriceEntry> recorded = new ArrayList<>();
        for (Checked.Row row : checked.rows()) {
            Price price = new Price(list, row.sku(), row.request().amount(), row.request().tier(),
                    row.effectiveFrom(), now);
            em.persist(price);
            recorded.add(price.entry());
            progress.accept(recorded.size());
        }
        int messages = events.pricesRecorded(list, recorded);
        List<String> inForce = recorded.stream().filter(entry -> !entry.effectiveFrom().isAfter(now))
                .map(PriceEntry::sku).distinct().toList();
        if (!inForce.isEmpty()) {
            pricesInForce.fire(new PricesInForce(list.getCurrency(), inForce));
        }
        return new PricesRecorded(list.getCode(), recorded.size(), prices.size() - recorded.size(), messages);
    }

    /** The problems a batch of prices would meet, without recording anything; for the import's validation report. */
    public List<PriceProblem> problems(String code, List<NewPrice> prices) {
        access.require(Scopes.PRICES_WRITE);
        return check(require(code), prices, clock.instant()).problems();
    }

    /** The list's recorded prices, by SKU, tier and newest first; of one SKU only when {@code sku} is given. */
    public Page<PriceView> prices(String code, String sku, int page, int size) {
        access.require(Scopes.READ);
        PriceList list = require(code);
        Instant now = clock.instant();
        List<Price> found;
        long total;
        if (sku == null || sku.isBlank()) {
            found = em.createNamedQuery(Price.OF_LIST, Price.class).setParameter("list", list)
                    .setFirstResult(Page.firstResult(page, size)).setMaxResults(size).getResultList();
            total = em.createNamedQuery(Price.COUNT_OF_LIST, Long.class).setParameter("list", list).getSingleResult();
        } else {
            List<Price> all = em.createNamedQuery(Price.OF_LIST_AND_SKU, Price.class).setParameter("list", list)
                    .setParameter("sku", sku.strip()).getResultList();
            total = all.size();
            found = all.stream().skip(Page.firstResult(page, size)).limit(size).toList();
        }
        Set<String> latest = new HashSet<>();
        Set<String> codes = found.stream().map(p -> p.getSku().getCode()).collect(Collectors.toSet());
        if (!codes.isEmpty()) {
            for (Object[] row : em.createNamedQuery(Price.LATEST_IN_FORCE, Object[].class).setParameter("list", list)
                    .setParameter("skus", codes).setParameter("now", now).getResultList()) {
                latest.add(row[0] + "|" + row[1] + "|" + row[2]);
            }
        }
        List<PriceView> items = found.stream().map(p -> PriceView.of(p, p.getEffectiveFrom().isAfter(now)
                ? "SCHEDULED" : latest.contains(p.getSku().getCode() + "|" + p.getMinQuantity() + "|"
                + p.getEffectiveFrom()) ? "CURRENT" : "PAST")).toList();
        return new Page<>(items, page, size, total);
    }

    /** The prices in force now and those scheduled, as an import would take them back. */
    public List<PriceView> currentAndScheduled(String code) {
        access.require(Scopes.READ);
        return currentAndScheduled(require(code));
    }

    private List<PriceView> currentAndScheduled(PriceList list) {
        Instant now = clock.instant();
        List<PriceView> prices = new ArrayList<>();
        em.createNamedQuery(Price.IN_FORCE, Price.class).setParameter("list", list).setParameter("now", now)
                .getResultStream().forEach(p -> prices.add(PriceView.of(p, "CURRENT")));
        em.createNamedQuery(Price.NOT_BEFORE, Price.class).setParameter("list", list).setParameter("from", now)
                .getResultStream().filter(p -> p.getEffectiveFrom().isAfter(now))
                .forEach(p -> prices.add(PriceView.of(p, "SCHEDULED")));
        return prices;
    }

    private Checked check(PriceList list, List<NewPrice> prices, Instant now) {
        int digits = currencyDigits(list.getCurrency());
        Map<String, Sku> known = knownSkus(prices);
        Map<String, BigDecimal> inForce = new HashMap<>();
        inChunks(List.copyOf(known.keySet()), codes -> em.createNamedQuery(Price.IN_FORCE_OF_SKUS, Price.class)
                .setParameter("list", list).setParameter("now", now).setParameter("skus", codes).getResultStream()
                .forEach(p -> inForce.put(p.getSku().getCode() + "|" + p.getMinQuantity(), p.getAmount())));
        Map<String, BigDecimal> scheduled = new HashMap<>();
        em.createNamedQuery(Price.NOT_BEFORE, Price.class).setParameter("list", list).setParameter("from", now)
                .getResultStream().forEach(p -> scheduled.put(p.getSku().getCode() + "|" + p.getMinQuantity() + "|"
                        + p.getEffectiveFrom(), p.getAmount()));
        List<PriceProblem> problems = new ArrayList<>();
        List<Checked.Row> rows = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < prices.size(); i++) {
            NewPrice price = prices.get(i);
            Optional<String> problem = problem(price, known, digits, now);
            if (problem.isPresent()) {
                problems.add(new PriceProblem(i, price.sku(), problem.get()));
                continue;
            }
            Instant effectiveFrom = price.effectiveFrom() == null ? now : price.effectiveFrom();
            String tier = price.sku() + "|" + price.tier();
            String key = tier + "|" + effectiveFrom;
            BigDecimal recorded = scheduled.get(key);
            if (!seen.add(key)) {
                problems.add(new PriceProblem(i, price.sku(), "the batch has this SKU and tier twice for "
                        + (price.effectiveFrom() == null ? "now" : effectiveFrom.toString())));
            } else if (recorded != null && recorded.compareTo(price.amount()) != 0) {
                problems.add(new PriceProblem(i, price.sku(), "a price of " + recorded.stripTrailingZeros()
                        .toPlainString() + " from " + effectiveFrom + " is already recorded"));
            } else if (recorded == null && !(price.effectiveFrom() == null && inForce.containsKey(tier)
                    && inForce.get(tier).compareTo(price.amount()) == 0)) {
                rows.add(new Checked.Row(price, known.get(price.sku()), effectiveFrom));
            }
        }
        return new Checked(rows, problems);
    }

    private static Optional<String> problem(NewPrice price, Map<String, Sku> known, int digits, Instant now) {
        if (price.sku() == null || !known.containsKey(price.sku())) {
            return Optional.of("there is no SKU " + price.sku());
        }
        if (price.amount() == null || price.amount().signum() < 0) {
            return Optional.of("the amount must be 0 or more");
        }
        if (price.amount().stripTrailingZeros().scale() > digits) {
            return Optional.of("the amount has more than " + digits + " decimals");
        }
        if (!Limits.isMoney(price.amount())) {
            return Optional.of("the amount is too large");
        }
        if (price.minQuantity() != null && (price.minQuantity() < 1 || price.minQuantity() > Limits.MAX_QUANTITY)) {
            return Optional.of("the minimum quantity must be from 1 to " + Limits.MAX_QUANTITY);
        }
        if (price.effectiveFrom() != null && price.effectiveFrom().isBefore(now)) {
            return Optional.of("takes effect in the past (" + price.effectiveFrom()
                    + "); leave it empty for now, history is not rewritten");
        }
        return Optional.empty();
    }

    private Map<String, Sku> knownSkus(List<NewPrice> prices) {
        List<String> codes = prices.stream().map(NewPrice::sku).filter(c -> c != null).distinct().toList();
        Map<String, Sku> known = new HashMap<>();
        inChunks(codes, chunk -> skus.findAll(chunk).forEach(sku -> known.put(sku.getCode(), sku)));
        return known;
    }

    /** Runs a query per chunk of SKU codes, keeping each IN list well within what every database takes. */
    private static void inChunks(List<String> codes, Consumer<List<String>> query) {
        for (int from = 0; from < codes.size(); from += SKUS_PER_QUERY) {
            query.accept(codes.subList(from, Math.min(codes.size(), from + SKUS_PER_QUERY)));
        }
    }

    /** Fraction digits of the currency's minor unit. */
    static int currencyDigits(String currency) {
        try {
            return Money.digits(currency);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new Refusal(Refusal.Kind.INVALID, "unknown-currency", "there is no currency " + currency);
        }
    }

    private static void requireWindow(Instant from, Instant to) {
        if (from != null && to != null && !to.isAfter(from)) {
            throw new Refusal(Refusal.Kind.INVALID, "invalid-window", "validTo must be after validFrom");
        }
    }

    private PriceList require(String code) {
        return find(code).orElseThrow(() -> unknownList(code));
    }

    private Optional<PriceList> find(String code) {
        return byCode(code).getResultStream().findFirst();
    }

    /** Locked until the transaction ends: changes of one list are recorded, and numbered, one after the other. */
    private PriceList locked(String code) {
        return byCode(code).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultStream().findFirst()
                .orElseThrow(() -> unknownList(code));
    }

    private TypedQuery<PriceList> byCode(String code) {
        return em.createNamedQuery(PriceList.FIND_BY_CODE, PriceList.class).setParameter("code", code);
    }

    private static Refusal unknownList(String code) {
        return new Refusal(Refusal.Kind.NOT_FOUND, "unknown-price-list", "there is no price list " + code);
    }

    private record Checked(List<Row> rows, List<PriceProblem> problems) {
        record Row(NewPrice request, Sku sku, Instant effectiveFrom) {
        }
    }
}
