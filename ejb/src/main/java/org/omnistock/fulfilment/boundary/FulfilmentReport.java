package org.omnistock.fulfilment.boundary;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.omnistock.messages.Limits;

/**
 * What a location reports of one of its fulfilments (through the API, or as a {@code FulfilmentUpdate} message).
 *
 * @param lines for a rejection: the lines given up, all when empty
 */
public record FulfilmentReport(@NotNull Step step,
                               @Size(max = Limits.MAX_LINES) List<@NotNull @Valid RejectedLine> lines,
                               RejectReason reason,
                               @Size(max = 200) String note,
                               @Size(max = 64) String carrier,
                               @Size(max = 64) String trackingNumber,
                               @Pattern(regexp = "[0-9]{6}", message = "must be six digits") String pickupCode) {

    public FulfilmentReport {
        lines = lines == null ? List.of() : List.copyOf(lines);
    }

    /** The steps a location reports. */
    public enum Step {
        ACCEPT, PICK, PACK, SHIP, DELIVER, ARRIVE, COLLECT, REJECT
    }

    /** Why a location gives units up. {@code NO_STOCK} also corrects its on hand. */
    public enum RejectReason {
        NO_STOCK, DAMAGED, NO_CAPACITY, OTHER
    }

    /** A line given up, and what the location counted on hand of its SKU, if it counted. */
    public record RejectedLine(@NotNull @Min(1) @Max(Limits.MAX_LINES) Integer lineNo,
                               @Min(0) @Max(Limits.MAX_ON_HAND) Long countedOnHand) {
    }
}
