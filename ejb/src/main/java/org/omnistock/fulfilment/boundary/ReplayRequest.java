package org.omnistock.fulfilment.boundary;

import java.time.Instant;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/**
 * Which past orders a what-if replay decides again: those first routed in {@code [from, to)}, the most recent
 * {@code max} of them.
 */
public record ReplayRequest(@NotNull Instant from, @NotNull Instant to, @NotNull @Min(1) @Max(MAX) Integer max) {

    public static final int MAX = 20_000;
}
