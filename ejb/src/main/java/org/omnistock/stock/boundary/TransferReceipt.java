package org.omnistock.stock.boundary;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

import org.omnistock.messages.Limits;

/** What arrived of a transfer: more or fewer units than were sent may arrive. */
public record TransferReceipt(@NotNull @Positive @Max(Limits.MAX_QUANTITY) Long quantity) {
}
