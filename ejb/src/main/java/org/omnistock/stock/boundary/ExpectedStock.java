package org.omnistock.stock.boundary;

import java.time.Instant;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import org.omnistock.messages.Limits;

/**
 * Goods announced for a location: a purchase order or a transfer on its way. A receipt with the same reference
 * settles it.
 */
public record ExpectedStock(
        @NotBlank @Size(max = 64) String sku,
        @NotBlank @Size(max = 32) String locationId,
        @NotNull @Positive @Max(Limits.MAX_QUANTITY) Long quantity,
        @NotNull Instant expectedAt,
        @NotBlank @Size(max = 128) String reference) {
}
