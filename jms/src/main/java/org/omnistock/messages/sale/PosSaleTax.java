package org.omnistock.messages.sale;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.omnistock.messages.Money;
import org.omnistock.messages.tax.TaxAmount;
import org.omnistock.messages.tax.SkuTax;
import org.omnistock.messages.tax.TaxEngine;
import org.omnistock.messages.tax.TaxPlace;
import org.omnistock.messages.tax.TaxRules;
import org.omnistock.messages.tax.TaxableLine;
import org.omnistock.messages.tax.TaxedBasket;

/**
 * A till receipt's tax, as the server records it and a till prints it, by the one tax engine: the sold lines, each
 * less its share of the points' worth (by value, {@link Money#share}), taxed as one basket; the lines brought back
 * as another, taken off. Amounts are signed: a receipt of goods brought back has negative tax.
 *
 * @param summary per component and rate: base and tax, sold less brought back
 * @param lineNet each line's amount net of tax, in the receipt's order, signed (brought back negative)
 * @param net     what the receipt comes to net of tax
 * @param gross   what the customer pays: the receipt's total if prices include tax, else that plus the tax
 */
public record PosSaleTax(List<TaxAmount> summary, List<BigDecimal> lineNet, BigDecimal net, BigDecimal tax,
                         BigDecimal gross) {

    /**
     * @param taxOf      each line's SKU's tax class and code
     * @throws org.omnistock.messages.tax.MissingTaxRate when a line's rate is unknown at {@code soldAt}
     */
    public static PosSaleTax of(PosSale sale, Map<String, SkuTax> taxOf, TaxPlace place, TaxRules rules,
                                boolean pricesIncludeTax, String currency) {
        int digits = Money.digits(currency);
        List<PosSaleLine> lines = sale.lines();
        List<BigDecimal> sold = new ArrayList<>();
        for (PosSaleLine line : lines) {
            sold.add(line.isReturn() ? BigDecimal.ZERO : amount(line, digits));
        }
        boolean points = sale.pointsDiscount() != null && sale.pointsDiscount().signum() > 0;
        List<BigDecimal> pointsShares = points ? Money.share(Money.round(sale.pointsDiscount(), digits), sold, digits)
                : null;
        List<TaxableLine> soldLines = new ArrayList<>();
        List<Integer> soldAt = new ArrayList<>();
        List<TaxableLine> returnedLines = new ArrayList<>();
        List<Integer> returnedAt = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            PosSaleLine line = lines.get(i);
            SkuTax tax = taxOf.get(line.sku());
            if (line.isReturn()) {
                returnedLines.add(new TaxableLine(line.sku(), tax.taxClass(), tax.hsnCode(), amount(line, digits)));
                returnedAt.add(i);
            } else {
                BigDecimal amount = pointsShares == null ? sold.get(i) : sold.get(i).subtract(pointsShares.get(i));
                soldLines.add(new TaxableLine(line.sku(), tax.taxClass(), tax.hsnCode(), amount));
                soldAt.add(i);
            }
        }
        Instant at = sale.soldAt();
        TaxedBasket out = TaxEngine.tax(currency, soldLines, null, pricesIncludeTax, place, rules, at);
        TaxedBasket back = TaxEngine.tax(currency, returnedLines, null, pricesIncludeTax, place, rules, at);
        BigDecimal[] lineNet = new BigDecimal[lines.size()];
        for (int k = 0; k < soldAt.size(); k++) {
            lineNet[soldAt.get(k)] = out.lines().get(k).net();
        }
        for (int k = 0; k < returnedAt.size(); k++) {
            lineNet[returnedAt.get(k)] = back.lines().get(k).net().negate();
        }
        Map<String, TaxAmount> summary = new LinkedHashMap<>();
        out.summary().forEach(t -> summary.merge(t.name() + "@" + t.percent().toPlainString(), t, PosSaleTax::plus));
        back.summary().forEach(t -> summary.merge(t.name() + "@" + t.percent().toPlainString(),
                new TaxAmount(t.name(), t.percent(), t.base().negate(), t.tax().negate()), PosSaleTax::plus));
        return new PosSaleTax(List.copyOf(summary.values()), List.of(lineNet), out.net().subtract(back.net()),
                out.tax().subtract(back.tax()), out.gross().subtract(back.gross()));
    }

    private static BigDecimal amount(PosSaleLine line, int digits) {
        return Money.round(line.unitPrice().multiply(BigDecimal.valueOf(line.quantity())), digits);
    }

    private static TaxAmount plus(TaxAmount a, TaxAmount b) {
        return new TaxAmount(a.name(), a.percent(), a.base().add(b.base()), a.tax().add(b.tax()));
    }
}
