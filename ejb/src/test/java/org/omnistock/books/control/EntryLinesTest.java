package org.omnistock.books.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

class EntryLinesTest {

    private static BigDecimal eur(String amount) {
        return new BigDecimal(amount);
    }

    @Test
    void signedAmountsGoToTheirSideAndAZeroMakesNoLine() {
        // A receipt of 30.00 that settles oversold units: stock up 28.50, cost of goods 1.50 (CostPositionTest).
        EntryLines entry = EntryLines.in(2).signed("1300", eur("28.50")).signed("5000", eur("1.50"))
                .signed("5100", eur("0.00")).credit("2100", eur("30.00")).balanced();

        assertEquals(3, entry.lines().size());
        assertEquals(eur("28.50"), entry.lines().get(0).debit());
        assertEquals(eur("1.50"), entry.lines().get(1).debit());

        EntryLines cheaper = EntryLines.in(2).signed("1300", eur("30.60")).signed("5000", eur("-0.60"))
                .credit("2100", eur("30.00")).balanced();
        assertEquals(eur("0.60"), cheaper.lines().get(1).credit());
    }

    @Test
    void anEntryThatDoesNotBalanceOrIsNotMoneyIsRefused() {
        EntryLines.Unbalanced off = assertThrows(EntryLines.Unbalanced.class, () -> EntryLines.in(2)
                .debit("1300", eur("10.00")).credit("2100", eur("9.99")).balanced());
        assertTrue(off.getMessage().contains("differ by 0.01"), off.getMessage());
        assertThrows(EntryLines.Unbalanced.class, () -> EntryLines.in(2).debit("1300", eur("10.00")).balanced(),
                "one line");
        assertThrows(EntryLines.Unbalanced.class, () -> EntryLines.in(2).debit("1300", eur("10.001"))
                .credit("2100", eur("10.001")).balanced(), "a tenth of a cent");
        assertThrows(EntryLines.Unbalanced.class, () -> EntryLines.in(2).debit("1300", eur("-5.00"))
                .credit("2100", eur("-5.00")).balanced(), "a negative amount");
        assertThrows(EntryLines.Unbalanced.class, () -> EntryLines.in(2).debit("1300", eur("0.00"))
                .credit("2100", eur("0.00")).balanced(), "lines on no side");
    }

    @Test
    void aReversalSwapsEverySideAndBalances() {
        EntryLines sale = EntryLines.in(2).debit("5000", eur("7.50")).credit("1300", eur("7.50")).balanced();

        EntryLines reversal = sale.reversed();

        assertEquals(new EntryLines.Line("5000", eur("0.00"), eur("7.50")), reversal.lines().get(0));
        assertEquals(new EntryLines.Line("1300", eur("7.50"), eur("0.00")), reversal.lines().get(1));
    }
}
