package org.omnistock.pricing.boundary;

import static org.omnistock.platform.Text.blankToNull;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.omnistock.access.boundary.Access;
import org.omnistock.access.entity.Scopes;
import org.omnistock.catalog.boundary.Skus;
import org.omnistock.catalog.entity.Sku;
import org.omnistock.channel.boundary.Channels;
import org.omnistock.location.boundary.Locations;
import org.omnistock.location.entity.Location;
import org.omnistock.messages.pricing.PriceCandidate;
import org.omnistock.messages.pricing.PriceQuery;
import org.omnistock.messages.pricing.PriceSelector;
import org.omnistock.messages.pricing.SelectedPrice;
import org.omnistock.platform.Refusal;
import org.omnistock.pricing.entity.Price;

/**
 * The price of a SKU for a channel, location and customer at an instant: loads the candidate entries and asks the
 * one {@link PriceSelector}. Every capability that needs a price asks here.
 */
@Stateless
public class PriceResolver {

    /** How far back the lowest prior price looks. */
    public static final Duration PRIOR_PRICE_PERIOD = Duration.ofDays(30);

    @PersistenceContext(unitName = "omnistock")
    EntityManager em;

    @Inject
    Access access;

    @Inject
    Skus skus;

    @Inject
    Locations locations;

    @Inject
    Channels channels;

    @Inject
    Clock clock;

    public ResolvedPrice price(String skuCode, @Min(1) int quantity, @NotNull @Valid PriceContext context) {
        access.require(Scopes.READ);
        Sku sku = skus.find(skuCode).orElseThrow(
                () -> new Refusal(Refusal.Kind.NOT_FOUND, "unknown-sku", "there is no SKU " + skuCode));
        Scope scope = scope(context);
        List<PriceCandidate> candidates = candidates(List.of(sku), context.currency()).getOrDefault(sku.getCode(),
                List.of());
        PriceQuery query = scope.query(quantity);
        SelectedPrice selected = PriceSelector.select(candidates, query, scope.at()).orElseThrow(
                () -> noPrice(sku.getCode(), scope));
        BigDecimal lowest = PriceSelector.lowest(candidates, query, scope.at().minus(PRIOR_PRICE_PERIOD), scope.at())
                .orElse(selected.amount());
        return new ResolvedPrice(sku.getCode(), context.currency(), quantity, selected.amount(), selected.priceList(),
                selected.minQuantity(), selected.effectiveFrom(), lowest, scope.channel(), scope.location(),
                scope.priceZone(), scope.customerGroup(), scope.at());
    }

    /**
     * The unit price of each line, for a basket.
     *
     * @param quantities per SKU, in the order of the lines
     * @throws Refusal {@code no-price} if a SKU has no price in the context
     */
    public List<SelectedPrice> unitPrices(List<Sku> lines, List<Integer> quantities, @NotNull @Valid PriceContext context) {
        Scope scope = scope(context);
        Map<String, List<PriceCandidate>> candidates = candidates(lines, context.currency());
        List<SelectedPrice> prices = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Sku sku = lines.get(i);
            prices.add(PriceSelector.select(candidates.getOrDefault(sku.getCode(), List.of()),
                    scope.query(quantities.get(i)), scope.at()).orElseThrow(() -> noPrice(sku.getCode(), scope)));
        }
        return prices;
    }

    /**
     * The unit price of one, if the SKU has one in the context: for callers to whom a missing price is no error (a
     * refusal thrown from here would mark their transaction for rollback even if they caught it).
     */
    public Optional<SelectedPrice> unitPriceIfAny(Sku sku, @NotNull @Valid PriceContext context) {
        Scope scope = scope(context);
        return PriceSelector.select(candidates(List.of(sku), context.currency()).getOrDefault(sku.getCode(),
                List.of()), scope.query(1), scope.at());
    }

    /**
     * Whether the list that prices the SKU in the context keeps its prices with tax included; true when no list
     * prices it (retail prices include tax where nothing says otherwise).
     */
    public boolean pricesIncludeTax(Sku sku, @NotNull @Valid PriceContext context) {
        return unitPriceIfAny(sku, context).map(price -> listIncludesTax(price.priceList())).orElse(true);
    }

    /** Whether the price list keeps its prices with tax included; true for a list it does not know. */
    public boolean listIncludesTax(String priceList) {
        return em.createQuery("SELECT p.pricesIncludeTax FROM PriceList p WHERE p.code = :code", Boolean.class)
                .setParameter("code", priceList).getResultStream().findFirst().orElse(true);
    }

    /** The context's instant: now unless a later or earlier one is asked. */
    public Instant instantOf(PriceContext context) {
        return context.at() == null ? clock.instant() : context.at();
    }

    private Map<String, List<PriceCandidate>> candidates(List<Sku> skuList, String currency) {
        Map<String, List<PriceCandidate>> bySku = new HashMap<>();
        if (skuList.isEmpty()) {
            return bySku;
        }
        List<Long> ids = skuList.stream().map(Sku::getId).distinct().toList();
        for (Price price : em.createNamedQuery(Price.CANDIDATES, Price.class).setParameter("skus", ids)
                .setParameter("currency", currency).getResultList()) {
            bySku.computeIfAbsent(price.getSku().getCode(), k -> new ArrayList<>()).add(price.candidate());
        }
        return bySku;
    }

    private Scope scope(PriceContext context) {
        String zone = null;
        if (context.location() != null && !context.location().isBlank()) {
            Location location = locations.find(context.location()).orElseThrow(() -> new Refusal(
                    Refusal.Kind.INVALID, "unknown-location", "there is no location " + context.location()));
            zone = location.getPriceZone();
        }
        if (context.channel() != null && !context.channel().isBlank()
                && channels.findByCode(context.channel()).isEmpty()) {
            throw new Refusal(Refusal.Kind.INVALID, "unknown-channel", "there is no channel " + context.channel());
        }
        return new Scope(context.currency(), blankToNull(context.channel()), blankToNull(context.location()), zone,
                blankToNull(context.customerGroup()), instantOf(context));
    }

    private static Refusal noPrice(String sku, Scope scope) {
        return new Refusal(Refusal.Kind.INVALID, "no-price", "SKU " + sku + " has no price in " + scope.currency()
                + (scope.channel() == null ? "" : " for channel " + scope.channel())
                + (scope.location() == null ? "" : " at " + scope.location())
                + (scope.customerGroup() == null ? "" : " for customer group " + scope.customerGroup())
                + " at " + scope.at());
    }

    private record Scope(String currency, String channel, String location, String priceZone, String customerGroup,
                         Instant at) {

        PriceQuery query(int quantity) {
            return new PriceQuery(currency, channel, priceZone, customerGroup, quantity);
        }
    }
}
