package org.omnistock.cart.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The customer signed in on the device that holds the cart: the channel's own id for them, or their number. */
public record SignIn(@NotBlank @Size(max = 64) String customerId) {
}
