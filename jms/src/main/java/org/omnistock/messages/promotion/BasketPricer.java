package org.omnistock.messages.promotion;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import org.omnistock.messages.Money;
import org.omnistock.messages.tax.SkuTax;
import org.omnistock.messages.tax.TaxEngine;
import org.omnistock.messages.tax.TaxPlace;
import org.omnistock.messages.tax.TaxRules;
import org.omnistock.messages.tax.TaxableLine;
import org.omnistock.messages.tax.TaxedBasket;

/** The one basket-pricing engine; its rules are in the package documentation. */
public final class BasketPricer {

    /**
     * The name the points' share of a line is listed under among its discounts; a promotion's code cannot contain a
     * colon, so it is never a promotion's.
     */
    public static final String POINTS = "loyalty:points";

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final int EXTRA_DIGITS = 12;
    private static final Comparator<PromotionRule> PRIORITY_ORDER = Comparator
            .comparingInt(PromotionRule::priority).reversed().thenComparing(PromotionRule::code);

    private BasketPricer() {
    }

    public static PricedBasket price(Basket basket, List<PromotionRule> promotions, Instant at) {
        int scale = Money.digits(basket.currency());
        List<PromotionRule> considered = new ArrayList<>();
        List<SkippedPromotion> notConsidered = new ArrayList<>();
        for (PromotionRule promotion : promotions) {
            boolean unlocked = !promotion.couponRequired() || basket.unlockedPromotions().contains(promotion.code());
            if (!unlocked) {
                continue;
            }
            if (!promotion.validAt(at)) {
                notConsidered.add(new SkippedPromotion(promotion.code(), "not valid at " + at));
            } else if (!promotion.validIn(basket.channel())) {
                notConsidered.add(new SkippedPromotion(promotion.code(), "not valid in channel " + basket.channel()));
            } else {
                considered.add(promotion);
            }
        }
        considered.sort(PRIORITY_ORDER);
        Pricing chosen = choose(basket, scale, considered);
        chosen.spend(basket.points(), basket.pointValue());
        chosen.skipped.addAll(notConsidered);
        chosen.skipped.removeIf(skip -> !concerns(basket, promotions, skip.promotion()));
        return chosen.result(basket.currency());
    }

    /**
     * The priced basket's tax, by the one tax engine: each line as the customer pays for it (after promotions and
     * points) and the shipping after its discount, at the place of supply's rates valid at {@code at}.
     *
     * @param taxOf how each line's SKU is taxed; a SKU it does not name is standard
     * @throws org.omnistock.messages.tax.MissingTaxRate when a line's rate is unknown there and then
     */
    public static TaxedBasket tax(PricedBasket priced, Map<String, SkuTax> taxOf, TaxPlace place, TaxRules rules,
                                  boolean pricesIncludeTax, Instant at) {
        List<TaxableLine> lines = new ArrayList<>();
        for (PricedLine line : priced.lines()) {
            SkuTax tax = taxOf.getOrDefault(line.sku(), SkuTax.STANDARD);
            lines.add(new TaxableLine(line.sku(), tax.taxClass(), tax.hsnCode(), line.total()));
        }
        return TaxEngine.tax(priced.currency(), lines, Money.round(priced.shipping()
                .subtract(priced.shippingDiscount()), Money.digits(priced.currency())), pricesIncludeTax, place, rules,
                at);
    }

    /**
     * Whether a promotion is worth a word on this basket: it looks at one of its lines, or its coupon was
     * presented. Promotions about other items are not listed as skipped.
     */
    public static boolean concerns(Basket basket, PromotionRule promotion) {
        return basket.unlockedPromotions().contains(promotion.code())
                || basket.lines().stream().anyMatch(promotion::targets);
    }

    private static boolean concerns(Basket basket, List<PromotionRule> promotions, String code) {
        return promotions.stream().filter(p -> p.code().equals(code)).anyMatch(p -> concerns(basket, p));
    }

    private static Pricing choose(Basket basket, int scale, List<PromotionRule> considered) {
        Map<PromotionRule, Pricing> alone = new IdentityHashMap<>();
        Function<PromotionRule, Pricing> aloneOf = rule -> alone.computeIfAbsent(rule,
                r -> Pricing.of(basket, scale, List.of(r)));
        for (PromotionRule exclusive : byStacking(considered, Stacking.EXCLUSIVE)) {
            Pricing only = aloneOf.apply(exclusive);
            if (!only.applied.isEmpty()) {
                considered.stream().filter(p -> p != exclusive).forEach(p -> only.skipped.add(
                        new SkippedPromotion(p.code(), "exclusive promotion " + exclusive.code() + " applies")));
                return only;
            }
        }
        Pricing combination = Pricing.of(basket, scale, byStacking(considered, Stacking.COMBINABLE));
        Pricing best = combination;
        String bestName = "the combinable promotions together";
        for (PromotionRule bestDeal : byStacking(considered, Stacking.BEST_DEAL)) {
            Pricing only = aloneOf.apply(bestDeal);
            if (!only.applied.isEmpty() && only.total().compareTo(best.total()) < 0) {
                best = only;
                bestName = "promotion " + bestDeal.code() + " alone";
            }
        }
        for (PromotionRule promotion : considered) {
            if (best.evaluated.contains(promotion)) {
                continue;
            }
            Pricing evaluated = promotion.stacking() == Stacking.COMBINABLE ? combination : aloneOf.apply(promotion);
            Optional<SkippedPromotion> ownReason = evaluated.skipped.stream()
                    .filter(skip -> skip.promotion().equals(promotion.code())).findFirst();
            best.skipped.add(ownReason.orElse(
                    new SkippedPromotion(promotion.code(), "a better deal applies: " + bestName)));
        }
        return best;
    }

    private static List<PromotionRule> byStacking(List<PromotionRule> promotions, Stacking stacking) {
        return promotions.stream().filter(p -> p.stacking() == stacking).toList();
    }

    /** The basket priced with some promotions, applied one after the other. */
    private static final class Pricing {

        final Basket basket;
        final int scale;
        final List<PromotionRule> evaluated;
        final BigDecimal[] current;
        final List<Map<String, BigDecimal>> lineDiscounts = new ArrayList<>();
        final Map<String, BigDecimal> given = new LinkedHashMap<>();
        final List<AppliedPromotion> applied = new ArrayList<>();
        final List<SkippedPromotion> skipped = new ArrayList<>();
        BigDecimal shipping;
        BigDecimal shippingDiscount = BigDecimal.ZERO;
        long pointsSpent;
        BigDecimal pointsDiscount = BigDecimal.ZERO;

        private Pricing(Basket basket, int scale, List<PromotionRule> evaluated) {
            this.basket = basket;
            this.scale = scale;
            this.evaluated = evaluated;
            this.current = new BigDecimal[basket.lines().size()];
            for (int i = 0; i < current.length; i++) {
                BasketLine line = basket.lines().get(i);
                current[i] = round(line.unitPrice().multiply(BigDecimal.valueOf(line.quantity())));
                lineDiscounts.add(new LinkedHashMap<>());
            }
            this.shipping = round(basket.shipping());
        }

        static Pricing of(Basket basket, int scale, List<PromotionRule> promotions) {
            Pricing pricing = new Pricing(basket, scale, promotions);
            promotions.forEach(pricing::apply);
            return pricing;
        }

        BigDecimal total() {
            BigDecimal total = shipping;
            for (BigDecimal amount : current) {
                total = total.add(amount);
            }
            return total;
        }

        private void apply(PromotionRule promotion) {
            List<Integer> qualifying = qualifying(promotion);
            BigDecimal qualifyingSubtotal = qualifying.stream().map(i -> current[i])
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            Optional<String> refusal = Optional.empty();
            if (qualifying.isEmpty()) {
                refusal = Optional.of("no item in the basket qualifies");
            } else if (promotion.minimumSubtotal() != null
                    && qualifyingSubtotal.compareTo(promotion.minimumSubtotal()) < 0) {
                refusal = Optional.of("the qualifying items come to " + qualifyingSubtotal + ", below the minimum of "
                        + round(promotion.minimumSubtotal()));
            }
            if (refusal.isEmpty()) {
                refusal = switch (promotion.type()) {
                    case PERCENT_OFF -> percentOff(promotion, qualifying, qualifyingSubtotal);
                    case AMOUNT_OFF -> amountOff(promotion, qualifying, qualifyingSubtotal);
                    case BUY_X_GET_Y -> buyXGetY(promotion, qualifying);
                    case BUNDLE_PRICE -> bundle(promotion, qualifying);
                    case FREE_SHIPPING -> freeShipping(promotion);
                };
            }
            refusal.ifPresent(reason -> skipped.add(new SkippedPromotion(promotion.code(), reason)));
        }

        private List<Integer> qualifying(PromotionRule promotion) {
            List<Integer> qualifying = new ArrayList<>();
            for (int i = 0; i < current.length; i++) {
                if (promotion.targets(basket.lines().get(i)) && current[i].signum() > 0) {
                    qualifying.add(i);
                }
            }
            return qualifying;
        }

        private Optional<String> percentOff(PromotionRule promotion, List<Integer> qualifying, BigDecimal subtotal) {
            String what = promotion.percent().stripTrailingZeros().toPlainString() + "% off";
            if (promotion.target() == Target.BASKET) {
                return share(promotion, qualifying, percentOf(subtotal, promotion.percent()), what + " the basket");
            }
            for (int i : qualifying) {
                give(promotion, i, percentOf(current[i], promotion.percent()));
            }
            return record(promotion, what + describeTarget(promotion));
        }

        private Optional<String> amountOff(PromotionRule promotion, List<Integer> qualifying, BigDecimal subtotal) {
            BigDecimal amount = round(promotion.amount());
            if (promotion.target() == Target.BASKET) {
                return share(promotion, qualifying, amount.min(subtotal), amount + " off the basket");
            }
            for (int i : qualifying) {
                BigDecimal perLine = amount.multiply(BigDecimal.valueOf(basket.lines().get(i).quantity()));
                give(promotion, i, perLine.min(current[i]));
            }
            return record(promotion, amount + " off each unit" + describeTarget(promotion));
        }

        private Optional<String> buyXGetY(PromotionRule promotion, List<Integer> qualifying) {
            List<int[]> units = new ArrayList<>();
            for (int i : qualifying) {
                for (int u = 0; u < basket.lines().get(i).quantity(); u++) {
                    units.add(new int[] {i});
                }
            }
            int group = promotion.buyQuantity() + promotion.getQuantity();
            int discounted = units.size() / group * promotion.getQuantity();
            if (discounted == 0) {
                return Optional.of("buy " + group + " qualifying units to get " + promotion.getQuantity()
                        + "; the basket has " + units.size());
            }
            BigDecimal[] unitAmounts = new BigDecimal[current.length];
            for (int i : qualifying) {
                unitAmounts[i] = unitAmount(i);
            }
            units.sort(Comparator.comparing((int[] unit) -> unitAmounts[unit[0]]).thenComparingInt(unit -> unit[0]));
            BigDecimal[] exact = new BigDecimal[current.length];
            for (int[] unit : units.subList(0, discounted)) {
                BigDecimal off = unitAmounts[unit[0]].multiply(promotion.getPercent()).movePointLeft(2);
                exact[unit[0]] = exact[unit[0]] == null ? off : exact[unit[0]].add(off);
            }
            for (int i = 0; i < exact.length; i++) {
                if (exact[i] != null) {
                    give(promotion, i, round(exact[i]).min(current[i]));
                }
            }
            String deal = promotion.getPercent().compareTo(HUNDRED) == 0 ? " free"
                    : " at " + promotion.getPercent().stripTrailingZeros().toPlainString() + "% off";
            return record(promotion, "buy " + promotion.buyQuantity() + " get " + promotion.getQuantity() + deal
                    + describeTarget(promotion) + ": " + discounted + " unit(s)");
        }

        private Optional<String> bundle(PromotionRule promotion, List<Integer> qualifying) {
            Map<String, Integer> units = new LinkedHashMap<>();
            Map<String, BigDecimal> amounts = new LinkedHashMap<>();
            for (int i : qualifying) {
                BasketLine line = basket.lines().get(i);
                units.merge(line.sku(), line.quantity(), Integer::sum);
                amounts.merge(line.sku(), current[i], BigDecimal::add);
            }
            int bundles = promotion.targetValues().stream().mapToInt(sku -> units.getOrDefault(sku, 0)).min()
                    .orElse(0);
            if (bundles == 0) {
                return Optional.of("the basket does not hold one of each of " + promotion.targetValues());
            }
            BigDecimal regular = BigDecimal.ZERO;
            for (String sku : promotion.targetValues()) {
                regular = regular.add(divide(amounts.get(sku), BigDecimal.valueOf(units.get(sku))));
            }
            BigDecimal saving = regular.subtract(promotion.bundlePrice());
            if (saving.signum() <= 0) {
                return Optional.of("the items of the bundle already cost no more than " + round(promotion.bundlePrice()));
            }
            Map<Integer, BigDecimal> weights = new LinkedHashMap<>();
            for (int i : qualifying) {
                String sku = basket.lines().get(i).sku();
                weights.put(i, divide(current[i].multiply(BigDecimal.valueOf(bundles)),
                        BigDecimal.valueOf(units.get(sku))));
            }
            return share(promotion, weights, round(saving.multiply(BigDecimal.valueOf(bundles))),
                    bundles + " bundle(s) of " + String.join(" + ", promotion.targetValues()) + " for "
                            + round(promotion.bundlePrice()));
        }

        private Optional<String> freeShipping(PromotionRule promotion) {
            if (shipping.signum() == 0) {
                return Optional.of("there is no shipping charge to take off");
            }
            shippingDiscount = shippingDiscount.add(shipping);
            given.merge(promotion.code(), shipping, BigDecimal::add);
            shipping = BigDecimal.ZERO.setScale(scale);
            return record(promotion, promotion.minimumSubtotal() == null ? "free shipping"
                    : "free shipping from " + round(promotion.minimumSubtotal()));
        }

        /**
         * Spends loyalty points on what the goods cost after the promotions (not on shipping), like a tender: as
         * many whole points as asked for or as the goods are worth, whichever is fewer, their worth rounded down to
         * the minor unit and shared over the lines like a basket discount.
         */
        void spend(long points, BigDecimal pointValue) {
            if (points == 0) {
                return;
            }
            Map<Integer, BigDecimal> weights = new LinkedHashMap<>();
            BigDecimal goods = BigDecimal.ZERO;
            for (int i = 0; i < current.length; i++) {
                if (current[i].signum() > 0) {
                    weights.put(i, current[i]);
                    goods = goods.add(current[i]);
                }
            }
            long spent = Math.min(points, goods.divide(pointValue, 0, RoundingMode.DOWN).longValueExact());
            BigDecimal worth = Money.pointsWorth(spent, pointValue, scale);
            if (worth.signum() > 0) {
                distribute(POINTS, weights, worth);
                pointsSpent = spent;
                pointsDiscount = worth;
            }
        }

        private Optional<String> share(PromotionRule promotion, List<Integer> qualifying, BigDecimal total,
                                       String reason) {
            Map<Integer, BigDecimal> weights = new LinkedHashMap<>();
            qualifying.forEach(i -> weights.put(i, current[i]));
            return share(promotion, weights, total, reason);
        }

        private Optional<String> share(PromotionRule promotion, Map<Integer, BigDecimal> weights, BigDecimal total,
                                       String reason) {
            distribute(promotion.code(), weights, total);
            return record(promotion, reason);
        }

        /** Shares a rounded basket discount over lines in proportion to their weights: {@link Money#share}. */
        private void distribute(String code, Map<Integer, BigDecimal> weights, BigDecimal total) {
            List<Integer> lines = new ArrayList<>(weights.keySet());
            List<BigDecimal> shares = Money.share(total, lines.stream().map(weights::get).toList(), scale);
            for (int k = 0; k < lines.size(); k++) {
                give(code, lines.get(k), shares.get(k));
            }
        }

        private void give(PromotionRule promotion, int line, BigDecimal amount) {
            give(promotion.code(), line, amount);
        }

        private void give(String code, int line, BigDecimal amount) {
            if (amount.signum() <= 0) {
                return;
            }
            current[line] = current[line].subtract(amount);
            lineDiscounts.get(line).merge(code, amount, BigDecimal::add);
            given.merge(code, amount, BigDecimal::add);
        }

        private Optional<String> record(PromotionRule promotion, String reason) {
            BigDecimal amount = given.get(promotion.code());
            if (amount == null || amount.signum() == 0) {
                return Optional.of("gives no discount on this basket");
            }
            applied.add(new AppliedPromotion(promotion.code(), promotion.name(), amount, reason));
            return Optional.empty();
        }

        private BigDecimal unitAmount(int line) {
            return divide(current[line], BigDecimal.valueOf(basket.lines().get(line).quantity()));
        }

        /**
         * A quotient with {@link #EXTRA_DIGITS} more decimals than the currency has, before a discount is rounded to
         * the minor unit. A quotient of amounts by quantities (up to 100,000) is never that close to a half unit
         * without being on it, so rounding it gives what rounding the exact fraction would.
         */
        private BigDecimal divide(BigDecimal dividend, BigDecimal divisor) {
            return dividend.divide(divisor, scale + EXTRA_DIGITS, RoundingMode.HALF_EVEN);
        }

        private BigDecimal percentOf(BigDecimal amount, BigDecimal percent) {
            return round(amount.multiply(percent).movePointLeft(2));
        }

        private BigDecimal round(BigDecimal amount) {
            return Money.round(amount, scale);
        }

        private static String describeTarget(PromotionRule promotion) {
            return switch (promotion.target()) {
                case BASKET -> "";
                case CATEGORY -> " in " + String.join(", ", promotion.targetValues());
                case SKU -> " of " + String.join(", ", promotion.targetValues());
            };
        }

        PricedBasket result(String currency) {
            List<PricedLine> lines = new ArrayList<>();
            BigDecimal subtotal = BigDecimal.ZERO.setScale(scale);
            BigDecimal linesTotal = BigDecimal.ZERO.setScale(scale);
            for (int i = 0; i < current.length; i++) {
                BasketLine line = basket.lines().get(i);
                BigDecimal lineSubtotal = round(line.unitPrice().multiply(BigDecimal.valueOf(line.quantity())));
                lines.add(new PricedLine(line.sku(), line.quantity(), line.unitPrice(), lineSubtotal,
                        lineDiscounts.get(i).entrySet().stream()
                                .map(d -> new LineDiscount(d.getKey(), d.getValue())).toList(), current[i]));
                subtotal = subtotal.add(lineSubtotal);
                linesTotal = linesTotal.add(current[i]);
            }
            BigDecimal grossShipping = round(basket.shipping());
            BigDecimal discountTotal = subtotal.subtract(linesTotal).add(shippingDiscount);
            return new PricedBasket(currency, lines, subtotal, grossShipping, shippingDiscount.setScale(scale),
                    List.copyOf(applied), List.copyOf(skipped), pointsSpent, pointsDiscount.setScale(scale),
                    discountTotal, linesTotal.add(shipping));
        }
    }
}
