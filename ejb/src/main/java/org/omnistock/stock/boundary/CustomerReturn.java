package org.omnistock.stock.boundary;

import java.time.Instant;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import org.omnistock.messages.Limits;
import org.omnistock.stock.entity.StockState;

/**
 * Units a customer brought back to a location, for an order placed in any channel.
 *
 * @param condition  where they go: {@code AVAILABLE} to sell again, {@code QUALITY_CONTROL} to be inspected first,
 *                   {@code DAMAGED}
 * @param reference  the order or receipt the units were bought with
 * @param occurredAt when they were brought back; now if not given
 */
public record CustomerReturn(
        @NotBlank @Size(max = 64) String sku,
        @NotBlank @Size(max = 32) String locationId,
        @NotNull @Positive @Max(Limits.MAX_QUANTITY) Long quantity,
        @NotNull StockState condition,
        @NotBlank @Size(max = 128) String reference,
        Instant occurredAt) {
}
