package org.omnistock.messages;

import java.math.BigDecimal;

/**
 * The upper bounds every input is held to, on the server and at a till alike: no request or message may overflow
 * a number, exceed a column or exhaust memory. Decimals are checked by precision and scale before any arithmetic
 * is done with them, so a value such as {@code 1E+999999999} is refused, never expanded.
 */
public final class Limits {

    /** Units in one line, movement, count or transfer: a warehouse's stock of screws fits, an 11-digit typo does not. */
    public static final long MAX_QUANTITY = 10_000_000;

    /** What on hand may be said to be when a count compares with it (it may be negative after sales beyond it). */
    public static final long MAX_ON_HAND = 1_000_000_000_000L;

    /** Money: at most this many digits before the decimal point (the database keeps 15, 4 of them after it). */
    public static final int MONEY_INTEGER_DIGITS = 11;

    /** Money: at most this many digits after the decimal point. */
    public static final int MONEY_FRACTION_DIGITS = 4;

    /** A percentage: at most this many digits after the decimal point (12.5% is 12.5). */
    public static final int PERCENT_FRACTION_DIGITS = 4;

    /** Lines of one sale, basket or reservation. */
    public static final int MAX_LINES = 500;

    /** Codes of SKUs; of locations, channels and price lists. */
    public static final int MAX_SKU_CODE = 64;
    public static final int MAX_CODE = 32;

    /** References (receipt ids, delivery notes, order ids) and free-text names. */
    public static final int MAX_RECEIPT_ID = 64;
    public static final int MAX_REFERENCE = 128;
    public static final int MAX_NAME = 200;

    /** The largest page number a list may be asked for (page size is at most 500). */
    public static final int MAX_PAGE = 100_000;

    /** The most a receipt or basket may come to: it must fit the database's totals. */
    public static final BigDecimal MAX_TOTAL = new BigDecimal("99999999999.9999");

    private Limits() {
    }

    /**
     * Whether the decimal has at most these many digits before and after the point. Works on precision and scale
     * only, so it is safe for any value, however large its exponent.
     */
    public static boolean fits(BigDecimal value, int integerDigits, int fractionDigits) {
        BigDecimal stripped = value.stripTrailingZeros();
        long integerPart = (long) stripped.precision() - stripped.scale();
        return integerPart <= integerDigits && Math.max(0, stripped.scale()) <= fractionDigits;
    }

    /** Whether the amount is money the platform keeps: see {@link #MONEY_INTEGER_DIGITS}, {@link #MONEY_FRACTION_DIGITS}. */
    public static boolean isMoney(BigDecimal amount) {
        return fits(amount, MONEY_INTEGER_DIGITS, MONEY_FRACTION_DIGITS);
    }
}
