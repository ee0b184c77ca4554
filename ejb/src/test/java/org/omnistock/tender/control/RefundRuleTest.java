package org.omnistock.sale.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class RefundRuleTest {

    private static BigDecimal m(String amount) {
        return new BigDecimal(amount);
    }

    private static List<String> problems(Map<String, BigDecimal> paid, Map<String, BigDecimal> before,
                                         Map<String, BigDecimal> now) {
        return RefundRule.problems("S1/R1", paid, before, now);
    }

    @Test
    void cashGoesBackAsCashAndACardToACardEachUpToWhatItPaid() {
        Map<String, BigDecimal> paid = Map.of("CASH", m("16.00"), "CARD", m("30.00"));
        assertEquals(List.of(), problems(paid, Map.of(), Map.of("CASH", m("16.00"), "CARD", m("7.00"))));
        assertEquals(List.of(), problems(paid, Map.of("CASH", m("16.00"), "CARD", m("7.00")),
                Map.of("CARD", m("23.00"))), "the rest of the card's part later");
        List<String> tooMuchCash = problems(paid, Map.of(), Map.of("CASH", m("23.00")));
        assertEquals(1, tooMuchCash.size());
        assertTrue(tooMuchCash.get(0).contains("pays back 23.00 in cash; S1/R1 took 16.00 in cash, 16.00 of it not "
                + "paid back yet"), tooMuchCash.get(0));
        assertEquals(1, problems(paid, Map.of("CARD", m("30.00")), Map.of("CARD", m("0.01"))).size(),
                "nothing left on the card");
    }

    @Test
    void whatAGiftCardPaidGoesToACardOrStoreCreditNeverToCash() {
        Map<String, BigDecimal> paid = Map.of("GIFT_CARD", m("20.00"), "CARD", m("5.00"));
        assertEquals(List.of(), problems(paid, Map.of(), Map.of("CARD", m("15.00"), "STORE_CREDIT", m("10.00"))));
        assertEquals(1, problems(paid, Map.of(), Map.of("CARD", m("15.00"), "STORE_CREDIT", m("10.01"))).size());
        assertEquals(1, problems(paid, Map.of(), Map.of("CASH", m("1.00"))).size(), "no cash was taken");
        assertEquals(1, problems(paid, Map.of("STORE_CREDIT", m("20.00")), Map.of("CARD", m("5.01"))).size(),
                "the gift card's part went as store credit before");
    }

    @Test
    void nothingIsPaidBackOntoAGiftCard() {
        assertEquals(List.of("nothing is paid back as GIFT_CARD"), problems(Map.of("GIFT_CARD", m("20.00")),
                Map.of(), Map.of("GIFT_CARD", m("5.00"))));
    }
}
