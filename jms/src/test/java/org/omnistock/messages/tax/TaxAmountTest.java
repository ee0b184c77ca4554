package org.omnistock.messages.tax;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** Amounts added up per component and rate, as an order's summary and a document's tax by rate are. */
class TaxAmountTest {

    @Test
    void amountsOfOneComponentAndRateAddUpInTheOrderFirstMet() {
        List<TaxAmount> byRate = TaxAmount.byRate(Stream.of(
                new TaxAmount("CGST", new BigDecimal("2.5"), new BigDecimal("1000.00"), new BigDecimal("25.00")),
                new TaxAmount("SGST", new BigDecimal("2.5"), new BigDecimal("1000.00"), new BigDecimal("25.00")),
                new TaxAmount("CGST", new BigDecimal("2.50"), new BigDecimal("200.00"), new BigDecimal("5.00")),
                new TaxAmount("CGST", new BigDecimal("6"), new BigDecimal("100.00"), new BigDecimal("6.00"))));

        assertEquals(List.of(
                new TaxAmount("CGST", new BigDecimal("2.5"), new BigDecimal("1200.00"), new BigDecimal("30.00")),
                new TaxAmount("SGST", new BigDecimal("2.5"), new BigDecimal("1000.00"), new BigDecimal("25.00")),
                new TaxAmount("CGST", new BigDecimal("6"), new BigDecimal("100.00"), new BigDecimal("6.00"))), byRate,
                "2.5 and 2.50 are one rate; CGST and SGST stay apart");
    }
}
