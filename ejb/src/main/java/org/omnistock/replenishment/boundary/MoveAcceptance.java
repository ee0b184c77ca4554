package org.omnistock.replenishment.boundary;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** A suggested move accepted: the SKU, its two locations, and the terms it was suggested under. */
public record MoveAcceptance(@NotBlank @Size(max = 64) String sku, @NotBlank @Size(max = 32) String fromLocationId,
                             @NotBlank @Size(max = 32) String toLocationId, @NotNull @Valid MoveTerms terms) {
}
