package org.omnistock.customer.boundary;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A person's correction of a balance: positive adds, negative takes away.
 *
 * @param reference the same reference again is the same adjustment
 */
public record PointsAdjustment(@Min(-MAX_POINTS) @Max(MAX_POINTS) long points,
                               @NotBlank @Size(max = 200) String reason,
                               @NotBlank @Size(max = 100) String reference) {

    public static final long MAX_POINTS = 10_000_000;
}
