package org.omnistock.purchasing.boundary;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A supplier to buy from.
 *
 * @param currency    ISO 4217; the retailer's own if left out
 * @param overPercent how much more than ordered (percent of a line) a delivery may bring; 0 if left out
 * @param overUnits   or how many units more, whichever allows more; 0 if left out
 * @param priceTolerancePercent how far (percent) an invoice's unit price may be from the order's and still match;
 *                    0 if left out
 */
public record NewSupplier(@NotBlank @Size(max = 32) @Pattern(regexp = "[A-Z0-9][A-Z0-9_.-]*") String code,
                          @NotBlank @Size(max = 200) String name,
                          @Pattern(regexp = "[A-Z]{3}") String currency,
                          @Min(0) @Max(365) int leadTimeDays,
                          @Min(0) @Max(365) int paymentTermsDays,
                          @DecimalMin("0") @DecimalMax("100") BigDecimal overPercent,
                          @Min(0) @Max(1_000_000) Integer overUnits,
                          @DecimalMin("0") @DecimalMax("100") BigDecimal priceTolerancePercent) {
}
