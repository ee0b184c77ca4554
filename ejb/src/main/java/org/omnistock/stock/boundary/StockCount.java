package org.omnistock.stock.boundary;

import java.time.Instant;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.omnistock.messages.Limits;

/**
 * A count of one SKU at one location: on hand becomes {@code countedOnHand} if it still is {@code expectedOnHand}
 * (the value the counter started from); otherwise the count is refused with the current value.
 */
public record StockCount(
        @NotBlank @Size(max = 64) String sku,
        @NotBlank @Size(max = 32) String locationId,
        @NotNull @Min(-Limits.MAX_ON_HAND) @Max(Limits.MAX_ON_HAND) Long expectedOnHand,
        @NotNull @PositiveOrZero @Max(Limits.MAX_QUANTITY) Long countedOnHand,
        @Size(max = 128) String reference,
        Instant occurredAt) {
}
