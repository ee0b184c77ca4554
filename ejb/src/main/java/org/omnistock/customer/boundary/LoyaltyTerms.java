package org.omnistock.customer.boundary;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.omnistock.customer.entity.LoyaltyProgram;
import org.omnistock.customer.entity.LoyaltyTier;
import org.omnistock.platform.Refusal;

/**
 * The loyalty programme's terms, as read and as an administrator sets them (the tiers listed replace the old).
 *
 * @param pointsPerUnit   points earned per currency unit spent on goods (whole points, rounded down)
 * @param pointValue      what a point is worth when spent
 * @param pointsValidDays points expire this many days after they were earned; null for never
 * @param tierWindowDays  the rolling window, up to today, a tier is measured over
 * @param tierMeasure     {@code SPEND} (money spent on goods) or {@code POINTS} (points earned)
 * @param updatedAt       when they were last changed (ignored when set)
 * @param updatedBy       by whom (ignored when set)
 */
public record LoyaltyTerms(
        @NotNull @DecimalMin("0") @DecimalMax("1000") @Digits(integer = 5, fraction = 4) BigDecimal pointsPerUnit,
        @NotNull @DecimalMin("0.0001") @DecimalMax("1000") @Digits(integer = 5, fraction = 4) BigDecimal pointValue,
        @Min(1) @Max(36_500) Integer pointsValidDays,
        @NotNull @Min(1) @Max(3_660) Integer tierWindowDays,
        @NotNull LoyaltyProgram.TierMeasure tierMeasure,
        @NotNull @Size(max = 10) List<@NotNull @Valid Tier> tiers,
        Instant updatedAt,
        String updatedBy) implements Serializable {

    /**
     * @param threshold     what the window's measure must come to
     * @param customerGroup the group a customer in this tier is priced as, unless their profile has its own
     */
    public record Tier(@NotBlank @Size(max = 32) @Pattern(regexp = "[A-Z0-9_-]+",
                               message = "must be upper-case letters, digits, _ and -") String code,
                       @NotBlank @Size(max = 80) String name,
                       @NotNull @DecimalMin("0.01") @Digits(integer = 12, fraction = 2) BigDecimal threshold,
                       @Size(max = 32) String customerGroup) implements Serializable {
    }

    public LoyaltyTerms {
        tiers = tiers == null ? null : List.copyOf(tiers);
    }

    public static LoyaltyTerms of(LoyaltyProgram program, List<LoyaltyTier> tiers) {
        return new LoyaltyTerms(program.getPointsPerUnit(), program.getPointValue(), program.getPointsValidDays(),
                program.getTierWindowDays(), program.getTierMeasure(), tiers.stream()
                .map(t -> new Tier(t.getCode(), t.getName(), t.getThreshold(), t.getCustomerGroup())).toList(),
                program.getUpdatedAt(), program.getUpdatedBy());
    }

    /** Points an amount spent earns: whole points, rounded down, never below zero. */
    public long pointsFor(BigDecimal amount) {
        return amount.signum() <= 0 ? 0 : amount.multiply(pointsPerUnit).setScale(0, RoundingMode.DOWN)
                .longValueExact();
    }

    /** When points earned at this instant expire; null if points do not. */
    public Instant expiryOf(Instant earnedAt) {
        return pointsValidDays == null ? null : earnedAt.plus(Duration.ofDays(pointsValidDays));
    }

    /** The start of the window a tier is measured over, ending now. */
    public Instant tierWindowStart(Instant now) {
        return now.minus(Duration.ofDays(tierWindowDays));
    }

    /**
     * The tier a customer's measure reaches: the one with the highest threshold not above it; empty below every
     * threshold.
     */
    public Optional<Tier> tierFor(BigDecimal measure) {
        return tiers.stream().filter(tier -> tier.threshold().compareTo(measure) <= 0)
                .max(Comparator.comparing(Tier::threshold));
    }

    /** What is wrong across the fields: two tiers with one code or one threshold. */
    List<Refusal.Detail> problems() {
        List<Refusal.Detail> problems = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        Set<BigDecimal> thresholds = new HashSet<>();
        for (int i = 0; i < tiers.size(); i++) {
            if (!codes.add(tiers.get(i).code())) {
                problems.add(new Refusal.Detail("tiers[" + i + "].code", "another tier has code "
                        + tiers.get(i).code()));
            }
            if (!thresholds.add(tiers.get(i).threshold().stripTrailingZeros())) {
                problems.add(new Refusal.Detail("tiers[" + i + "].threshold", "another tier has threshold "
                        + tiers.get(i).threshold()));
            }
        }
        return problems;
    }
}
