package org.omnistock.platform.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.function.Function;

import org.omnistock.platform.Refusal;

/** Instants and days in query parameters, which JAX-RS cannot convert by itself. */
public final class Instants {

    private Instants() {
    }

    /** Null for a missing or blank parameter; a 422 naming the parameter for a malformed one. */
    public static Instant parse(String parameter, String text) {
        return parsed(parameter, text, Instant::parse, "invalid-instant", "an ISO-8601 instant such as "
                + "2026-12-01T00:00:00Z");
    }

    /** Null for a missing or blank parameter; a 422 naming the parameter for one that is not an ISO-8601 day. */
    public static LocalDate day(String parameter, String text) {
        return parsed(parameter, text, LocalDate::parse, "invalid-day", "an ISO-8601 day such as 2026-12-01");
    }

    private static <T> T parsed(String parameter, String text, Function<String, T> parser, String code,
                                String expected) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return parser.apply(text.strip());
        } catch (DateTimeParseException e) {
            throw new Refusal(Refusal.Kind.INVALID, code, parameter + " must be " + expected + ", not " + text);
        }
    }
}
