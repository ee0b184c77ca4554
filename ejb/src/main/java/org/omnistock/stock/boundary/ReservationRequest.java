package org.omnistock.stock.boundary;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import org.omnistock.messages.Limits;

/**
 * Hold stock for an order or a cart: every line is reserved, or none is.
 *
 * @param reference   the order or cart the stock is held for
 * @param holdSeconds for a cart: release the hold by itself after this long; none for an order
 * @param channel     the sales channel it is held for, whose rules it keeps (only its locations, never its
 *                    buffer); a client bound to a channel holds for that one; null for none
 */
public record ReservationRequest(
        @NotBlank @Size(max = 128) String reference,
        @Positive @Max(MAX_HOLD_SECONDS) Long holdSeconds,
        @NotEmpty @Size(max = Limits.MAX_LINES) List<@NotNull @Valid Line> lines,
        @Size(max = Limits.MAX_CODE) String channel) {


    /** A cart hold lasts at most 30 days. */
    public static final long MAX_HOLD_SECONDS = 30L * 24 * 3600;

    public record Line(
            @NotBlank @Size(max = 64) String sku,
            @NotBlank @Size(max = 32) String locationId,
            @NotNull @Positive @Max(Limits.MAX_QUANTITY) Long quantity) {
    }
}
