package org.omnistock.messages.tax;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.omnistock.messages.Money;

/** The one tax computation; its rules are in the package documentation. */
public final class TaxEngine {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal TWO = BigDecimal.valueOf(2);
    private static final int EXTRA_DIGITS = 12;

    private TaxEngine() {
    }

    /** One rate's part of an item's tax: equal whatever the scale its percent was written with. */
    private record Component(String name, BigDecimal percent) {

        Component {
            percent = TaxRate.plain(percent);
        }
    }

    /** A goods line, or a goods line's share of the shipping: what is taxed, at which components. */
    private static final class Item {
        final int line;
        final boolean shipping;
        final TaxClass taxClass;
        final BigDecimal amount;
        final List<Component> components;
        final List<BigDecimal> exact = new ArrayList<>();
        final List<BigDecimal> rounded = new ArrayList<>();

        Item(int line, boolean shipping, TaxClass taxClass, BigDecimal amount, List<Component> components) {
            this.line = line;
            this.shipping = shipping;
            this.taxClass = taxClass;
            this.amount = amount;
            this.components = components;
        }

        BigDecimal tax() {
            return rounded.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        }
    }

    /**
     * The tax of a basket's lines and shipping, as the customer pays for them.
     *
     * @param lines            after promotions and points, at the currency's digits, zero or more each
     * @param shipping         after its discount, zero or more (zero for none)
     * @param pricesIncludeTax whether the amounts include tax (the price list's)
     * @param at               the instant of the supply: the rates valid then
     * @throws MissingTaxRate  when a taxed country has no rate for a standard or reduced line
     */
    public static TaxedBasket tax(String currency, List<TaxableLine> lines, BigDecimal shipping,
                                  boolean pricesIncludeTax, TaxPlace place, TaxRules rules, Instant at) {
        int digits = Money.digits(currency);
        BigDecimal zero = BigDecimal.ZERO.setScale(digits);
        BigDecimal charge = shipping == null ? zero : shipping.setScale(digits, RoundingMode.UNNECESSARY);
        for (TaxableLine line : lines) {
            if (line.amount().signum() < 0 || charge.signum() < 0) {
                throw new IllegalArgumentException("taxed amounts are zero or more: " + line.amount());
            }
        }
        Jurisdiction jurisdiction = rules.jurisdiction(place.supplyCountry()).orElse(null);
        List<Item> items = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            TaxableLine line = lines.get(i);
            items.add(new Item(i, false, line.taxClass(), line.amount().setScale(digits, RoundingMode.UNNECESSARY),
                    components(line.taxClass(), line.hsn(), line.sku(), jurisdiction, place, rules, at)));
        }
        if (charge.signum() > 0) {
            items.addAll(shippingItems(charge, lines, items, digits, jurisdiction, place, rules, at));
        }
        boolean perInvoice = jurisdiction != null && jurisdiction.rounding() == TaxRounding.PER_INVOICE;
        for (Item item : items) {
            BigDecimal combined = item.components.stream().map(Component::percent).reduce(BigDecimal.ZERO,
                    BigDecimal::add);
            BigDecimal divisor = pricesIncludeTax ? HUNDRED.add(combined) : HUNDRED;
            for (Component component : item.components) {
                BigDecimal exact = item.amount.multiply(component.percent()).divide(divisor, digits + EXTRA_DIGITS,
                        RoundingMode.HALF_UP);
                item.exact.add(exact);
                item.rounded.add(Money.round(exact, digits));
            }
        }
        if (perInvoice) {
            roundPerInvoice(items, digits);
        }
        return result(currency, jurisdiction != null, pricesIncludeTax, lines, items, zero);
    }

    /** The components a line of this class is taxed at here: none where nothing is taxed. */
    private static List<Component> components(TaxClass taxClass, String hsn, String sku, Jurisdiction jurisdiction,
                                              TaxPlace place, TaxRules rules, Instant at) {
        if (jurisdiction == null) {
            return List.of();
        }
        TaxRate rate = rules.rate(place.supplyCountry(), place.supplyRegion(), taxClass, hsn, at).orElse(null);
        if (rate == null) {
            if (taxClass.needsRate()) {
                throw new MissingTaxRate("no " + taxClass + " rate in " + place.supplyCountry()
                        + (place.supplyRegion() == null ? "" : " (" + place.supplyRegion() + ")")
                        + (hsn == null ? "" : " for HSN " + hsn) + " at " + at + (sku == null ? "" : ", for " + sku));
            }
            return List.of(new Component(taxClass == TaxClass.EXEMPT ? "Exempt" : "Zero-rated",
                    BigDecimal.ZERO));
        }
        if (jurisdiction.scheme() == TaxScheme.GST && rate.percent().signum() > 0) {
            if (place.insideSellersRegion()) {
                BigDecimal half = rate.percent().divide(TWO);
                return List.of(new Component("CGST", half), new Component("SGST", half));
            }
            return List.of(new Component("IGST", rate.percent()));
        }
        return List.of(new Component(rate.name(), rate.percent()));
    }

    /**
     * The shipping charge shared over the goods by what they cost (an ancillary cost follows its goods), each share
     * taxed at its line's components; at the standard rate when the goods cost nothing.
     */
    private static List<Item> shippingItems(BigDecimal charge, List<TaxableLine> lines, List<Item> goods,
                                            int digits, Jurisdiction jurisdiction, TaxPlace place, TaxRules rules,
                                            Instant at) {
        List<BigDecimal> weights = lines.stream().map(TaxableLine::amount).toList();
        List<Item> items = new ArrayList<>();
        if (weights.stream().allMatch(w -> w.signum() == 0)) {
            items.add(new Item(-1, true, TaxClass.STANDARD, charge, components(TaxClass.STANDARD, null, null,
                    jurisdiction, place, rules, at)));
            return items;
        }
        List<BigDecimal> shares = Money.share(charge, weights, digits);
        for (int i = 0; i < shares.size(); i++) {
            if (shares.get(i).signum() > 0) {
                Item line = goods.get(i);
                items.add(new Item(i, true, line.taxClass, shares.get(i), line.components));
            }
        }
        return items;
    }

    /** Each component's tax over the basket rounded once, shared back over its items by the largest remainder. */
    private static void roundPerInvoice(List<Item> items, int digits) {
        Map<Component, List<int[]>> byComponent = new LinkedHashMap<>();
        for (int i = 0; i < items.size(); i++) {
            for (int c = 0; c < items.get(i).components.size(); c++) {
                byComponent.computeIfAbsent(items.get(i).components.get(c), k -> new ArrayList<>())
                        .add(new int[] {i, c});
            }
        }
        byComponent.forEach((component, places) -> {
            List<BigDecimal> exact = places.stream().map(p -> items.get(p[0]).exact.get(p[1])).toList();
            BigDecimal total = Money.round(exact.stream().reduce(BigDecimal.ZERO, BigDecimal::add), digits);
            if (total.signum() == 0) {
                places.forEach(p -> items.get(p[0]).rounded.set(p[1], total));
                return;
            }
            List<BigDecimal> shares = Money.share(total, exact, digits);
            for (int k = 0; k < places.size(); k++) {
                items.get(places.get(k)[0]).rounded.set(places.get(k)[1], shares.get(k));
            }
        });
    }

    private static TaxedBasket result(String currency, boolean taxed, boolean inclusive, List<TaxableLine> lines,
                                      List<Item> items, BigDecimal zero) {
        List<TaxedLine> taxedLines = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            int line = i;
            taxedLines.add(taxedLine(lines.get(i).sku(), lines.get(i).taxClass(),
                    items.stream().filter(item -> !item.shipping && item.line == line).toList(), inclusive, zero));
        }
        List<Item> shippingItems = items.stream().filter(item -> item.shipping).toList();
        TaxedLine shipping = shippingItems.isEmpty() ? null : taxedLine(null, null, shippingItems, inclusive, zero);
        Map<Component, BigDecimal[]> summary = new LinkedHashMap<>();
        for (Item item : items) {
            BigDecimal net = net(item, inclusive);
            for (int c = 0; c < item.components.size(); c++) {
                BigDecimal[] sums = summary.computeIfAbsent(item.components.get(c), k -> new BigDecimal[] {zero,
                        zero});
                sums[0] = sums[0].add(net);
                sums[1] = sums[1].add(item.rounded.get(c));
            }
        }
        BigDecimal net = zero;
        BigDecimal tax = zero;
        BigDecimal gross = zero;
        for (TaxedLine taxedLine : taxedLines) {
            net = net.add(taxedLine.net());
            tax = tax.add(taxedLine.tax());
            gross = gross.add(taxedLine.gross());
        }
        if (shipping != null) {
            net = net.add(shipping.net());
            tax = tax.add(shipping.tax());
            gross = gross.add(shipping.gross());
        }
        return new TaxedBasket(currency, taxed, inclusive, taxedLines, shipping, summary.entrySet().stream()
                .map(e -> new TaxAmount(e.getKey().name(), e.getKey().percent(), e.getValue()[0], e.getValue()[1]))
                .toList(), net, tax, gross);
    }

    private static TaxedLine taxedLine(String sku, TaxClass taxClass, List<Item> items, boolean inclusive,
                                       BigDecimal zero) {
        BigDecimal net = zero;
        BigDecimal tax = zero;
        Map<Component, BigDecimal[]> components = new LinkedHashMap<>();
        for (Item item : items) {
            BigDecimal itemNet = net(item, inclusive);
            net = net.add(itemNet);
            tax = tax.add(item.tax());
            for (int c = 0; c < item.components.size(); c++) {
                BigDecimal[] sums = components.computeIfAbsent(item.components.get(c), k -> new BigDecimal[] {zero,
                        zero});
                sums[0] = sums[0].add(itemNet);
                sums[1] = sums[1].add(item.rounded.get(c));
            }
        }
        return new TaxedLine(sku, taxClass, net, tax, net.add(tax), components.entrySet().stream()
                .map(e -> new TaxAmount(e.getKey().name(), e.getKey().percent(), e.getValue()[0], e.getValue()[1]))
                .toList());
    }

    private static BigDecimal net(Item item, boolean inclusive) {
        return inclusive ? item.amount.subtract(item.tax()) : item.amount;
    }
}
