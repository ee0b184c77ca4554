package org.omnistock.platform.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.omnistock.platform.Refusal;

/** Instants and days in query parameters, which JAX-RS cannot convert by itself. */
public final class Instants {

    private Instants() {
    }

    /** Null for a missing or blank parameter; a 422 naming the parameter for a malformed one. */
    public static Instant parse(String parameter, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new Refusal(Refusal.Kind.INVALID, "invalid-instant", parameter
                    + " must be an ISO-8601 instant such as 2026-12-01T00:00:00Z, not " + text);
        }
    }

    /** Null for a missing or blank parameter; a 422 naming the parameter for one that is not an ISO-8601 day. */
    public static LocalDate day(String parameter, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new Refusal(Refusal.Kind.INVALID, "invalid-day", parameter
                    + " must be an ISO-8601 day such as 2026-12-01, not " + text);
        }
    }
}
