package org.omnistock.stock.boundary;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/**
 * Hold stock for an order or a cart: every line is reserved, or none is.
 *
 * @param reference   the order or cart the stock is held for
 * @param holdSeconds for a cart: release the hold by itself after this long; none for an order
 */
public record ReservationRequest(
        @NotBlank @Size(max = 128) String reference,
        @Positive Long holdSeconds,
        @NotEmpty @Size(max = 200) List<@NotNull @Valid Line> lines) {

    public record Line(
            @NotBlank @Size(max = 64) String sku,
            @NotBlank @Size(max = 32) String locationId,
            @NotNull @Positive Long quantity) {
    }
}
