package org.omnistock.stock.boundary;

import java.time.Instant;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/**
 * A count of one SKU at one location: on hand becomes {@code countedOnHand} if it still is {@code expectedOnHand}
 * (the value the counter started from); otherwise the count is refused with the current value.
 */
public record StockCount(
        @NotBlank @Size(max = 64) String sku,
        @NotBlank @Size(max = 32) String locationId,
        @NotNull Long expectedOnHand,
        @NotNull @PositiveOrZero Long countedOnHand,
        @Size(max = 128) String reference,
        Instant occurredAt) {
}
