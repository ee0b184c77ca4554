package org.omnistock.purchasing.control;

import java.util.Locale;

import org.omnistock.purchasing.entity.SupplierItem;

/**
 * What to order of one SKU for one location (docs/erp.md, "suggestions"), pure: an order-point rule on the
 * location's forecast pace (units a day over the coming weeks). When what it holds and has coming covers less
 * than the supplier's lead time plus the safety days, it is filled up to cover the lead time, the review period
 * (until the next order) and the safety days, rounded up to the supplier's minimum and packs. Each suggestion says
 * its numbers.
 */
public final class OrderSuggestions {

    /** Days until the next order is placed: orders are reviewed weekly. */
    public static final int REVIEW_DAYS = 7;
    /** Days of sales kept beyond the lead time, against a late delivery or a busier week. */
    public static final int SAFETY_DAYS = 7;

    private OrderSuggestions() {
    }

    /**
     * A suggested quantity and why.
     *
     * @param quantity  units to order, after the minimum and packs (0: nothing to order)
     * @param coverDays what is held and coming covers this many days at the pace (null when it does not sell)
     * @param reason    the numbers, for the merchandiser
     */
    public record Suggestion(long quantity, Double coverDays, String reason) {
    }

    /**
     * @param pacePerDay    units the location is forecast to sell a day
     * @param available     units free to sell at the location now
     * @param incoming      units on their way to it (orders sent, transfers)
     * @param leadTimeDays  the supplier's lead time
     * @param item          what the supplier sells of the SKU: its minimum and packs round the quantity
     */
    public static Suggestion suggest(double pacePerDay, long available, long incoming, int leadTimeDays,
                                     SupplierItem item) {
        long position = available + incoming;
        if (pacePerDay <= 0) {
            return new Suggestion(0, null, "does not sell here: nothing to order");
        }
        double cover = position / pacePerDay;
        int orderPoint = leadTimeDays + SAFETY_DAYS;
        int upTo = orderPoint + REVIEW_DAYS;
        String numbers = String.format(Locale.ROOT,
                "forecast to sell %.2f a day; %d available and %d coming cover %.1f days", pacePerDay, available,
                incoming, cover);
        if (cover >= orderPoint) {
            return new Suggestion(0, cover, numbers + ", at least the lead time of " + leadTimeDays + " and "
                    + SAFETY_DAYS + " safety days: nothing to order");
        }
        long target = (long) Math.ceil(pacePerDay * upTo);
        long missing = Math.max(0, target - position);
        long quantity = missing == 0 ? 0 : item.orderable(missing);
        return new Suggestion(quantity, cover, numbers + ", less than the lead time of " + leadTimeDays + " and "
                + SAFETY_DAYS + " safety days; those and " + REVIEW_DAYS + " days to the next order (" + upTo
                + " days) need " + target + ", " + missing + " short" + (quantity == missing ? "" : ", " + quantity + " in packs of "
                + item.getPackSize() + (item.getMinimumQuantity() > 1 ? " from " + item.getMinimumQuantity() : "")));
    }
}
