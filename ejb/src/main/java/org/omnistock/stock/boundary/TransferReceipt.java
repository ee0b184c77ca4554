package org.omnistock.stock.boundary;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

/** What arrived of a transfer: more or fewer units than were sent may arrive. */
public record TransferReceipt(@NotNull @Positive Long quantity) {
}
