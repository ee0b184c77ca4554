package org.omnistock.stock.boundary;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.omnistock.messages.Limits;

/** How many units of a SKU a location holds back from what it promises. */
public record SafetyStock(
        @NotBlank @Size(max = 64) String sku,
        @NotBlank @Size(max = 32) String locationId,
        @NotNull @PositiveOrZero @Max(Limits.MAX_QUANTITY) Long quantity) {
}
