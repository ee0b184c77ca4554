package org.omnistock.stock.boundary;

import java.time.Instant;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.omnistock.messages.Limits;
import org.omnistock.stock.entity.AdjustmentReason;

/**
 * A correction of on hand at a location, up (positive quantity) or down (negative), with a reason.
 *
 * @param reference  a count sheet or note, for people reading the ledger
 * @param occurredAt when the difference was found; now if not given
 */
public record StockAdjustment(
        @NotBlank @Size(max = 64) String sku,
        @NotBlank @Size(max = 32) String locationId,
        @NotNull @Min(-Limits.MAX_QUANTITY) @Max(Limits.MAX_QUANTITY) Long quantity,
        @NotNull AdjustmentReason reason,
        @Size(max = 128) String reference,
        Instant occurredAt) {
}
