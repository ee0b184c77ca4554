package org.omnistock.customer.boundary;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * Points spent at a till or in a checkout.
 *
 * @param reference the sale's or order's own id: the same reference again is the same redemption
 * @param location  the store it was spent at; null online
 */
public record PointsRedemption(@Min(1) @Max(PointsAdjustment.MAX_POINTS) long points,
                               @NotBlank @Size(max = 100) String reference,
                               @Size(max = 32) String location) {
}
