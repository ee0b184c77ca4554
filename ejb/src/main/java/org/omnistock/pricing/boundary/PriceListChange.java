package org.omnistock.pricing.boundary;

import java.time.Instant;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A price list's name, priority and window; whom it prices for changes by {@link PriceListScope}, its currency never.
 */
public record PriceListChange(@NotBlank @Size(max = 200) String name, @Min(-1000) @Max(1000) Integer priority,
                              Instant validFrom, Instant validTo) {

    public PriceListChange {
        priority = priority == null ? 0 : priority;
    }
}
