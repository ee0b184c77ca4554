package org.omnistock.pricing.boundary;

import java.math.BigDecimal;
import java.time.Instant;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/**
 * A price to record in a list.
 *
 * @param minQuantity   the tier: from how many units this price applies; 1 when absent
 * @param effectiveFrom when it takes effect: now when absent, else not in the past (history is not rewritten)
 */
public record NewPrice(@NotBlank String sku,
                       @NotNull @DecimalMin("0") @Digits(integer = 11, fraction = 4) BigDecimal amount,
                       @Min(1) Integer minQuantity,
                       Instant effectiveFrom) {

    public int tier() {
        return minQuantity == null ? 1 : minQuantity;
    }
}
