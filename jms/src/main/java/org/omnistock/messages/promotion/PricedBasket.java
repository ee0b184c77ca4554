package org.omnistock.messages.promotion;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * @param subtotal       the lines before discounts
 * @param pointsSpent    the loyalty points spent: those asked for, or fewer when the goods cost less than they are
 *                       worth
 * @param pointsDiscount what those points took off the lines (one of their discounts, under
 *                       {@link BasketPricer#POINTS})
 * @param discountTotal  all discounts, on lines (points included) and on shipping
 * @param total          subtotal + shipping - discountTotal
 */
public record PricedBasket(String currency, List<PricedLine> lines, BigDecimal subtotal, BigDecimal shipping,
                           BigDecimal shippingDiscount, List<AppliedPromotion> applied,
                           List<SkippedPromotion> skipped, long pointsSpent, BigDecimal pointsDiscount,
                           BigDecimal discountTotal, BigDecimal total) implements Serializable {

    /** The same price with more promotions listed as skipped (held back by the server, for their reasons). */
    public PricedBasket withSkipped(List<SkippedPromotion> more) {
        List<SkippedPromotion> all = new ArrayList<>(skipped);
        all.addAll(more);
        return new PricedBasket(currency, lines, subtotal, shipping, shippingDiscount, applied, List.copyOf(all),
                pointsSpent, pointsDiscount, discountTotal, total);
    }
}
