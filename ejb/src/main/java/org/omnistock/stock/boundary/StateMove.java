package org.omnistock.stock.boundary;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import org.omnistock.messages.Limits;
import org.omnistock.stock.entity.StockState;

/** Units moved between states at one location, e.g. available to damaged; on hand does not change. */
public record StateMove(
        @NotBlank @Size(max = 64) String sku,
        @NotBlank @Size(max = 32) String locationId,
        @NotNull @Positive @Max(Limits.MAX_QUANTITY) Long quantity,
        @NotNull StockState from,
        @NotNull StockState to,
        @Size(max = 128) String reference) {
}
