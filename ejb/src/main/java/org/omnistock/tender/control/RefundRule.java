package org.omnistock.tender.control;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.omnistock.messages.sale.PosSaleTender;

/**
 * Where money paid back for goods brought back may go, given how the receipt they were bought on was paid: cash to
 * cash, card to card, store credit to store credit, and what a gift card paid to a card or to store credit (never
 * back onto the gift card, never as cash); never more per tender than that receipt took with it less what was paid
 * back against it before. A till names where its refund goes and is held to the rule ({@link #problems}); an
 * order's refund is split by it ({@link #allocate}). Pure: amounts are positive sums per tender type.
 */
public final class RefundRule {

    private RefundRule() {
    }

    /**
     * What is wrong with paying back {@code now} against a receipt paid with {@code paid}, after {@code before} was
     * paid back against it; empty when it may.
     */
    public static List<String> problems(String receipt, Map<String, BigDecimal> paid, Map<String, BigDecimal> before,
                                        Map<String, BigDecimal> now) {
        List<String> problems = new ArrayList<>();
        for (String type : now.keySet()) {
            if (!List.of(PosSaleTender.CASH, PosSaleTender.CARD, PosSaleTender.STORE_CREDIT).contains(type)) {
                problems.add("nothing is paid back as " + type);
            }
        }
        BigDecimal cashLeft = left(paid, before, PosSaleTender.CASH);
        if (amount(now, PosSaleTender.CASH).compareTo(cashLeft) > 0) {
            problems.add("pays back " + amount(now, PosSaleTender.CASH) + " in cash; " + receipt + " took "
                    + amount(paid, PosSaleTender.CASH) + " in cash, " + cashLeft + " of it not paid back yet");
        }
        // A gift card's part may go to a card or to store credit: each draws on its own kind first, then on it.
        BigDecimal cardOver = over(paid, before, now, PosSaleTender.CARD);
        BigDecimal creditOver = over(paid, before, now, PosSaleTender.STORE_CREDIT);
        BigDecimal giftCards = amount(paid, PosSaleTender.GIFT_CARD);
        if (cardOver.add(creditOver).compareTo(giftCards) > 0) {
            problems.add("pays back " + amount(now, PosSaleTender.CARD) + " to a card and "
                    + amount(now, PosSaleTender.STORE_CREDIT) + " as store credit; " + receipt + " took "
                    + amount(paid, PosSaleTender.CARD) + " by card, " + amount(paid, PosSaleTender.STORE_CREDIT)
                    + " in store credit and " + giftCards + " by gift card (which goes back to a card or as store "
                    + "credit), and " + amount(before, PosSaleTender.CARD) + " to a card and "
                    + amount(before, PosSaleTender.STORE_CREDIT) + " as store credit were paid back before");
        }
        return problems;
    }

    /**
     * Where an order's refund goes: to the card first, up to what cards paid less what went back to them, then as
     * store credit (when the order has a customer to hold it) up to what gift cards and store credit paid; an order
     * without a customer gets what a gift card paid back to a card. The split always passes {@link #problems}.
     *
     * @return the amount per tender type, in that order; empty when the amount is more than the rule lets go back
     */
    public static Map<String, BigDecimal> allocate(Map<String, BigDecimal> paid, Map<String, BigDecimal> before,
                                                   BigDecimal amount, boolean storeCreditPossible) {
        BigDecimal storedValue = amount(paid, PosSaleTender.GIFT_CARD).add(amount(paid, PosSaleTender.STORE_CREDIT));
        // What cards and store credit may still take together, and what the card alone may take before it draws
        // on the gift cards' part.
        BigDecimal room = amount(paid, PosSaleTender.CARD).add(storedValue)
                .subtract(amount(before, PosSaleTender.CARD)).subtract(amount(before, PosSaleTender.STORE_CREDIT));
        BigDecimal cardRoom = storeCreditPossible ? left(paid, before, PosSaleTender.CARD).max(BigDecimal.ZERO)
                : room.min(left(paid, before, PosSaleTender.CARD).add(amount(paid, PosSaleTender.GIFT_CARD)));
        if (amount.compareTo(room) > 0 || !storeCreditPossible && amount.compareTo(cardRoom) > 0) {
            return Map.of();
        }
        Map<String, BigDecimal> split = new LinkedHashMap<>();
        BigDecimal toCard = amount.min(cardRoom);
        if (toCard.signum() > 0) {
            split.put(PosSaleTender.CARD, toCard);
        }
        if (amount.compareTo(toCard) > 0) {
            split.put(PosSaleTender.STORE_CREDIT, amount.subtract(toCard));
        }
        return split;
    }

    private static BigDecimal left(Map<String, BigDecimal> paid, Map<String, BigDecimal> before, String type) {
        return amount(paid, type).subtract(amount(before, type));
    }

    /** What is paid back to this kind, before and now, beyond what the receipt took with it. */
    private static BigDecimal over(Map<String, BigDecimal> paid, Map<String, BigDecimal> before,
                                   Map<String, BigDecimal> now, String type) {
        return amount(before, type).add(amount(now, type)).subtract(amount(paid, type)).max(BigDecimal.ZERO);
    }

    private static BigDecimal amount(Map<String, BigDecimal> amounts, String type) {
        return amounts.getOrDefault(type, BigDecimal.ZERO);
    }
}
