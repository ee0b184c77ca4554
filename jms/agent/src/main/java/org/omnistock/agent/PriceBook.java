package org.omnistock.agent;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

import org.omnistock.messages.JsonCodec;
import org.omnistock.messages.pricing.PriceCandidate;
import org.omnistock.messages.pricing.PriceEntry;
import org.omnistock.messages.pricing.PriceQuery;
import org.omnistock.messages.pricing.PriceScope;
import org.omnistock.messages.pricing.PriceSelector;
import org.omnistock.messages.pricing.SelectedPrice;
import org.omnistock.messages.pricing.PricesChanged;
import org.omnistock.messages.promotion.Basket;
import org.omnistock.messages.promotion.BasketLine;
import org.omnistock.messages.promotion.BasketPricer;
import org.omnistock.messages.promotion.PricedBasket;
import org.omnistock.messages.promotion.PromotionChanged;
import org.omnistock.messages.promotion.PromotionRule;

/**
 * The prices and promotions a store's tills charge by, as the broker sent them, kept on disk so that a restarted
 * agent prices at once, also without the broker. See the package documentation.
 */
public final class PriceBook {

    /** One price list as last sent: its scope, its entries (the price history) and the last sequence applied. */
    public record PriceList(PriceScope scope, long sequence, List<PriceEntry> entries) {
    }

    /** One promotion as last sent. */
    public record Promotion(PromotionRule rule, long sequence, boolean withdrawn) {
    }

    /** What is written to disk. */
    public record Contents(List<PriceList> priceLists, List<Promotion> promotions) {
    }

    /** A line the till asks to price. */
    public record Line(String sku, String category, int quantity) {
    }

    /** No price list of this store has a price for a SKU at the instant. */
    public static final class NoPrice extends RuntimeException {
        NoPrice(String sku) {
            super("no price for SKU " + sku + " in this store's price book");
        }
    }

    private final Path file;
    private final String currency;
    private final String priceZone;
    private final Map<String, PriceList> lists = new TreeMap<>();
    private final Map<String, Promotion> promotions = new TreeMap<>();

    /**
     * @param priceZone the store's price zone, or null if it is in none (then only lists for every zone apply)
     */
    public PriceBook(Path directory, String currency, String priceZone) throws IOException {
        Files.createDirectories(directory);
        this.file = directory.resolve("price-book.json");
        this.currency = currency;
        this.priceZone = priceZone;
        if (Files.exists(file)) {
            Contents kept = JsonCodec.fromJson(Files.readString(file, StandardCharsets.UTF_8), Contents.class);
            kept.priceLists().forEach(list -> lists.put(list.scope().priceList(), list));
            kept.promotions().forEach(promotion -> promotions.put(promotion.rule().code(), promotion));
        }
    }

    /**
     * Applies a price message and writes the book (before the message is acknowledged).
     *
     * @return false if it was stale (not newer than what is held) and changed nothing
     */
    public synchronized boolean apply(PricesChanged change) {
        PriceList held = lists.get(change.priceList().priceList());
        if (held != null && change.sequence() <= held.sequence()) {
            return false;
        }
        load(change.priceList(), change.sequence(), change.prices());
        return true;
    }

    /**
     * Takes a price list as the server holds it now (at its {@code sequence}): its entries join those held (entries
     * are history, never changed, so whichever came first, both are right), its scope replaces an older one.
     */
    public synchronized void load(PriceScope scope, long sequence, List<PriceEntry> entries) {
        PriceList held = lists.get(scope.priceList());
        Set<PriceEntry> all = new LinkedHashSet<>(held == null ? List.of() : held.entries());
        all.addAll(entries);
        boolean newer = held == null || sequence > held.sequence();
        lists.put(scope.priceList(), new PriceList(newer ? scope : held.scope(), newer ? sequence : held.sequence(),
                List.copyOf(all)));
        save();
    }

    /** Takes a promotion as the server holds it now, unless a newer change of it is held already. */
    public synchronized void load(PromotionRule rule, long sequence, boolean withdrawn) {
        Promotion held = promotions.get(rule.code());
        if (held == null || sequence > held.sequence()) {
            promotions.put(rule.code(), new Promotion(rule, sequence, withdrawn));
            save();
        }
    }

    /** Applies a promotion message and writes the book; false if it was stale. */
    public synchronized boolean apply(PromotionChanged change) {
        Promotion held = promotions.get(change.promotion().code());
        if (held != null && change.sequence() <= held.sequence()) {
            return false;
        }
        load(change.promotion(), change.sequence(), change.withdrawn());
        return true;
    }

    /**
     * Prices a basket of the store's tills (no channel) at the instant, as the server would: each line's unit price
     * by the {@link PriceSelector}, then the promotions by the {@link BasketPricer}.
     *
     * @throws NoPrice if a SKU has no price here
     */
    public synchronized PricedBasket price(List<Line> lines, String customerGroup, Instant at) {
        return quote(lines, customerGroup, at).basket();
    }

    /**
     * A priced basket and whether its prices include tax: those of the list that priced its first line, as the
     * server takes them.
     */
    public record Quote(PricedBasket basket, boolean pricesIncludeTax) {
    }

    /** As {@link #price}, with the tax basis of the list that priced the first line. */
    public synchronized Quote quote(List<Line> lines, String customerGroup, Instant at) {
        List<BasketLine> priced = new ArrayList<>();
        Boolean firstIncludesTax = null;
        for (Line line : lines) {
            List<PriceCandidate> candidates = new ArrayList<>();
            for (PriceList list : lists.values()) {
                if (!inZone(list.scope())) {
                    continue;
                }
                for (PriceEntry entry : list.entries()) {
                    if (entry.sku().equals(line.sku())) {
                        candidates.add(new PriceCandidate(list.scope(), entry));
                    }
                }
            }
            SelectedPrice selected = PriceSelector.select(candidates,
                    new PriceQuery(currency, null, priceZone, customerGroup, line.quantity()), at)
                    .orElseThrow(() -> new NoPrice(line.sku()));
            if (firstIncludesTax == null) {
                firstIncludesTax = lists.get(selected.priceList()).scope().pricesIncludeTax();
            }
            priced.add(new BasketLine(line.sku(), line.category(), line.quantity(), selected.amount()));
        }
        List<PromotionRule> rules = promotions.values().stream().filter(p -> !p.withdrawn()).map(Promotion::rule)
                .toList();
        return new Quote(BasketPricer.price(new Basket(currency, null, priced, null, Set.of(), 0, null), rules, at),
                firstIncludesTax == null || firstIncludesTax);
    }

    /** Price lists and promotions (in force or not) held. */
    public synchronized int[] sizes() {
        return new int[] {lists.size(), (int) promotions.values().stream().filter(p -> !p.withdrawn()).count()};
    }

    private boolean inZone(PriceScope scope) {
        return scope.priceZone() == null || Objects.equals(scope.priceZone(), priceZone);
    }

    private void save() {
        DurableFile.replace(file, JsonCodec.toJson(new Contents(List.copyOf(lists.values()),
                List.copyOf(promotions.values()))), "the price book");
    }
}
