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
        assertTrue(new PosSaleTender("VOUCHER", money("5.00"), "X", null).problems().get(0)
                .contains("CARD, CASH, GIFT_CARD, STORE_CREDIT"));
        assertEquals(List.of("a gift card payment needs the card's code as its reference"),
                new PosSaleTender("GIFT_CARD", money("5.00"), null, null).problems());
        assertEquals(List.of("nothing is paid back onto a gift card: give it back to a card or as store credit"),
                new PosSaleTender("GIFT_CARD", money("-5.00"), "ABCD-EFGH-JKMN-PQRS", null).problems());
        assertEquals(List.of(), new PosSaleTender("STORE_CREDIT", money("-5.00"), null, null).problems(),
                "a refund given as store credit");
        assertEquals(List.of("amount must be an amount other than zero"),
                new PosSaleTender("CASH", BigDecimal.ZERO, null, null).problems());
        assertEquals(List.of("given is what was handed over for a payment: at least its amount"),
                new PosSaleTender("CASH", money("10.00"), null, money("5.00")).problems());
        assertEquals(List.of("given is for cash only"),
                new PosSaleTender("CARD", money("10.00"), "T-1", money("10.00")).problems());
    }
}
