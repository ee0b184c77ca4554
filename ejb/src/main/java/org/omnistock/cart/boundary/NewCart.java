package org.omnistock.cart.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A cart to open.
 *
 * @param channel    the channel it sells through; a client bound to a channel may leave it out
 * @param customerId the signed-in customer (the channel's own id for them, or their customer number); null for an
 *                   anonymous cart. A customer's open cart in the channel is returned instead of a new one.
 */
public record NewCart(@Size(max = 32) String channel,
                      @NotBlank @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code") String currency,
                      @Size(max = 64) String customerId) {
}
