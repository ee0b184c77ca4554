package org.omnistock.messages.tax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

class TaxEngineTest {

    private static final Instant FROM = Instant.parse("2019-01-01T00:00:00Z");
    private static final Instant NOW = Instant.parse("2026-12-07T10:00:00Z");

    /** The demo's: NL 21/9, BE 21/6, and India's GST by HSN (apparel 5 %, 12 % above a price is left out here). */
    static TaxRules rules(TaxRounding nl) {
        return new TaxRules(List.of(new Jurisdiction("NL", TaxScheme.VAT, nl),
                new Jurisdiction("BE", TaxScheme.VAT, TaxRounding.PER_LINE),
                new Jurisdiction("IN", TaxScheme.GST, TaxRounding.PER_LINE)), List.of(
                rate("NL", null, TaxClass.STANDARD, null, "21", "BTW hoog"),
                rate("NL", null, TaxClass.REDUCED, null, "9", "BTW laag"),
                rate("BE", null, TaxClass.STANDARD, null, "21", "BTW 21%"),
                rate("BE", null, TaxClass.REDUCED, null, "6", "BTW 6%"),
                rate("IN", null, TaxClass.STANDARD, null, "18", "GST 18%"),
                rate("IN", null, TaxClass.REDUCED, null, "5", "GST 5%"),
                rate("IN", null, TaxClass.STANDARD, "61", "12", "GST 12%"),
                rate("IN", null, TaxClass.STANDARD, "6109", "5", "GST 5%")));
    }

    private static TaxRate rate(String country, String region, TaxClass taxClass, String hsn, String percent,
                                String name) {
        return new TaxRate(country, region, taxClass, hsn, new BigDecimal(percent), name, FROM, null);
    }

    private static TaxableLine line(String sku, TaxClass taxClass, String amount) {
        return new TaxableLine(sku, taxClass, null, new BigDecimal(amount));
    }

    private static BigDecimal money(String amount) {
        return new BigDecimal(amount);
    }

    @Test
    void aDutchTillPricesIncludeVatAtTheStandardAndReducedRate() {
        TaxedBasket basket = TaxEngine.tax("EUR", List.of(line("TEE", TaxClass.STANDARD, "12.10"),
                line("BOOK", TaxClass.REDUCED, "10.90")), null, true, TaxPlace.at("NL", null),
                rules(TaxRounding.PER_LINE), NOW);
        assertTrue(basket.taxed());
        assertEquals(money("2.10"), basket.lines().get(0).tax());
        assertEquals(money("10.00"), basket.lines().get(0).net());
        assertEquals(money("0.90"), basket.lines().get(1).tax());
        assertEquals(money("23.00"), basket.gross(), "inclusive: the customer pays what the lines say");
        assertEquals(money("3.00"), basket.tax());
        assertEquals(List.of(new TaxAmount("BTW hoog", new BigDecimal("21"), money("10.00"), money("2.10")),
                new TaxAmount("BTW laag", new BigDecimal("9"), money("10.00"), money("0.90"))), basket.summary());
        assertNull(basket.shipping());
    }

    @Test
    void aBelgianListWithoutVatAddsItOnTop() {
        TaxedBasket basket = TaxEngine.tax("EUR", List.of(line("TEE", TaxClass.STANDARD, "10.00"),
                line("FOOD", TaxClass.REDUCED, "10.00")), null, false, TaxPlace.at("BE", null),
                rules(TaxRounding.PER_LINE), NOW);
        assertEquals(money("12.10"), basket.lines().get(0).gross());
        assertEquals(money("10.60"), basket.lines().get(1).gross());
        assertEquals(money("22.70"), basket.gross());
        assertEquals(money("20.00"), basket.net());
    }

    @Test
    void perInvoiceRoundingRoundsEachRateOnceAndTheLinesAddUpToIt() {
        List<TaxableLine> lines = List.of(line("A", TaxClass.STANDARD, "0.99"), line("B", TaxClass.STANDARD, "0.99"),
                line("C", TaxClass.STANDARD, "0.99"));
        TaxedBasket perLine = TaxEngine.tax("EUR", lines, null, true, TaxPlace.at("NL", null),
                rules(TaxRounding.PER_LINE), NOW);
        TaxedBasket perInvoice = TaxEngine.tax("EUR", lines, null, true, TaxPlace.at("NL", null),
                rules(TaxRounding.PER_INVOICE), NOW);
        assertEquals(money("0.51"), perLine.tax(), "0.1718... rounded three times");
        assertEquals(money("0.52"), perInvoice.tax(), "0.5154... rounded once");
        assertEquals(money("0.52"), perInvoice.lines().stream().map(TaxedLine::tax).reduce(BigDecimal::add)
                .orElseThrow());
        assertEquals(money("2.97"), perInvoice.gross());
    }

    @Test
    void gstInsideAStateIsHalfCentralHalfStateAndBetweenStatesIntegrated() {
        TaxRules rules = rules(TaxRounding.PER_LINE);
        List<TaxableLine> tee = List.of(new TaxableLine("TEE", TaxClass.STANDARD, "61091000", money("1000.00")));
        TaxedBasket inside = TaxEngine.tax("INR", tee, null, false, new TaxPlace("IN", "IN-KA", "IN", "IN-KA"),
                rules, NOW);
        assertEquals(List.of(new TaxAmount("CGST", new BigDecimal("2.5"), money("1000.00"), money("25.00")),
                new TaxAmount("SGST", new BigDecimal("2.5"), money("1000.00"), money("25.00"))), inside.summary());
        TaxedBasket between = TaxEngine.tax("INR", tee, null, false, new TaxPlace("IN", "IN-KA", "IN", "IN-MH"),
                rules, NOW);
        assertEquals(List.of(new TaxAmount("IGST", new BigDecimal("5"), money("1000.00"), money("50.00"))),
                between.summary());
        List<TaxableLine> trousers = List.of(new TaxableLine("JEANS", TaxClass.STANDARD, "62034200",
                money("1000.00")));
        assertEquals(money("180.00"), TaxEngine.tax("INR", trousers, null, false, new TaxPlace("IN", "IN-KA", "IN",
                "IN-MH"), rules, NOW).tax(), "62: no prefix of its own, the class's 18 %");
        List<TaxableLine> knit = List.of(new TaxableLine("SCARF", TaxClass.STANDARD, "61171000", money("1000.00")));
        assertEquals(money("120.00"), TaxEngine.tax("INR", knit, null, false, new TaxPlace("IN", "IN-KA", "IN",
                "IN-MH"), rules, NOW).tax(), "61 but not 6109: 12 %");
    }

    @Test
    void theRateValidAtTheSupplyCountsAndARegionsRateOverItsCountrys() {
        Instant change = Instant.parse("2027-01-01T00:00:00Z");
        TaxRules rules = new TaxRules(List.of(new Jurisdiction("NL", TaxScheme.VAT, TaxRounding.PER_LINE)), List.of(
                new TaxRate("NL", null, TaxClass.REDUCED, null, new BigDecimal("9"), "BTW laag", FROM, change),
                new TaxRate("NL", null, TaxClass.REDUCED, null, new BigDecimal("10"), "BTW laag", change, null),
                new TaxRate("NL", "NL-BQ1", TaxClass.REDUCED, null, new BigDecimal("0"), "ABB", FROM, null)));
        List<TaxableLine> lines = List.of(line("BOOK", TaxClass.REDUCED, "100.00"));
        assertEquals(money("8.26"), TaxEngine.tax("EUR", lines, null, true, TaxPlace.at("NL", null), rules,
                change.minusSeconds(1)).tax());
        assertEquals(money("9.09"), TaxEngine.tax("EUR", lines, null, true, TaxPlace.at("NL", null), rules, change)
                .tax());
        assertEquals(money("0.00"), TaxEngine.tax("EUR", lines, null, true, TaxPlace.at("NL", "NL-BQ1"), rules,
                change).tax());
    }

    @Test
    void aMissingRateIsRefusedWhileZeroRatedAndExemptLinesNeedNone() {
        TaxRules rules = new TaxRules(List.of(new Jurisdiction("DE", TaxScheme.VAT, TaxRounding.PER_LINE)),
                List.of());
        MissingTaxRate missing = assertThrows(MissingTaxRate.class, () -> TaxEngine.tax("EUR",
                List.of(line("TEE", TaxClass.STANDARD, "10.00")), null, true, TaxPlace.at("DE", null), rules, NOW));
        assertTrue(missing.getMessage().contains("no STANDARD rate in DE"), missing.getMessage());
        TaxedBasket basket = TaxEngine.tax("EUR", List.of(line("GIFT", TaxClass.EXEMPT, "10.00"),
                line("EXPORT", TaxClass.ZERO, "5.00")), null, true, TaxPlace.at("DE", null), rules, NOW);
        assertEquals(money("0.00"), basket.tax());
        assertEquals(List.of("Exempt", "Zero-rated"), basket.summary().stream().map(TaxAmount::name).toList(),
                "reported apart");
    }

    @Test
    void aPlaceThatTaxesNothingHereChargesNoTax() {
        TaxedBasket basket = TaxEngine.tax("EUR", List.of(line("TEE", TaxClass.STANDARD, "10.00")), money("4.95"),
                true, TaxPlace.at(null, null), rules(TaxRounding.PER_LINE), NOW);
        assertFalse(basket.taxed());
        assertEquals(money("0.00"), basket.tax());
        assertEquals(money("14.95"), basket.gross());
        assertTrue(basket.summary().isEmpty());
    }

    @Test
    void shippingFollowsItsGoodsRatesSharedByValue() {
        TaxedBasket basket = TaxEngine.tax("EUR", List.of(line("TEE", TaxClass.STANDARD, "30.00"),
                line("BOOK", TaxClass.REDUCED, "10.00")), money("4.00"), true, TaxPlace.at("NL", null),
                rules(TaxRounding.PER_LINE), NOW);
        TaxedLine shipping = basket.shipping();
        assertEquals(money("4.00"), shipping.gross());
        assertEquals(money("0.52").add(money("0.08")), shipping.tax(), "3.00 at 21 % and 1.00 at 9 %");
        assertEquals(money("44.00"), basket.gross());
        TaxAmount high = basket.summary().get(0);
        assertEquals(money("27.27"), high.base(), "24.79 of goods and 2.48 of shipping");
        TaxedBasket nothingButShipping = TaxEngine.tax("EUR", List.of(line("FREE", TaxClass.REDUCED, "0.00")),
                money("4.00"), true, TaxPlace.at("NL", null), rules(TaxRounding.PER_LINE), NOW);
        assertEquals(money("0.69"), nothingButShipping.tax(), "free goods: shipping at the standard rate");
    }

    /**
     * A thousand random baskets in EUR (NL, BE, either rounding) and INR (inside and between states): lines add up
     * to the basket, the summary to the tax, net + tax = gross everywhere, inclusive baskets cost what they said,
     * and the tax is within the rounding's bound of the exact figure.
     */
    @Test
    void randomBasketsAddUpAndStayWithinTheRoundingOfTheExactTax() {
        Random random = new Random(26);
        TaxClass[] classes = TaxClass.values();
        String[] hsn = {null, "61091000", "62034200", "61171000"};
        for (int round = 0; round < 1_000; round++) {
            boolean india = random.nextInt(3) == 0;
            TaxRounding rounding = random.nextBoolean() ? TaxRounding.PER_LINE : TaxRounding.PER_INVOICE;
            TaxRules rules = rules(rounding);
            String currency = india ? "INR" : "EUR";
            TaxPlace place = india ? new TaxPlace("IN", "IN-KA", "IN", random.nextBoolean() ? "IN-KA" : "IN-MH")
                    : TaxPlace.at(random.nextBoolean() ? "NL" : "BE", null);
            boolean inclusive = random.nextBoolean();
            List<TaxableLine> lines = new ArrayList<>();
            for (int i = 0; i < 1 + random.nextInt(8); i++) {
                lines.add(new TaxableLine("S" + i, classes[random.nextInt(classes.length)],
                        india ? hsn[random.nextInt(hsn.length)] : null,
                        BigDecimal.valueOf(random.nextInt(50_000), 2)));
            }
            BigDecimal shipping = random.nextBoolean() ? BigDecimal.ZERO.setScale(2)
                    : BigDecimal.valueOf(random.nextInt(1_000), 2);
            TaxedBasket basket = TaxEngine.tax(currency, lines, shipping, inclusive, place, rules, NOW);
            String label = "round " + round + ": " + basket;
            BigDecimal lineTax = basket.lines().stream().map(TaxedLine::tax).reduce(BigDecimal.ZERO, BigDecimal::add)
                    .add(basket.shipping() == null ? BigDecimal.ZERO : basket.shipping().tax());
            assertEquals(basket.tax(), lineTax, label);
            assertEquals(basket.tax(), basket.summary().stream().map(TaxAmount::tax).reduce(BigDecimal.ZERO,
                    BigDecimal::add), label);
            for (TaxedLine line : basket.lines()) {
                assertEquals(line.gross(), line.net().add(line.tax()), label);
            }
            assertEquals(basket.gross(), basket.net().add(basket.tax()), label);
            BigDecimal asked = lines.stream().map(TaxableLine::amount).reduce(shipping, BigDecimal::add);
            assertEquals(0, (inclusive ? basket.gross() : basket.net()).compareTo(asked), label);
            BigDecimal exact = BigDecimal.ZERO;
            int roundings = 0;
            for (TaxAmount component : basket.summary()) {
                roundings++;
                exact = exact.add(exactTax(lines, shipping, component, inclusive, place, rules));
            }
            boolean perLine = rules.jurisdiction(place.supplyCountry()).orElseThrow().rounding() == TaxRounding.PER_LINE;
            BigDecimal bound = new BigDecimal("0.005").multiply(BigDecimal.valueOf(perLine
                    ? (long) roundings * (lines.size() * 2) : roundings));
            assertTrue(basket.tax().subtract(exact).abs().compareTo(bound) <= 0, label + " exact " + exact);
        }
    }

    /**
     * The exact tax of one component: recomputed from the lines charged at its percent (zero-rated and exempt ones
     * come to 0 whichever they are counted under), with no rounding.
     */
    private static BigDecimal exactTax(List<TaxableLine> lines, BigDecimal shipping, TaxAmount component,
                                       boolean inclusive, TaxPlace place, TaxRules rules) {
        BigDecimal goods = lines.stream().map(TaxableLine::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal exact = BigDecimal.ZERO;
        for (TaxableLine line : lines) {
            BigDecimal percent = rules.rate(place.supplyCountry(), place.supplyRegion(), line.taxClass(), line.hsn(),
                    NOW).map(TaxRate::percent).orElse(BigDecimal.ZERO);
            boolean split = place.supplyCountry().equals("IN") && place.insideSellersRegion();
            BigDecimal part = split ? percent.divide(BigDecimal.valueOf(2)) : percent;
            if (part.compareTo(component.percent()) != 0) {
                continue;
            }
            BigDecimal amount = line.amount();
            if (goods.signum() > 0) {
                amount = amount.add(shipping.multiply(line.amount()).divide(goods, 20, RoundingMode.HALF_EVEN));
            }
            BigDecimal divisor = inclusive ? BigDecimal.valueOf(100).add(percent) : BigDecimal.valueOf(100);
            exact = exact.add(amount.multiply(part).divide(divisor, 20, RoundingMode.HALF_EVEN));
        }
        return exact;
    }
}
