package org.omnistock.wishlist.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A SKU put on a wish list.
 *
 * @param channel  the channel it was wished in (a client bound to a channel is that channel); null for a store or
 *                 the back office, which hear from every channel
 * @param currency the currency the customer's price is followed in
 */
public record WishInput(@Size(max = 32) String channel,
                        @NotBlank @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code") String currency) {
}
