package org.omnistock.messages;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;

/**
 * The one rounding rule for each kind of amount, at the currency's digits (EUR 2, JPY 0): the basket engine, the
 * server and a till offline call the same functions, so that what a customer was charged, what is refunded or
 * cancelled, what points are worth and what analytics count agree to the minor unit.
 *
 * <ul>
 *   <li>A price or total: {@link #round}, half up.</li>
 *   <li>Part of a line's units ({@link #unitsOfLine}): the line's total is spread over its units by position, unit
 *       {@code i} worth {@code round(total * i / quantity) - round(total * (i - 1) / quantity)}, so that any units
 *       together never come to more than the line, and all of them to exactly the line. Goods that leave (shipped,
 *       collected) and goods refunded take positions from the first unit up, cancelled goods from the last down:
 *       refunds and cancellations of one line never pass what it cost, and what was shipped less what was refunded
 *       is what the customer kept, to the minor unit.</li>
 *   <li>What points are worth ({@link #pointsWorth}): points times the value of one, rounded down, so a point is
 *       never worth more than it says.</li>
 *   <li>A basket's discount shared over its lines ({@link #share}): in proportion to their weights, each share
 *       rounded down, and the minor units left over given one each to the largest remainders (ties to the first
 *       line), so the shares come to exactly the discount.</li>
 * </ul>
 */
public final class Money {

    /** Quotients are worked out with this many more decimals than the currency has before they are rounded. */
    private static final int EXTRA_DIGITS = 12;

    private Money() {
    }

    /** The currency's minor-unit digits (ISO 4217): 2 for EUR, 0 for JPY. */
    public static int digits(String currency) {
        return Math.max(0, Currency.getInstance(currency).getDefaultFractionDigits());
    }

    /** A price or a total at the currency's digits, half up. */
    public static BigDecimal round(BigDecimal amount, int digits) {
        return amount.setScale(digits, RoundingMode.HALF_UP);
    }

    /**
     * An amount of money as it was stored (a column with more decimals than the currency, a sum of such) back at the
     * currency's digits; null, as a sum of nothing, is zero. Not a rounding: an amount finer than the currency was
     * never money, and throws.
     */
    public static BigDecimal stored(BigDecimal amount, int digits) {
        return amount == null ? BigDecimal.ZERO.setScale(digits) : amount.setScale(digits, RoundingMode.UNNECESSARY);
    }

    /**
     * What units at positions {@code from + 1} to {@code from + units} of a line come to, when all {@code quantity}
     * of its units come to {@code lineTotal}.
     */
    public static BigDecimal unitsOfLine(BigDecimal lineTotal, int quantity, int from, int units, int digits) {
        if (quantity <= 0 || from < 0 || units < 0 || from + units > quantity) {
            throw new IllegalArgumentException("units " + (from + 1) + " to " + (from + units) + " of a line of "
                    + quantity);
        }
        return upTo(lineTotal, quantity, from + units, digits).subtract(upTo(lineTotal, quantity, from, digits));
    }

    /** Units counted from the first: what units at positions 1 to {@code units} come to. */
    private static BigDecimal upTo(BigDecimal lineTotal, int quantity, int units, int digits) {
        return lineTotal.multiply(BigDecimal.valueOf(units)).divide(BigDecimal.valueOf(quantity), digits,
                RoundingMode.HALF_UP);
    }

    /** What these points are worth at {@code pointValue} each, rounded down to the minor unit. */
    public static BigDecimal pointsWorth(long points, BigDecimal pointValue, int digits) {
        return pointValue.multiply(BigDecimal.valueOf(points)).setScale(digits, RoundingMode.DOWN);
    }

    /**
     * What one of {@code points} points was worth when they were spent for {@code worth} in all: for giving back
     * some of them at {@link #pointsWorth}.
     */
    public static BigDecimal pointValue(BigDecimal worth, long points, int digits) {
        return worth.divide(BigDecimal.valueOf(points), digits + EXTRA_DIGITS, RoundingMode.DOWN);
    }

    /**
     * Shares {@code total} (at the currency's digits, zero or more) over lines in proportion to their weights (zero
     * or more, not all zero), by largest remainder.
     *
     * @return each line's share, in the weights' order; together exactly {@code total}
     */
    public static List<BigDecimal> share(BigDecimal total, List<BigDecimal> weights, int digits) {
        BigDecimal weightSum = weights.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        if (total.signum() < 0 || weightSum.signum() <= 0 || weights.stream().anyMatch(w -> w.signum() < 0)) {
            throw new IllegalArgumentException("cannot share " + total + " over " + weights);
        }
        BigDecimal unit = BigDecimal.ONE.movePointLeft(digits);
        List<BigDecimal> shares = new ArrayList<>(weights.size());
        List<BigDecimal> remainders = new ArrayList<>(weights.size());
        BigDecimal left = total.setScale(digits, RoundingMode.UNNECESSARY);
        for (BigDecimal weight : weights) {
            BigDecimal exact = total.multiply(weight).divide(weightSum, digits + EXTRA_DIGITS, RoundingMode.HALF_EVEN);
            BigDecimal floor = exact.setScale(digits, RoundingMode.FLOOR);
            shares.add(floor);
            remainders.add(exact.subtract(floor));
            left = left.subtract(floor);
        }
        List<Integer> byRemainder = new ArrayList<>();
        for (int i = 0; i < weights.size(); i++) {
            if (weights.get(i).signum() > 0) {
                byRemainder.add(i);
            }
        }
        byRemainder.sort(Comparator.comparing((Integer i) -> remainders.get(i)).reversed()
                .thenComparing(Comparator.naturalOrder()));
        for (int k = 0; left.signum() > 0; k++) {
            int line = byRemainder.get(k % byRemainder.size());
            shares.set(line, shares.get(line).add(unit));
            left = left.subtract(unit);
        }
        return shares;
    }
}
