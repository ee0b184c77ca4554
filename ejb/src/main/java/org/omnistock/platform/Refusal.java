package org.omnistock.platform;

import java.util.List;

import jakarta.ejb.ApplicationException;

/**
 * A request that breaks a business rule. It changes nothing: the transaction is rolled back. The boundary that
 * receives it from outside turns it into its own error form (an HTTP problem, a dead-letter reason).
 */
@ApplicationException(rollback = true)
public class Refusal extends RuntimeException {

    /** What kind of refusal, so that every boundary can answer alike. */
    public enum Kind {
        /** The thing addressed does not exist. */
        NOT_FOUND,
        /** The request refers to something that does not exist, or its values break a rule. */
        INVALID,
        /** The request collides with the current state (an existing code, a reused idempotency key). */
        CONFLICT,
        /** The caller may not do this, or not here (its scopes, its stores). */
        FORBIDDEN,
        /** The caller tried too often (wrong gift card codes): it may try again after {@link #retryAfter()}. */
        TOO_MANY
    }

    /** One of several things wrong with a request, e.g. one row of an import: where, and what. */
    public record Detail(String field, String message) {
    }

    private final Kind kind;
    private final String code;
    private final List<Detail> details;
    private java.time.Duration retryAfter;

    /**
     * @param code a stable, short name for the rule broken, e.g. {@code unknown-sku}; clients may rely on it
     */
    public Refusal(Kind kind, String code, String message) {
        this(kind, code, message, List.of());
    }

    public Refusal(Kind kind, String code, String message, List<Detail> details) {
        super(message);
        this.kind = kind;
        this.code = code;
        this.details = List.copyOf(details);
    }

    public Kind kind() {
        return kind;
    }

    public String code() {
        return code;
    }

    public List<Detail> details() {
        return details;
    }

    /** For {@link Kind#TOO_MANY}: how long the caller is to wait. */
    public Refusal retryingAfter(java.time.Duration wait) {
        this.retryAfter = wait;
        return this;
    }

    /** How long to wait before trying again; null when waiting does not help. */
    public java.time.Duration retryAfter() {
        return retryAfter;
    }
}
