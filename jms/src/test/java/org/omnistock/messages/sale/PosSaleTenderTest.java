package org.omnistock.messages.sale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

class PosSaleTenderTest {

    private static BigDecimal money(String amount) {
        return new BigDecimal(amount);
    }

    @Test
    void cashGivesChangeAndACardNeedsItsReference() {
        PosSaleTender cash = new PosSaleTender("CASH", money("17.50"), null, money("20.00"));
        assertEquals(List.of(), cash.problems());
        assertEquals(money("2.50"), cash.change());
        assertEquals(BigDecimal.ZERO, new PosSaleTender("CASH", money("17.50"), null, null).change());
        assertEquals(List.of("a card payment needs the terminal's reference"),
                new PosSaleTender("CARD", money("17.50"), null, null).problems());
        assertEquals(List.of(), new PosSaleTender("CARD", money("-5.00"), "T-1", null).problems(), "a refund");
    }

    @Test
    void wrongTendersSayWhy() {
        assertTrue(new PosSaleTender("GIFT_CARD", money("5.00"), "X", null).problems().get(0)
                .contains("gift cards and store credit are not taken yet"));
        assertEquals(List.of("amount must be an amount other than zero"),
                new PosSaleTender("CASH", BigDecimal.ZERO, null, null).problems());
        assertEquals(List.of("given is what was handed over for a payment: at least its amount"),
                new PosSaleTender("CASH", money("10.00"), null, money("5.00")).problems());
        assertEquals(List.of("given is for cash only"),
                new PosSaleTender("CARD", money("10.00"), "T-1", money("10.00")).problems());
    }
}
