package org.omnistock.purchasing.boundary;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

/**
 * A category's delivery tolerance.
 *
 * @param overPercent how much more than ordered (percent of a line) a delivery may bring; 0 if left out
 * @param overUnits   or how many units more, whichever allows more; 0 if left out
 */
public record CategoryToleranceRequest(@DecimalMin("0") @DecimalMax("100") BigDecimal overPercent,
                                       @Min(0) @Max(1_000_000) Integer overUnits) {
}
