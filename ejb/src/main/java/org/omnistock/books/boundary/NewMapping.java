package org.omnistock.books.boundary;

import java.time.Instant;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A mapping from now (or a later instant) on: the event type ({@code *} for any), the line's role, the narrowings
 * that must all match (none for all), and the account.
 *
 * @param effectiveFrom when it applies; no sooner than ten seconds from now (every server must have read it), which
 *                      is also what it is when left out
 */
public record NewMapping(@NotBlank @Size(max = 32) String eventType, @NotBlank @Size(max = 32) String role,
                         @Size(max = 32) String channel, @Size(max = 32) String location,
                         @Size(max = 64) String category, @Size(max = 32) String reason,
                         @NotBlank @Size(max = 16) String account, Instant effectiveFrom) {
}
