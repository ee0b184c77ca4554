package org.omnistock.channel.entity;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Collection;
import java.util.Comparator;
import java.util.Objects;
import java.util.Optional;

/** The one rule for what a channel may sell of a SKU; see the channel package. Pure: no database, no container. */
public final class SellableRule {

    /**
     * @param excluded true if an exclusion applies; sellable is then 0
     * @param buffer   the units held back from this channel
     * @param rule     the rule that decided: the exclusion, or the buffer held back; null without either
     */
    public record Sellable(long available, long buffer, boolean excluded, long sellable, Rule rule) {

        /**
         * Whether the channel's locations have less than its rules hold back (or the SKU is excluded): stock taken
         * for the channel must not bring it here.
         */
        public boolean overdrawn() {
            return excluded || available < buffer;
        }
    }

    /** A rule as this computation needs it. */
    public record Rule(RuleScope scope, String value, RuleKind kind, BigDecimal amount) {

        /** The rule as people read it: "category Accessories excluded", "a buffer of 10 units for all SKUs". */
        public String describe() {
            String what = switch (scope) {
                case ALL -> "all SKUs";
                case CATEGORY -> "category " + value;
                case SKU -> "SKU " + value;
            };
            return switch (kind) {
                case EXCLUDE -> what + " excluded";
                case BUFFER_UNITS -> "a buffer of " + amount.stripTrailingZeros().toPlainString() + " units for "
                        + what;
                case BUFFER_PERCENT -> "a buffer of " + amount.stripTrailingZeros().toPlainString() + "% for "
                        + what;
            };
        }
    }

    private SellableRule() {
    }

    /**
     * @param available what the channel's locations have available in all (each location's available, never below
     *                  zero, summed)
     */
    public static Sellable sellable(long available, Collection<Rule> rules, String sku, String category) {
        Optional<Rule> exclusion = rules.stream()
                .filter(rule -> rule.kind() == RuleKind.EXCLUDE && applies(rule, sku, category)).findFirst();
        if (exclusion.isPresent()) {
            return new Sellable(available, 0, true, 0, exclusion.get());
        }
        Optional<RuleScope> mostSpecific = rules.stream()
                .filter(rule -> rule.kind() != RuleKind.EXCLUDE && applies(rule, sku, category))
                .map(Rule::scope).max(Comparator.naturalOrder());
        Optional<Rule> buffering = mostSpecific.flatMap(scope -> rules.stream()
                .filter(rule -> rule.kind() != RuleKind.EXCLUDE && rule.scope() == scope
                        && applies(rule, sku, category))
                .max(Comparator.comparingLong(rule -> units(rule, available))));
        long buffer = buffering.map(rule -> units(rule, available)).orElse(0L);
        return new Sellable(available, buffer, false, Math.max(0, available - buffer), buffering.orElse(null));
    }

    private static boolean applies(Rule rule, String sku, String category) {
        return switch (rule.scope()) {
            case ALL -> true;
            case CATEGORY -> category != null && category.equalsIgnoreCase(rule.value());
            case SKU -> Objects.equals(sku, rule.value());
        };
    }

    private static long units(Rule rule, long available) {
        if (rule.kind() == RuleKind.BUFFER_UNITS) {
            return rule.amount().setScale(0, RoundingMode.CEILING).longValueExact();
        }
        return rule.amount().multiply(BigDecimal.valueOf(available))
                .divide(BigDecimal.valueOf(100), 0, RoundingMode.CEILING).longValueExact();
    }
}
