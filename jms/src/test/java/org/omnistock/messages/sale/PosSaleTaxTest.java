package org.omnistock.messages.sale;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.omnistock.messages.tax.Jurisdiction;
import org.omnistock.messages.tax.SkuTax;
import org.omnistock.messages.tax.TaxAmount;
import org.omnistock.messages.tax.TaxClass;
import org.omnistock.messages.tax.TaxPlace;
import org.omnistock.messages.tax.TaxRate;
import org.omnistock.messages.tax.TaxRounding;
import org.omnistock.messages.tax.TaxRules;
import org.omnistock.messages.tax.TaxScheme;

class PosSaleTaxTest {

    private static final Instant FROM = Instant.parse("2019-01-01T00:00:00Z");
    private static final TaxRules NL = new TaxRules(List.of(new Jurisdiction("NL", TaxScheme.VAT,
            TaxRounding.PER_LINE)), List.of(
            new TaxRate("NL", null, TaxClass.STANDARD, null, new BigDecimal("21"), "BTW hoog", FROM, null),
            new TaxRate("NL", null, TaxClass.REDUCED, null, new BigDecimal("9"), "BTW laag", FROM, null)));
    private static final Map<String, SkuTax> TAX_OF = Map.of("TEE", SkuTax.STANDARD,
            "BOOK", new SkuTax(TaxClass.REDUCED, null));

    private static PosSale sale(BigDecimal pointsDiscount, PosSaleLine... lines) {
        return new PosSale(1, "S1", "R1", Instant.parse("2026-12-07T10:00:00Z"), List.of(lines),
                pointsDiscount == null ? null : "CARD-1", null, pointsDiscount == null ? null : 100L, pointsDiscount,
                List.of(), null, null);
    }

    private static PosSaleLine sold(String sku, int quantity, String unitPrice) {
        return new PosSaleLine(sku, quantity, new BigDecimal(unitPrice), null, null, null);
    }

    @Test
    void pointsComeOffTheLinesBeforeTheyAreTaxedShareByValue() {
        PosSale sale = sale(new BigDecimal("2.30"), sold("TEE", 1, "12.10"), sold("BOOK", 1, "10.90"));
        PosSaleTax tax = PosSaleTax.of(sale, TAX_OF, TaxPlace.at("NL", null), NL, true, "EUR");
        assertEquals(new BigDecimal("20.70"), tax.gross(), "23.00 less 2.30 of points");
        assertEquals(List.of(new TaxAmount("BTW hoog", new BigDecimal("21"), new BigDecimal("9.00"),
                new BigDecimal("1.89")), new TaxAmount("BTW laag", new BigDecimal("9"), new BigDecimal("9.00"),
                new BigDecimal("0.81"))), tax.summary(), "10.89 and 9.81 paid: 1.21 and 1.09 of points");
        assertEquals(tax.net(), tax.lineNet().stream().reduce(BigDecimal.ZERO, BigDecimal::add));
    }

    @Test
    void linesBroughtBackTakeTheirTaxOff() {
        PosSale sale = sale(null, sold("TEE", 2, "12.10"), new PosSaleLine("TEE", 1, new BigDecimal("12.10"),
                "SELLABLE", null, null));
        PosSaleTax tax = PosSaleTax.of(sale, TAX_OF, TaxPlace.at("NL", null), NL, true, "EUR");
        assertEquals(new BigDecimal("12.10"), tax.gross());
        assertEquals(new BigDecimal("2.10"), tax.tax());
        assertEquals(List.of(new BigDecimal("20.00"), new BigDecimal("-10.00")), tax.lineNet());
        assertEquals(new BigDecimal("10.00"), tax.summary().get(0).base());
    }

    @Test
    void aReceiptOnlyOfGoodsBroughtBackHasNegativeTax() {
        PosSale sale = sale(null, new PosSaleLine("BOOK", 1, new BigDecimal("10.90"), "DAMAGED", null, null));
        PosSaleTax tax = PosSaleTax.of(sale, TAX_OF, TaxPlace.at("NL", null), NL, true, "EUR");
        assertEquals(new BigDecimal("-10.90"), tax.gross());
        assertEquals(new BigDecimal("-0.90"), tax.tax());
    }
}
