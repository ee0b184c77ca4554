package org.omnistock.messages.sale;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.omnistock.messages.Limits;

/**
 * A receipt rung up at a store's till, sent to {@link org.omnistock.messages.Destinations#POS_SALES}.
 * The server records it once per (store, receipt id): a till that is unsure whether its sale arrived simply sends
 * it again.
 *
 * <p>A sale may name its customer, by the loyalty card scanned ({@code loyaltyCard}) or by the customer number the
 * till looked up ({@code customerNumber}); the receipt's total then earns them points (a receipt that comes to less
 * than nothing, goods brought back, takes them back). Both are optional: sales without them stay valid.</p>
 *
 * <p>The customer may pay part of it with points: {@code pointsSpent} points taking {@code pointsDiscount} off the
 * goods, as the till priced them with the basket engine (its lines' unit prices are before the points). The receipt
 * then comes to the lines less the points' worth, and that is what earns. A till that is online spends the points
 * first through the API, with the reference {@code <storeId>/<receiptId>}, so that no other till can spend them
 * meanwhile; the sale then finds them spent. A till offline cannot: the sale spends them when it arrives, even if
 * another till spent them meanwhile (the sale happened; the balance goes below zero and the movement says so).</p>
 *
 * <p>It names the promotions the till applied ({@code promotions}), as the basket engine gave them; their discounts
 * are already in the unit prices. The server counts them when the sale arrives, once per receipt: budgets, coupon
 * uses and per-customer limits, even beyond a budget or limit (the sale happened: the overrun is recorded). A till
 * that counted them online first ({@code POST /api/v1/redemptions} with the reference
 * {@code <storeId>/<receiptId>}) has them counted already.</p>
 *
 * <p>It may say how it was paid ({@code tenders}, {@link PosSaleTender}): cash with what was handed over, a card with
 * the terminal's reference, or several. They add up to what the customer paid (the receipt's total with tax where
 * the prices are without it); a sale that names none was paid in a way not said, as before.</p>
 *
 * <p>A receipt of goods brought back may name the receipt they were bought on ({@code refundOf},
 * {@code <storeId>/<receiptId>}): what it pays back then goes to the tenders that receipt was paid with, by rule
 * (cash to cash, card to card, a gift card to a card or to store credit, store credit to store credit), and never
 * more per tender than that receipt paid with it less what was paid back against it before.</p>
 */
public record PosSale(Integer schemaVersion, String storeId, String receiptId, Instant soldAt, List<PosSaleLine> lines,
                      String loyaltyCard, String customerNumber, Long pointsSpent, BigDecimal pointsDiscount,
                      List<PosSalePromotion> promotions, List<PosSaleTender> tenders, String refundOf) {

    public static final int SCHEMA_VERSION = 1;
    /** The longest loyalty card number or customer number a sale may carry. */
    public static final int MAX_CUSTOMER_KEY = 32;
    /** The most points one sale may spend. */
    public static final long MAX_POINTS = 1_000_000_000L;
    /** The most promotions one sale may name. */
    public static final int MAX_PROMOTIONS = 50;

    public PosSale {
        lines = lines == null ? null : List.copyOf(lines);
        promotions = promotions == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(promotions));
        tenders = tenders == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(tenders));
    }

    /** The reference its promotions are counted under, the one a till online redeems them with. */
    public String redemptionReference() {
        return storeId + "/" + receiptId;
    }

    /**
     * What is wrong with this sale as a message, before any lookup: the same rules a till applies before sending.
     *
     * @return the problems, empty if there are none
     */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (schemaVersion == null || schemaVersion != SCHEMA_VERSION) {
            problems.add("schemaVersion must be " + SCHEMA_VERSION);
        }
        if (storeId == null || storeId.isBlank()) {
            problems.add("storeId is required");
        } else if (storeId.length() > Limits.MAX_CODE) {
            problems.add("storeId is longer than " + Limits.MAX_CODE + " characters");
        }
        if (receiptId == null || receiptId.isBlank()) {
            problems.add("receiptId is required");
        } else if (receiptId.length() > Limits.MAX_RECEIPT_ID) {
            problems.add("receiptId is longer than " + Limits.MAX_RECEIPT_ID + " characters");
        }
        if (soldAt == null) {
            problems.add("soldAt is required");
        }
        if (loyaltyCard != null && (loyaltyCard.isBlank() || loyaltyCard.length() > MAX_CUSTOMER_KEY)) {
            problems.add("loyaltyCard, when given, is 1 to " + MAX_CUSTOMER_KEY + " characters");
        }
        if (customerNumber != null && (customerNumber.isBlank() || customerNumber.length() > MAX_CUSTOMER_KEY)) {
            problems.add("customerNumber, when given, is 1 to " + MAX_CUSTOMER_KEY + " characters");
        }
        if (pointsSpent != null || pointsDiscount != null) {
            if (loyaltyCard == null && customerNumber == null) {
                problems.add("points are spent by a customer: the sale needs loyaltyCard or customerNumber");
            }
            if (pointsSpent == null || pointsSpent <= 0 || pointsSpent > MAX_POINTS) {
                problems.add("pointsSpent must be 1 to " + MAX_POINTS);
            }
            if (pointsDiscount == null || pointsDiscount.signum() < 0 || !Limits.isMoney(pointsDiscount)) {
                problems.add("pointsDiscount must be an amount of zero or more");
            }
        }
        if (promotions.size() > MAX_PROMOTIONS) {
            problems.add("a sale names at most " + MAX_PROMOTIONS + " promotions");
        } else {
            for (int i = 0; i < promotions.size(); i++) {
                PosSalePromotion promotion = promotions.get(i);
                if (promotion == null) {
                    problems.add("promotions[" + i + "] is empty");
                } else {
                    String label = "promotions[" + i + "]: ";
                    promotion.problems().forEach(p -> problems.add(label + p));
                }
            }
        }
        if (refundOf != null && (refundOf.length() > Limits.MAX_CODE + 1 + Limits.MAX_RECEIPT_ID
                || refundOf.indexOf('/') <= 0 || refundOf.endsWith("/"))) {
            problems.add("refundOf is the receipt the goods were bought on: <storeId>/<receiptId>");
        }
        if (tenders.size() > PosSaleTender.MAX_TENDERS) {
            problems.add("a sale names at most " + PosSaleTender.MAX_TENDERS + " tenders");
        } else {
            for (int i = 0; i < tenders.size(); i++) {
                PosSaleTender tender = tenders.get(i);
                if (tender == null) {
                    problems.add("tenders[" + i + "] is empty");
                } else {
                    String label = "tenders[" + i + "]: ";
                    tender.problems().forEach(p -> problems.add(label + p));
                }
            }
        }
        if (lines == null || lines.isEmpty()) {
            problems.add("a sale needs at least one line");
        } else if (lines.size() > Limits.MAX_LINES) {
            problems.add("a sale has at most " + Limits.MAX_LINES + " lines, not " + lines.size());
        } else {
            for (int i = 0; i < lines.size(); i++) {
                PosSaleLine line = lines.get(i);
                if (line == null) {
                    problems.add("lines[" + i + "] is empty");
                } else {
                    String label = "lines[" + line.indexLabel(i) + "]: ";
                    line.problems().forEach(p -> problems.add(label + p));
                }
            }
            if (problems.isEmpty() && total().abs().compareTo(Limits.MAX_TOTAL) > 0) {
                problems.add("the receipt comes to more than " + Limits.MAX_TOTAL.toPlainString());
            }
            if (problems.isEmpty() && pointsDiscount != null && pointsDiscount.compareTo(soldGoods()) > 0) {
                problems.add("pointsDiscount is more than the goods sold cost");
            }
        }
        return problems;
    }

    /**
     * What the receipt comes to: sold lines less lines brought back, less the points' worth. Only for a sale whose
     * lines have no problems, whose amounts are therefore bounded.
     */
    public BigDecimal total() {
        BigDecimal total = pointsDiscount == null ? BigDecimal.ZERO : pointsDiscount.negate();
        for (PosSaleLine line : lines) {
            BigDecimal amount = line.unitPrice().multiply(BigDecimal.valueOf(line.quantity()));
            total = line.isReturn() ? total.subtract(amount) : total.add(amount);
        }
        return total;
    }

    private BigDecimal soldGoods() {
        return lines.stream().filter(line -> !line.isReturn())
                .map(line -> line.unitPrice().multiply(BigDecimal.valueOf(line.quantity())))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
