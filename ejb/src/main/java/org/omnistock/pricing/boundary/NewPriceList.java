package org.omnistock.pricing.boundary;

import java.time.Instant;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * What it takes to create a price list. Channel, price zone and customer group are optional: a list without them
 * applies to every channel, location or customer.
 */
public record NewPriceList(
        @NotBlank @Size(max = 32) @Pattern(regexp = "[A-Z0-9][A-Z0-9_-]*",
                message = "must be upper-case letters, digits, '-' or '_'") String code,
        @NotBlank @Size(max = 200) String name,
        @NotBlank @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code") String currency,
        @Size(max = 32) String channel,
        @Size(max = 32) String priceZone,
        @Size(max = 32) String customerGroup,
        @Min(-1000) @Max(1000) Integer priority,
        Instant validFrom,
        Instant validTo) {

    public NewPriceList {
        priority = priority == null ? 0 : priority;
    }
}
