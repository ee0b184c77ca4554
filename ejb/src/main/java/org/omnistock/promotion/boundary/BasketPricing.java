package org.omnistock.promotion.boundary;

import static org.omnistock.platform.Text.blankToNull;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.omnistock.access.boundary.Access;
import org.omnistock.access.boundary.Caller;
import org.omnistock.access.entity.Scopes;
import org.omnistock.catalog.boundary.Skus;
import org.omnistock.catalog.entity.Sku;
import org.omnistock.location.boundary.Locations;
import org.omnistock.location.entity.Location;
import org.omnistock.customer.boundary.Customers;
import org.omnistock.customer.boundary.Loyalty;
import org.omnistock.customer.entity.Customer;
import org.omnistock.messages.JsonCodec;
import org.omnistock.messages.Limits;
import org.omnistock.messages.pricing.SelectedPrice;
import org.omnistock.messages.tax.MissingTaxRate;
import org.omnistock.messages.tax.SkuTax;
import org.omnistock.messages.tax.TaxPlace;
import org.omnistock.messages.tax.TaxedBasket;
import org.omnistock.messages.promotion.AppliedPromotion;
import org.omnistock.messages.promotion.Basket;
import org.omnistock.messages.promotion.BasketLine;
import org.omnistock.messages.promotion.BasketPricer;
import org.omnistock.messages.promotion.PricedBasket;
import org.omnistock.messages.promotion.PromotionRule;
import org.omnistock.messages.promotion.SkippedPromotion;
import org.omnistock.messages.sale.PosSalePromotion;
import org.omnistock.platform.Refusal;
import org.omnistock.tax.boundary.TaxConfiguration;
import org.omnistock.platform.RequestDigest;
import org.omnistock.pricing.boundary.PriceContext;
import org.omnistock.pricing.boundary.PriceResolver;
import org.omnistock.promotion.entity.Coupon;
import org.omnistock.promotion.entity.CustomerRedemptions;
import org.omnistock.promotion.entity.Promotion;
import org.omnistock.promotion.entity.Redemption;

/**
 * Prices baskets for every channel: unit prices from the {@link PriceResolver}, promotions by the one
 * {@link BasketPricer}; and counts redemptions when an order or sale is recorded.
 */
@Stateless
public class BasketPricing {

    @PersistenceContext(unitName = "omnistock")
    EntityManager em;

    @Inject
    Access access;

    @Inject
    Skus skus;

    @Inject
    PriceResolver prices;

    @Inject
    Customers customers;

    @Inject
    Loyalty loyalty;

    @Inject
    Clock clock;

    @Inject
    Locations locations;

    @Inject
    TaxConfiguration taxes;

    /** Customers named for a sale in a store are counted in this namespace. */
    static final String IN_STORE = "STORE";

    /** What the basket costs; changes nothing. */
    public BasketQuote quote(@NotNull @Valid BasketRequest request) {
        return price(request, access.require(Scopes.READ), true).quote();
    }

    /**
     * Records that an order or sale used the promotions its basket gets now, all or nothing: each promotion's budget
     * and per-customer limit and each coupon's uses are checked and counted under their row locks, so that two tills
     * cannot both take the last redemption.
     *
     * @throws Refusal CONFLICT {@code basket-price-changed} if the basket does not cost the expected total any more,
     *                 {@code promotion-limit-reached} if a budget, limit or coupon ran out meanwhile,
     *                 {@code reference-reused} if the reference was recorded for another basket
     */
    public RedemptionView redeem(@NotNull @Valid RedemptionRequest request) {
        return redeemPriced(request).redemption();
    }

    /**
     * A redemption with the basket as it was priced for it, for an order that keeps each line's price and
     * discounts; see {@link #redeem}. The basket is null when the reference had been recorded before.
     */
    public PricedRedemption redeemPriced(@NotNull @Valid RedemptionRequest request) {
        Caller caller = access.require(Scopes.ORDERS_WRITE);
        String digest = RequestDigest.of(JsonCodec.toJson(request.basket()) + "|" + request.expectedTotal()
                .stripTrailingZeros().toPlainString());
        Optional<Redemption> first = em.createNamedQuery(Redemption.FIND_BY_REFERENCE, Redemption.class)
                .setParameter("reference", request.reference()).getResultStream().findFirst();
        if (first.isPresent()) {
            if (!first.get().getRequestDigest().equals(digest)) {
                throw new Refusal(Refusal.Kind.CONFLICT, "reference-reused", "reference " + request.reference()
                        + " was already recorded for a different basket");
            }
            return new PricedRedemption(RedemptionView.of(first.get(), true), null);
        }
        if (request.basket().at() != null) {
            throw new Refusal(Refusal.Kind.INVALID, "redemption-at-instant",
                    "a redemption is priced at the instant it is recorded; leave 'at' empty");
        }
        Priced priced = price(request.basket(), caller, false);
        PricedBasket basket = priced.quote().basket();
        if (basket.subtotal().compareTo(Limits.MAX_TOTAL) > 0) {
            throw new Refusal(Refusal.Kind.INVALID, "amount-too-large", "a basket may come to at most "
                    + Limits.MAX_TOTAL.toPlainString() + ", this one comes to " + basket.subtotal());
        }
        if (basket.total().compareTo(request.expectedTotal()) != 0) {
            throw new Refusal(Refusal.Kind.CONFLICT, "basket-price-changed", "the basket now costs " + basket.total()
                    + ", not " + request.expectedTotal() + explain(basket));
        }
        Instant now = clock.instant();
        Redemption redemption = new Redemption(request.reference(), digest, priced.quote().customerId(),
                priced.quote().channel(), basket.currency(), basket.total(), basket.discountTotal(), now);
        List<AppliedPromotion> applied = basket.applied().stream()
                .sorted(Comparator.comparing(AppliedPromotion::promotion)).toList();
        for (AppliedPromotion promotion : applied) {
            Promotion locked = locked(Promotion.class, priced.promotions().get(promotion.promotion()).getId());
            count(locked, promotion.amount(), redemption.getCustomerId());
            Coupon coupon = priced.coupons().get(promotion.promotion());
            if (coupon != null) {
                coupon = locked(Coupon.class, coupon.getId());
                if (coupon.usedUp()) {
                    throw new Refusal(Refusal.Kind.CONFLICT, "promotion-limit-reached",
                            "coupon " + coupon.getCode() + " was used up meanwhile");
                }
                coupon.use();
            }
            redemption.add(locked, coupon, promotion.amount());
        }
        em.persist(redemption);
        em.flush();
        if (basket.pointsSpent() > 0) {
            loyalty.spend(priced.profile(), basket.pointsSpent(), "redemption " + request.reference(),
                    priced.quote().channel(), priced.quote().location(), basket.pointsDiscount(), false, caller.id(),
                    now);
        }
        return new PricedRedemption(RedemptionView.of(redemption, false), basket);
    }

    /** A redemption and the basket it priced. */
    public record PricedRedemption(RedemptionView redemption, PricedBasket basket) {
    }

    /**
     * Why the promotions a till names cannot be counted (an unknown promotion or coupon, a coupon of another
     * promotion); empty if they can. For the sale capability, before it records anything.
     */
    public List<String> tillProblems(List<PosSalePromotion> applied) {
        List<String> problems = new ArrayList<>();
        for (PosSalePromotion promotion : applied) {
            Optional<Promotion> found = promotion(promotion.promotion());
            if (found.isEmpty()) {
                problems.add("there is no promotion " + promotion.promotion());
            } else if (promotion.coupon() != null) {
                Optional<Coupon> coupon = coupon(promotion.coupon());
                if (coupon.isEmpty() || !coupon.get().getPromotion().getId().equals(found.get().getId())) {
                    problems.add("there is no coupon " + promotion.coupon() + " of promotion "
                            + promotion.promotion());
                }
            }
        }
        return problems;
    }

    /**
     * Counts the promotions a till applied to a sale that happened, in the sale's transaction, once per receipt
     * (the sale's {@code reference}; nothing if a till online counted them already under it): budgets, coupon uses
     * and the customer's limit, even beyond them, the overrun recorded on the promotion. The sale capability checked
     * them ({@link #tillProblems}).
     *
     * @param customerNumber the customer the sale named, whose per-customer limits count it; null for none
     */
    public void countTillSale(String reference, String customerNumber, List<PosSalePromotion> applied,
                              BigDecimal saleTotal, String currency) {
        if (applied.isEmpty() || !em.createNamedQuery(Redemption.FIND_BY_REFERENCE, Redemption.class)
                .setParameter("reference", reference).getResultList().isEmpty()) {
            return;
        }
        BigDecimal discountTotal = applied.stream().map(PosSalePromotion::amount)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        Redemption redemption = new Redemption(reference, RequestDigest.of(JsonCodec.toJson(applied)),
                customerNumber, null, currency, saleTotal, discountTotal, clock.instant());
        for (PosSalePromotion promotion : applied.stream().sorted(Comparator.comparing(PosSalePromotion::promotion))
                .toList()) {
            Promotion locked = locked(Promotion.class, promotion(promotion.promotion()).orElseThrow().getId());
            locked.redeemHappened(promotion.amount());
            Integer limit = locked.rule().perCustomerLimit();
            if (limit != null && customerNumber != null) {
                customerRedemptions(locked, customerNumber).redeem();
            }
            Coupon coupon = promotion.coupon() == null ? null
                    : locked(Coupon.class, coupon(promotion.coupon()).orElseThrow().getId());
            if (coupon != null) {
                coupon.use();
            }
            redemption.add(locked, coupon, promotion.amount());
        }
        em.persist(redemption);
    }

    private Optional<Promotion> promotion(String code) {
        return em.createNamedQuery(Promotion.FIND_BY_CODE, Promotion.class).setParameter("code", code)
                .getResultStream().findFirst();
    }

    private Optional<Coupon> coupon(String code) {
        return em.createNamedQuery(Coupon.FIND_BY_CODE, Coupon.class).setParameter("code",
                code.toUpperCase(Locale.ROOT)).getResultStream().findFirst();
    }

    /** The customer's count of the promotion, made when they first redeem it. */
    private CustomerRedemptions customerRedemptions(Promotion promotion, String customerId) {
        CustomerRedemptions used = em.find(CustomerRedemptions.class,
                new CustomerRedemptions.Key(promotion.getId(), customerId));
        if (used == null) {
            used = new CustomerRedemptions(promotion.getId(), customerId);
            em.persist(used);
        }
        return used;
    }

    private void count(Promotion promotion, BigDecimal amount, String customerId) {
        if (promotion.isWithdrawn() || !promotion.rule().validAt(clock.instant())) {
            throw new Refusal(Refusal.Kind.CONFLICT, "promotion-limit-reached",
                    "promotion " + promotion.getCode() + " ended meanwhile");
        }
        Optional<String> budget = promotion.budgetRefusal(amount);
        if (budget.isPresent()) {
            throw new Refusal(Refusal.Kind.CONFLICT, "promotion-limit-reached", budget.get());
        }
        Integer limit = promotion.rule().perCustomerLimit();
        if (limit != null) {
            CustomerRedemptions used = customerRedemptions(promotion, customerId);
            if (used.getRedemptions() >= limit) {
                throw new Refusal(Refusal.Kind.CONFLICT, "promotion-limit-reached", "customer " + customerId
                        + " has redeemed promotion " + promotion.getCode() + " " + limit + " time(s) already");
            }
            used.redeem();
        }
        promotion.redeem(amount);
    }

    /** The row locked until the transaction ends, and read again: the quote may have seen an older state. */
    private <T> T locked(Class<T> type, long id) {
        T locked = em.find(type, id, LockModeType.PESSIMISTIC_WRITE);
        em.refresh(locked);
        return locked;
    }

    /**
     * @param capAtBalance a quote spends at most the points the customer has; a redemption spends what it asks for,
     *                     and is refused if they do not have them
     */
    private Priced price(BasketRequest request, Caller caller, boolean capAtBalance) {
        String channel = channelOf(caller, request.channel());
        Optional<Customer> profile = customers.named(caller, channel, request.customerId());
        String customerGroup = profile.isPresent() ? profile.get().pricingGroup()
                : blankToNull(request.customerGroup());
        long points = request.points() == null ? 0 : request.points();
        if (points > 0 && profile.isEmpty()) {
            throw new Refusal(Refusal.Kind.INVALID, "points-need-customer", "points are spent by a known customer: "
                    + "name them by customer number, or by the channel's id for them",
                    List.of(new Refusal.Detail("customerId", "names no customer profile")));
        }
        PriceContext context = new PriceContext(request.currency(), channel, request.location(), customerGroup,
                request.at());
        Instant at = prices.instantOf(context);
        List<Sku> lineSkus = lineSkus(request);
        List<SelectedPrice> unitPrices = prices.unitPrices(lineSkus,
                request.lines().stream().map(BasketItem::quantity).toList(), context);
        String customerId = profile.isPresent() ? profile.get().getNumber()
                : customerOf(caller, channel, request.customerId());
        boolean customerNotVouched = customerId == null && blankToNull(request.customerId()) != null;

        Map<String, Promotion> valid = em.createNamedQuery(Promotion.VALID_AT, Promotion.class).setParameter("at", at)
                .getResultStream().collect(Collectors.toMap(Promotion::getCode, Function.identity(), (a, b) -> a,
                        TreeMap::new));
        Map<String, Coupon> couponOf = new LinkedHashMap<>();
        List<CodeOutcome> codes = new ArrayList<>();
        for (String presented : new LinkedHashSet<>(request.codes())) {
            codes.add(unlock(presented.strip().toUpperCase(Locale.ROOT), valid, couponOf));
        }
        List<BasketLine> lines = new ArrayList<>();
        List<LinePrice> linePrices = new ArrayList<>();
        for (int i = 0; i < lineSkus.size(); i++) {
            Sku sku = lineSkus.get(i);
            int quantity = request.lines().get(i).quantity();
            SelectedPrice price = unitPrices.get(i);
            lines.add(new BasketLine(sku.getCode(), sku.getCategory(), quantity, price.amount()));
            linePrices.add(new LinePrice(sku.getCode(), quantity, price.amount(), price.priceList()));
        }
        long spendable = capAtBalance ? Math.min(points, profile.map(Customer::getPointsBalance).orElse(0L)) : points;
        Basket basket = new Basket(request.currency(), channel, lines, request.shipping(), couponOf.keySet(),
                Math.max(0, spendable), spendable > 0 ? loyalty.pointValue() : null);
        List<PromotionRule> rules = new ArrayList<>();
        List<SkippedPromotion> held = new ArrayList<>();
        for (Promotion promotion : valid.values()) {
            PromotionRule rule = promotion.rule();
            Optional<String> hold = hold(promotion, customerId, customerNotVouched);
            if (hold.isEmpty()) {
                rules.add(rule);
            } else if ((!rule.couponRequired() || couponOf.containsKey(rule.code()))
                    && BasketPricer.concerns(basket, rule)) {
                held.add(new SkippedPromotion(rule.code(), hold.get()));
            }
        }
        PricedBasket priced = BasketPricer.price(basket, rules, at);
        for (Optional<AppliedPromotion> overspent = overspent(priced, valid); overspent.isPresent();
             overspent = overspent(priced, valid)) {
            String code = overspent.get().promotion();
            held.add(new SkippedPromotion(code, valid.get(code).budgetRefusal(overspent.get().amount()).orElseThrow()));
            rules.removeIf(rule -> rule.code().equals(code));
            priced = BasketPricer.price(basket, rules, at);
        }
        if (!held.isEmpty()) {
            priced = priced.withSkipped(held);
        }
        BasketQuote quote = new BasketQuote(at, channel, blankToNull(request.location()),
                customerId, customerGroup, linePrices, codes, priced,
                profile.map(Customer::getPointsBalance).orElse(null), taxOf(priced, request.location(), lineSkus,
                unitPrices, at));
        return new Priced(quote, valid, couponOf, profile.orElse(null));
    }

    /**
     * The basket's tax where the location supplies from a country (its place, the rates valid at the instant, the
     * basis of the list that priced the first line); null where nothing is taxed.
     *
     * @throws Refusal CONFLICT {@code tax-rate-missing} when a line has no rate there and then
     */
    private TaxedBasket taxOf(PricedBasket priced, String locationCode, List<Sku> lineSkus,
                              List<SelectedPrice> unitPrices, Instant at) {
        Location location = blankToNull(locationCode) == null ? null : locations.find(locationCode).orElse(null);
        if (location == null || location.getCountry() == null) {
            return null;
        }
        Map<String, SkuTax> taxOf = new HashMap<>();
        lineSkus.forEach(sku -> taxOf.put(sku.getCode(), sku.tax()));
        boolean inclusive = unitPrices.isEmpty() || prices.listIncludesTax(unitPrices.get(0).priceList());
        try {
            return BasketPricer.tax(priced, taxOf, TaxPlace.at(location.getCountry(), location.getRegion()),
                    taxes.rules(), inclusive, at);
        } catch (MissingTaxRate e) {
            throw new Refusal(Refusal.Kind.CONFLICT, "tax-rate-missing", "the basket cannot be taxed: "
                    + e.getMessage());
        }
    }

    /** A promotion that would give this basket more than is left of its amount budget: it cannot apply. */
    private static Optional<AppliedPromotion> overspent(PricedBasket priced, Map<String, Promotion> valid) {
        return priced.applied().stream()
                .filter(a -> valid.get(a.promotion()).budgetRefusal(a.amount()).isPresent()).findFirst();
    }

    /** The channel the basket is priced as: a client bound to a channel sells as that channel only. */
    private static String channelOf(Caller caller, String requested) {
        String channel = blankToNull(requested);
        if (caller.channel() == null) {
            return channel;
        }
        if (channel != null && !channel.equals(caller.channel())) {
            throw new Refusal(Refusal.Kind.FORBIDDEN, "forbidden-channel", caller + " sells only as channel "
                    + caller.channel() + ", not as " + channel);
        }
        return caller.channel();
    }

    /**
     * Whose per-customer limits count when no profile is known: the id the channel's own system verified, as
     * {@code <channel>:<id>} ({@value #IN_STORE} for no channel), never an id any caller chose. An API client bound
     * to no channel cannot name a customer: null, and per-customer promotions are held.
     */
    private static String customerOf(Caller caller, String channel, String requested) {
        String id = blankToNull(requested);
        if (id == null || caller.kind() == Caller.Kind.CLIENT && caller.channel() == null) {
            return null;
        }
        return (channel == null ? IN_STORE : channel) + ":" + id;
    }

    /** Why a valid promotion cannot be given to this basket although its rule would apply; empty if it can. */
    private Optional<String> hold(Promotion promotion, String customerId, boolean customerNotVouched) {
        if (promotion.exhausted()) {
            return Optional.of("its budget is used up");
        }
        Integer limit = promotion.rule().perCustomerLimit();
        if (limit == null) {
            return Optional.empty();
        }
        if (customerNotVouched) {
            return Optional.of("limited to " + limit + " per customer: only a channel's own system may name the "
                    + "customer, and this caller is bound to no channel");
        }
        if (customerId == null) {
            return Optional.of("limited to " + limit + " per customer: the basket needs a customer id");
        }
        CustomerRedemptions used = em.find(CustomerRedemptions.class,
                new CustomerRedemptions.Key(promotion.getId(), customerId));
        return used != null && used.getRedemptions() >= limit
                ? Optional.of("customer " + customerId + " has redeemed it " + used.getRedemptions() + " time(s)")
                : Optional.empty();
    }

    private CodeOutcome unlock(String code, Map<String, Promotion> valid, Map<String, Coupon> couponOf) {
        Optional<Coupon> coupon = coupon(code);
        if (coupon.isEmpty()) {
            return new CodeOutcome(code, null, false, "unknown code");
        }
        String promotion = coupon.get().getPromotion().getCode();
        if (!valid.containsKey(promotion)) {
            return new CodeOutcome(code, promotion, false, "promotion " + promotion + " is not running");
        }
        if (coupon.get().usedUp()) {
            return new CodeOutcome(code, promotion, false, "the code has been used up");
        }
        if (couponOf.containsKey(promotion)) {
            return new CodeOutcome(code, promotion, false, "code " + couponOf.get(promotion).getCode()
                    + " already unlocks promotion " + promotion);
        }
        couponOf.put(promotion, coupon.get());
        return new CodeOutcome(code, promotion, true, null);
    }

    private List<Sku> lineSkus(BasketRequest request) {
        Set<String> codes = new HashSet<>();
        request.lines().forEach(line -> codes.add(line.sku()));
        Map<String, Sku> found = new HashMap<>();
        skus.findAll(codes).forEach(sku -> found.put(sku.getCode(), sku));
        List<Refusal.Detail> unknown = new ArrayList<>();
        for (int i = 0; i < request.lines().size(); i++) {
            String code = request.lines().get(i).sku();
            if (!found.containsKey(code)) {
                unknown.add(new Refusal.Detail("lines[" + i + "].sku", "there is no SKU " + code));
            }
        }
        if (!unknown.isEmpty()) {
            throw new Refusal(Refusal.Kind.INVALID, "unknown-sku", unknown.get(0).message(), unknown);
        }
        return request.lines().stream().map(line -> found.get(line.sku())).toList();
    }

    private static String explain(PricedBasket basket) {
        return basket.skipped().isEmpty() ? "" : " (" + basket.skipped().stream()
                .map(s -> s.promotion() + ": " + s.reason()).collect(Collectors.joining("; ")) + ")";
    }

    /** A quote, with the entities behind it for counting. */
    private record Priced(BasketQuote quote, Map<String, Promotion> promotions, Map<String, Coupon> coupons,
                          Customer profile) {
    }
}
