package org.omnistock.storedvalue.boundary;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * Why a card is blocked, unblocked or given another expiry; {@code expiresOn} only for the last (none: it no longer
 * expires).
 */
public record CardChange(@NotBlank @Size(max = 200) String reason, LocalDate expiresOn) {
}
