package org.omnistock.cart.boundary;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/**
 * Hold a cart's lines at one location (the store the customer will collect from) for a while.
 *
 * @param holdSeconds how long, at most a day: a hold keeps stock from every other customer
 */
public record CartHold(@NotBlank @Size(max = 32) String locationId,
                       @NotNull @Positive @Max(MAX_HOLD_SECONDS) Long holdSeconds) {

    public static final long MAX_HOLD_SECONDS = 24 * 3600;
}
