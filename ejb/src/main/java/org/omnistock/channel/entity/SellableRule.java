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
     */
    public record Sellable(long available, long buffer, boolean excluded, long sellable) {
    }

    /** A rule as this computation needs it. */
    public record Rule(RuleScope scope, String value, RuleKind kind, BigDecimal amount) {
    }

    private SellableRule() {
    }

    /**
     * @param available what the channel's locations have available in all (each location's available, never below
     *                  zero, summed)
     */
    public static Sellable sellable(long available, Collection<Rule> rules, String sku, String category) {
        boolean excluded = rules.stream()
                .anyMatch(rule -> rule.kind() == RuleKind.EXCLUDE && applies(rule, sku, category));
        if (excluded) {
            return new Sellable(available, 0, true, 0);
        }
        Optional<RuleScope> mostSpecific = rules.stream()
                .filter(rule -> rule.kind() != RuleKind.EXCLUDE && applies(rule, sku, category))
                .map(Rule::scope).max(Comparator.naturalOrder());
        long buffer = mostSpecific.map(scope -> rules.stream()
                .filter(rule -> rule.kind() != RuleKind.EXCLUDE && rule.scope() == scope && applies(rule, sku, category))
                .mapToLong(rule -> units(rule, available)).max().orElse(0)).orElse(0L);
        return new Sellable(available, buffer, false, Math.max(0, available - buffer));
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
