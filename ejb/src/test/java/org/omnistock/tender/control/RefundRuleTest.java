package org.omnistock.tender.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

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

    @Test
    void anOrdersRefundGoesToTheCardFirstThenAsStoreCredit() {
        Map<String, BigDecimal> paid = Map.of("CARD", m("30.00"), "GIFT_CARD", m("20.00"));
        assertEquals(Map.of("CARD", m("25.00")), RefundRule.allocate(paid, Map.of(), m("25.00"), true));
        assertEquals(Map.of("CARD", m("30.00"), "STORE_CREDIT", m("10.00")),
                RefundRule.allocate(paid, Map.of(), m("40.00"), true));
        assertEquals(Map.of("CARD", m("5.00"), "STORE_CREDIT", m("20.00")),
                RefundRule.allocate(paid, Map.of("CARD", m("25.00")), m("25.00"), true), "what is left of each");
        assertEquals(Map.of(), RefundRule.allocate(paid, Map.of("CARD", m("25.00")), m("25.01"), true),
                "more than was paid");
    }

    @Test
    void anOrderWithoutACustomerGetsTheGiftCardsPartBackToACard() {
        Map<String, BigDecimal> paid = Map.of("CARD", m("5.00"), "GIFT_CARD", m("20.00"));
        assertEquals(Map.of("CARD", m("25.00")), RefundRule.allocate(paid, Map.of(), m("25.00"), false));
        assertEquals(Map.of(), RefundRule.allocate(Map.of("STORE_CREDIT", m("10.00")), Map.of(), m("1.00"), false),
                "store credit paid: only store credit takes it back");
    }

    @Test
    void everySplitTheRuleMakesPassesTheRuleAndAddsUp() {
        Random random = new Random(26);
        String[] types = {"CARD", "GIFT_CARD", "STORE_CREDIT"};
        for (int i = 0; i < 10_000; i++) {
            Map<String, BigDecimal> paid = new HashMap<>();
            for (String type : types) {
                if (random.nextBoolean()) {
                    paid.put(type, BigDecimal.valueOf(random.nextInt(5_000), 2));
                }
            }
            Map<String, BigDecimal> before = new HashMap<>();
            boolean credit = random.nextBoolean();
            for (int refund = random.nextInt(3); refund > 0; refund--) {
                Map<String, BigDecimal> earlier = RefundRule.allocate(paid, before,
                        BigDecimal.valueOf(random.nextInt(3_000), 2), credit);
                earlier.forEach((type, amount) -> before.merge(type, amount, BigDecimal::add));
            }
            BigDecimal amount = BigDecimal.valueOf(1 + random.nextInt(6_000), 2);
            Map<String, BigDecimal> split = RefundRule.allocate(paid, before, amount, credit);
            if (split.isEmpty()) {
                assertTrue(!problems(paid, before, Map.of("CARD", amount)).isEmpty()
                        && (!credit || !problems(paid, before, Map.of("STORE_CREDIT", amount)).isEmpty()),
                        "refused only when nothing could take it: " + paid + " " + before + " " + amount);
                continue;
            }
            assertEquals(List.of(), problems(paid, before, split), paid + " " + before + " " + amount);
            assertEquals(0, amount.compareTo(split.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add)));
            assertTrue(credit || !split.containsKey("STORE_CREDIT"), "no store credit without a customer");
        }
    }
}
