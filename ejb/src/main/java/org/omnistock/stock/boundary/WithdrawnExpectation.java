package org.omnistock.stock.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** An announcement that will not arrive (an order cancelled): incoming goes down. */
public record WithdrawnExpectation(
        @NotBlank @Size(max = 64) String sku,
        @NotBlank @Size(max = 32) String locationId,
        @NotBlank @Size(max = 128) String reference) {
}
