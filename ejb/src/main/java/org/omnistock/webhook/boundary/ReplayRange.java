package org.omnistock.webhook.boundary;

import java.time.Instant;

import jakarta.validation.constraints.NotNull;

/** Every original delivery created in {@code [from, to)} is sent again, in its order. */
public record ReplayRange(@NotNull Instant from, @NotNull Instant to) {
}
