package org.omnistock.messages.promotion;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.regex.Pattern;

import org.omnistock.messages.Limits;

/**
 * A promotion as the engine applies it and as stores receive it. Fields not used by its type are null.
 *
 * @param targetValues     category names or SKU codes, for those targets
 * @param percent          0 &lt; percent &lt;= 100
 * @param minimumSubtotal  the qualifying items must come to at least this, after promotions of higher priority
 * @param channels         the channels it is valid in; empty for all channels
 * @param validTo          exclusive; null for "until withdrawn"
 * @param priority         higher goes first, and wins among exclusive promotions; 0 when absent
 * @param couponRequired   applies only when one of its coupon codes is presented
 * @param maxRedemptions   total budget in redemptions, counted by the server; null for no limit
 * @param budgetAmount     total budget in discount given, counted by the server; null for no limit
 * @param perCustomerLimit redemptions per customer, counted by the server; null for no limit
 */
public record PromotionRule(String code, String name, PromotionType type, Target target, List<String> targetValues,
                            BigDecimal percent, BigDecimal amount, Integer buyQuantity, Integer getQuantity,
                            BigDecimal bundlePrice, BigDecimal minimumSubtotal, List<String> channels,
                            Instant validFrom, Instant validTo, Integer priority, Stacking stacking,
                            boolean couponRequired, Integer maxRedemptions, BigDecimal budgetAmount,
                            Integer perCustomerLimit) implements Serializable {

    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9_-]{1,32}");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    /** Categories or SKUs one promotion names; channels it is limited to. */
    public static final int MAX_TARGET_VALUES = 200;
    public static final int MAX_CHANNELS = 50;
    /** Units in a buy-X-get-Y rule; redemptions, per customer and in all. */
    public static final int MAX_BUY_GET = 1_000;
    public static final int MAX_PER_CUSTOMER = 1_000_000;
    public static final int MAX_PRIORITY = 1_000;

    public PromotionRule {
        priority = priority == null ? 0 : priority;
        targetValues = targetValues == null ? List.of() : List.copyOf(targetValues);
        channels = channels == null ? List.of() : List.copyOf(channels);
    }

    public boolean validAt(Instant at) {
        return (validFrom == null || !validFrom.isAfter(at)) && (validTo == null || validTo.isAfter(at));
    }

    public boolean validIn(String channel) {
        return channels.isEmpty() || channel != null && channels.contains(channel);
    }

    /**
     * Whether the promotion looks at this line at all: every line for the basket, else by category or SKU. A SKU
     * filed under no category is in none (the immutable list would throw on looking up null).
     */
    public boolean targets(BasketLine line) {
        return switch (target) {
            case BASKET -> true;
            case CATEGORY -> line.category() != null && targetValues.contains(line.category());
            case SKU -> targetValues.contains(line.sku());
        };
    }

    /** What is wrong with this promotion, the same rules on the server and at a till; empty if nothing. */
    public List<String> problems() {
        List<String> problems = new ArrayList<>();
        if (code == null || !CODE.matcher(code).matches()) {
            problems.add("code must be 1 to 32 letters, digits, '-' or '_'");
        }
        if (name == null || name.isBlank()) {
            problems.add("name is required");
        } else if (name.length() > Limits.MAX_NAME) {
            problems.add("name is longer than " + Limits.MAX_NAME + " characters");
        }
        requireBoundedList(problems, "targetValues", targetValues, MAX_TARGET_VALUES, Limits.MAX_SKU_CODE);
        requireBoundedList(problems, "channels", channels, MAX_CHANNELS, Limits.MAX_CODE);
        if (priority < -MAX_PRIORITY || priority > MAX_PRIORITY) {
            problems.add("priority must be between -" + MAX_PRIORITY + " and " + MAX_PRIORITY);
        }
        // Bounded here, before the engine computes with them: precision and scale are read, never the value expanded.
        requireMoney(problems, "amount", amount);
        requireMoney(problems, "bundlePrice", bundlePrice);
        requireMoney(problems, "minimumSubtotal", minimumSubtotal);
        requireMoney(problems, "budgetAmount", budgetAmount);
        if (percent != null && !Limits.fits(percent, 3, Limits.PERCENT_FRACTION_DIGITS)) {
            problems.add("percent must have at most " + Limits.PERCENT_FRACTION_DIGITS + " decimals and be at most 100");
        }
        if (type == null || target == null || stacking == null) {
            problems.add("type, target and stacking are required");
            return problems;
        }
        if (target != Target.BASKET && targetValues.isEmpty()) {
            problems.add("a promotion on a " + target.name().toLowerCase() + " needs targetValues");
        }
        if (target == Target.BASKET && !targetValues.isEmpty()) {
            problems.add("a promotion on the basket takes no targetValues");
        }
        switch (type) {
            case PERCENT_OFF -> requirePercent(problems, true);
            case AMOUNT_OFF -> requirePositive(problems, "amount", amount);
            case BUY_X_GET_Y -> {
                if (buyQuantity == null || buyQuantity < 1 || getQuantity == null || getQuantity < 1
                        || buyQuantity > MAX_BUY_GET || getQuantity > MAX_BUY_GET) {
                    problems.add("buyQuantity and getQuantity must be from 1 to " + MAX_BUY_GET);
                }
                requirePercent(problems, false);
            }
            case BUNDLE_PRICE -> {
                if (target != Target.SKU || new HashSet<>(targetValues).size() < 2
                        || targetValues.size() != new HashSet<>(targetValues).size()) {
                    problems.add("a bundle targets at least two different SKUs, each once");
                }
                requirePositive(problems, "bundlePrice", bundlePrice);
            }
            case FREE_SHIPPING -> {
                if (target != Target.BASKET) {
                    problems.add("free shipping targets the basket");
                }
            }
        }
        if (minimumSubtotal != null && minimumSubtotal.signum() < 0) {
            problems.add("minimumSubtotal must not be negative");
        }
        if (validFrom != null && validTo != null && !validTo.isAfter(validFrom)) {
            problems.add("validTo must be after validFrom");
        }
        if (maxRedemptions != null && maxRedemptions < 1 || perCustomerLimit != null && perCustomerLimit < 1) {
            problems.add("maxRedemptions and perCustomerLimit must be at least 1 when given");
        }
        if (perCustomerLimit != null && perCustomerLimit > MAX_PER_CUSTOMER) {
            problems.add("perCustomerLimit must be at most " + MAX_PER_CUSTOMER);
        }
        if (budgetAmount != null) {
            requirePositive(problems, "budgetAmount", budgetAmount);
        }
        return problems;
    }

    /** Units the buy-X-get-Y discount takes off, in percent: all of it unless a percent is given. */
    BigDecimal getPercent() {
        return percent == null ? HUNDRED : percent;
    }

    private void requirePercent(List<String> problems, boolean required) {
        if (percent == null ? required : percent.signum() <= 0 || percent.compareTo(HUNDRED) > 0) {
            problems.add("percent must be more than 0 and at most 100");
        }
    }

    private static void requireMoney(List<String> problems, String field, BigDecimal value) {
        if (value != null && !Limits.isMoney(value)) {
            problems.add(field + " must have at most " + Limits.MONEY_INTEGER_DIGITS + " digits before and "
                    + Limits.MONEY_FRACTION_DIGITS + " after the decimal point");
        }
    }

    private static void requireBoundedList(List<String> problems, String field, List<String> values, int maxSize,
                                           int maxLength) {
        if (values.size() > maxSize) {
            problems.add(field + " has at most " + maxSize + " entries, not " + values.size());
        } else if (values.stream().anyMatch(v -> v.isBlank() || v.length() > maxLength)) {
            problems.add(field + " must not have empty entries or entries longer than " + maxLength + " characters");
        }
    }

    private static void requirePositive(List<String> problems, String field, BigDecimal value) {
        if (value == null || value.signum() <= 0) {
            problems.add(field + " must be more than 0");
        }
    }
}
