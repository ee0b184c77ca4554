package org.omnistock.promotion.boundary;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.omnistock.messages.Limits;

public record BasketItem(@NotBlank @Size(max = Limits.MAX_SKU_CODE) String sku,
                         @NotNull @Min(1) @Max(Limits.MAX_QUANTITY) Integer quantity) {
}
