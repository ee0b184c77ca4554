package org.omnistock.channel.boundary;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.omnistock.channel.entity.RuleKind;
import org.omnistock.channel.entity.RuleScope;

/**
 * A buffer or exclusion for a channel. {@code value} names the category or SKU (not used for scope ALL);
 * {@code amount} is units or a percentage (0-100), and ignored for EXCLUDE.
 */
public record NewRule(
        @NotNull RuleScope scope,
        @Size(max = 100) String value,
        @NotNull RuleKind kind,
        @DecimalMin("0") @DecimalMax("1000000") @Digits(integer = 7, fraction = 2) BigDecimal amount) {
}
