package org.omnistock.cart.boundary;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.omnistock.messages.Limits;

/** How many of a SKU the cart is to hold; 0 takes it out. */
public record CartLineChange(@NotNull @Min(0) @Max(Limits.MAX_QUANTITY) Integer quantity) {
}
