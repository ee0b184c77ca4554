package org.omnistock.pricing.boundary;

import java.time.Instant;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

/**
 * Where, for whom and when a price is asked.
 *
 * @param channel       a channel code, or null (e.g. at a till)
 * @param location      a location code: its price zone applies; null for none
 * @param customerGroup null for a customer in no group
 * @param at            null for now; a later instant previews scheduled prices
 */
public record PriceContext(@NotBlank @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code") String currency,
                           String channel, String location, String customerGroup, Instant at) {
}
