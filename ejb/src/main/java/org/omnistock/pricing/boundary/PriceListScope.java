package org.omnistock.pricing.boundary;

import jakarta.validation.constraints.Size;

import org.omnistock.messages.Limits;

/** Whom a price list prices for: a channel, a price zone, a customer group; each empty for all. */
public record PriceListScope(@Size(max = Limits.MAX_CODE) String channel,
                             @Size(max = Limits.MAX_CODE) String priceZone,
                             @Size(max = Limits.MAX_CODE) String customerGroup) {
}
