package org.omnistock.stock.boundary;

import java.time.Instant;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import org.omnistock.messages.Limits;

/**
 * Goods arrived at a location.
 *
 * @param reference  the delivery note or purchase order, for people reading the ledger
 * @param occurredAt when the goods arrived; now if not given
 */
public record StockReceipt(
        @NotBlank @Size(max = 64) String sku,
        @NotBlank @Size(max = 32) String locationId,
        @NotNull @Positive @Max(Limits.MAX_QUANTITY) Long quantity,
        @Size(max = 128) String reference,
        Instant occurredAt) {
}
