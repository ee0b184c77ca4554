package org.omnistock.order.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.omnistock.catalog.entity.Sku;
import org.omnistock.messages.tax.TaxAmount;
import org.omnistock.messages.tax.TaxedLine;
import org.omnistock.tax.entity.TaxSummaryLine;

/**
 * The tax of units shipped or brought back, per component and rate, as their invoice or credit note prints it: the
 * units' tax split over the line's components, adding up to it to the minor unit.
 */
class OrderLineTaxTest {

    private static final Instant NOW = Instant.parse("2026-12-07T12:00:00Z");

    private static OrderLine line(String currency, int quantity, BigDecimal gross, List<TaxAmount> components) {
        CustomerOrder order = new CustomerOrder("WEB", "x", "digest", null, null, currency, "test", NOW);
        OrderLine line = order.addLine(new Sku("SHIRT", "Shirt", "Tops", NOW), null, quantity,
                gross.divide(BigDecimal.valueOf(quantity), 4, java.math.RoundingMode.HALF_EVEN), BigDecimal.ZERO,
                gross);
        BigDecimal tax = components.stream().map(TaxAmount::tax).reduce(BigDecimal.ZERO, BigDecimal::add);
        order.taxedAs(List.<TaxSummaryLine>of(), List.of(new TaxedLine("SHIRT", null, gross.subtract(tax), tax, gross,
                components)), List.of());
        return line;
    }

    @Test
    void gstUnitsPrintTheirCgstAndSgstOnTheirNet() {
        OrderLine shirts = line("INR", 3, new BigDecimal("3150.00"), List.of(
                new TaxAmount("CGST", new BigDecimal("2.5"), new BigDecimal("3000.00"), new BigDecimal("75.00")),
                new TaxAmount("SGST", new BigDecimal("2.5"), new BigDecimal("3000.00"), new BigDecimal("75.00"))));

        List<TaxAmount> first = shirts.taxOf(shirts.sold(1));

        assertEquals(List.of(new TaxAmount("CGST", new BigDecimal("2.5"), new BigDecimal("1000.00"),
                new BigDecimal("25.00")), new TaxAmount("SGST", new BigDecimal("2.5"), new BigDecimal("1000.00"),
                new BigDecimal("25.00"))), first);
        List<TaxAmount> back = shirts.taxOf(shirts.returned(1).negated());
        assertEquals(new BigDecimal("-1000.00"), back.get(0).base(), "a credit note's base is negative");
        assertEquals(new BigDecimal("-25.00"), back.get(1).tax());
    }

    @Test
    void anUntaxedLinePrintsNoComponentsAndAZeroRatedOneItsRateAtZero() {
        assertEquals(List.of(), line("EUR", 2, new BigDecimal("10.00"), List.of()).taxOf(
                new OrderLine.Share(new BigDecimal("5.00"), BigDecimal.ZERO.setScale(2))));
        OrderLine zeroRated = line("EUR", 2, new BigDecimal("10.00"), List.of(new TaxAmount("BTW 0%",
                BigDecimal.ZERO, new BigDecimal("10.00"), new BigDecimal("0.00"))));
        List<TaxAmount> printed = zeroRated.taxOf(zeroRated.sold(1));
        assertEquals(1, printed.size());
        assertEquals(new BigDecimal("5.00"), printed.get(0).base());
        assertEquals(0, printed.get(0).tax().signum());
    }

    @Test
    void everyShareSplitsIntoComponentsThatAddUpToItsTax() {
        Random random = new Random(7);
        for (int n = 0; n < 5_000; n++) {
            int quantity = 1 + random.nextInt(9);
            BigDecimal gross = BigDecimal.valueOf(100 + random.nextInt(1_000_000), 2);
            BigDecimal first = BigDecimal.valueOf(random.nextInt(20_000), 2);
            BigDecimal second = BigDecimal.valueOf(random.nextInt(20_000), 2);
            OrderLine line = line("EUR", quantity, gross, List.of(
                    new TaxAmount("A", new BigDecimal("9"), gross, first),
                    new TaxAmount("B", new BigDecimal("12"), gross, second)));
            while (line.getSoldQuantity() < quantity) {
                OrderLine.Share share = line.sold(1 + random.nextInt(quantity - line.getSoldQuantity()));
                List<TaxAmount> parts = line.taxOf(share);
                assertEquals(share.tax(), parts.get(0).tax().add(parts.get(1).tax()), "parts of " + share);
                assertEquals(share.net(), parts.get(0).base());
                BigDecimal whole = first.add(second);
                if (whole.signum() > 0) {
                    BigDecimal exact = share.tax().multiply(first).divide(whole, 6, java.math.RoundingMode.HALF_EVEN);
                    assertTrue(exact.subtract(parts.get(0).tax()).abs().compareTo(new BigDecimal("0.01")) <= 0,
                            parts + " against " + exact);
                }
            }
        }
    }

    @Test
    void theShippingChargeIsInvoicedOnceWithItsTaxByRate() {
        CustomerOrder order = new CustomerOrder("WEB", "x", "digest", null, null, "EUR", "test", NOW);
        order.addLine(new Sku("TEE", "Tee", "Tops", NOW), null, 1, new BigDecimal("24.20"), BigDecimal.ZERO,
                new BigDecimal("24.20"));
        order.priced(new BigDecimal("24.20"), new BigDecimal("6.95"), new BigDecimal("0.90"), new BigDecimal("0.90"),
                new BigDecimal("30.25"));
        order.taxedAs(List.of(), List.of(new TaxedLine("TEE", null, new BigDecimal("20.00"), new BigDecimal("4.20"),
                new BigDecimal("24.20"), List.of())), List.of(new TaxAmount("BTW hoog", new BigDecimal("21"),
                new BigDecimal("5.00"), new BigDecimal("1.05"))));

        CustomerOrder.ShippingCharge charge = order.invoiceShipping().orElseThrow();

        assertEquals(new BigDecimal("6.05"), charge.gross(), "shipping less its discount");
        assertEquals(new BigDecimal("1.05"), charge.tax());
        assertEquals(new BigDecimal("5.00"), charge.net());
        assertTrue(order.invoiceShipping().isEmpty(), "once, with the first goods to leave");
        assertEquals(new BigDecimal("-6.05"), order.shippingCharged().orElseThrow().negated().gross());
        CustomerOrder free = new CustomerOrder("WEB", "y", "digest", null, null, "EUR", "test", NOW);
        assertTrue(free.invoiceShipping().isEmpty(), "no shipping, nothing to invoice");
    }
}
