package org.omnistock.promotion.boundary;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;

public record BasketItem(@NotBlank String sku, @Min(1) @Max(100000) int quantity) {
}
