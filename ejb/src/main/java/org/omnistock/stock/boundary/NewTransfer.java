package org.omnistock.stock.boundary;

import java.time.Instant;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import org.omnistock.messages.Limits;

/**
 * Units to send from one location to another.
 *
 * @param reference  the transfer's id, e.g. the dispatch note; sending the same transfer again changes nothing
 * @param expectedAt when the destination can count on them
 */
public record NewTransfer(
        @NotBlank @Size(max = 128) String reference,
        @NotBlank @Size(max = 64) String sku,
        @NotBlank @Size(max = 32) String fromLocationId,
        @NotBlank @Size(max = 32) String toLocationId,
        @NotNull @Positive @Max(Limits.MAX_QUANTITY) Long quantity,
        @NotNull Instant expectedAt) {
}
