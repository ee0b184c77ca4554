package org.omnistock.stock.boundary;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.omnistock.messages.Limits;

/**
 * What came of an announced delivery at a location: per line, the units counted at the door; 0 for a line that did
 * not come (its announcement is closed). Lines not named wait for a later receipt.
 */
public record DeliveryReceipt(@NotBlank @Size(max = 32) String locationId,
                              @NotEmpty @Size(max = Deliveries.MAX_LINES) List<@NotNull @Valid Line> lines) {

    public record Line(@NotBlank @Size(max = 64) String sku,
                       @NotNull @PositiveOrZero @Max(Limits.MAX_QUANTITY) Long quantity) {
    }
}
