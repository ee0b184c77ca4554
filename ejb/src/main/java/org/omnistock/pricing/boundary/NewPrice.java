package org.omnistock.pricing.boundary;

import java.math.BigDecimal;
import java.time.Instant;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.omnistock.messages.Limits;

/**
 * A price to record in a list.
 *
 * @param minQuantity   the tier: from how many units this price applies; 1 when absent
 * @param effectiveFrom when it takes effect: now when absent, else not in the past (history is not rewritten)
 */
public record NewPrice(@NotBlank @Size(max = Limits.MAX_SKU_CODE) String sku,
                       @NotNull @DecimalMin("0") @Digits(integer = Limits.MONEY_INTEGER_DIGITS,
                               fraction = Limits.MONEY_FRACTION_DIGITS) BigDecimal amount,
                       @Min(1) @Max(Limits.MAX_QUANTITY) Integer minQuantity,
                       Instant effectiveFrom) {

    public int tier() {
        return minQuantity == null ? 1 : minQuantity;
    }
}
