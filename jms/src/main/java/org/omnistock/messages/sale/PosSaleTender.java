package org.omnistock.messages.sale;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.omnistock.messages.Limits;

/**
 * How part of a receipt was paid (docs/sale-to-cash.md, "tenders"): its type, the amount it paid (negative when it
 * paid money back, on a receipt of goods brought back), a reference (a card payment's, from the terminal; a gift
 * card's code), and for cash what the customer handed over (the change is the difference).
 *
 * <p>A gift card ({@code GIFT_CARD}) names its code as the till scanned it: the server keeps only its last four. It
 * pays, never is paid back onto (money given back for what a gift card paid goes to a card or to store credit).
 * Store credit ({@code STORE_CREDIT}) is the sale's customer's: positive it pays, negative it is given as a refund.
 * A till online redeems either first through the API under the reference {@code <store>/<receipt>}; offline the
 * sale redeems it when it arrives (docs/sale-to-cash.md, "stored value").</p>
 *
 * @param type      {@code CASH}, {@code CARD}, {@code GIFT_CARD}, {@code STORE_CREDIT}
 * @param reference required for a card: the terminal's reference, at most 64 characters; a gift card: its code
 * @param given     cash only: what was handed over, at least the amount; null when it was the amount exactly
 */
public record PosSaleTender(String type, BigDecimal amount, String reference, BigDecimal given) {

    public static final String CASH = "CASH";
    public static final String CARD = "CARD";
    public static final String GIFT_CARD = "GIFT_CARD";
    public static final String STORE_CREDIT = "STORE_CREDIT";
    /** The tenders a till may name. */
    public static final Set<String> TYPES = Set.of(CASH, CARD, GIFT_CARD, STORE_CREDIT);
    /** The most tenders one receipt may name. */
    public static final int MAX_TENDERS = 10;
    public static final int MAX_REFERENCE = 64;

    /** The change handed back: what was given beyond the amount; zero when nothing was. */
    public BigDecimal change() {
        return given == null ? BigDecimal.ZERO : given.subtract(amount);
    }

    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (type == null || !TYPES.contains(type)) {
            problems.add("type must be one of " + String.join(", ", TYPES.stream().sorted().toList()));
        }
        if (amount == null || amount.signum() == 0 || !Limits.isMoney(amount.abs())) {
            problems.add("amount must be an amount other than zero");
        }
        if (reference != null && (reference.isBlank() || reference.length() > MAX_REFERENCE)) {
            problems.add("reference, when given, is 1 to " + MAX_REFERENCE + " characters");
        }
        if (CARD.equals(type) && reference == null) {
            problems.add("a card payment needs the terminal's reference");
        }
        if (GIFT_CARD.equals(type) && reference == null) {
            problems.add("a gift card payment needs the card's code as its reference");
        }
        if (GIFT_CARD.equals(type) && amount != null && amount.signum() < 0) {
            problems.add("nothing is paid back onto a gift card: give it back to a card or as store credit");
        }
        if (given != null) {
            if (!CASH.equals(type)) {
                problems.add("given is for cash only");
            } else if (amount != null && (amount.signum() < 0 || !Limits.isMoney(given)
                    || given.compareTo(amount) < 0)) {
                problems.add("given is what was handed over for a payment: at least its amount");
            }
        }
        return problems;
    }
}
