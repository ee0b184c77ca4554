package org.omnistock.platform.rest;

import java.util.List;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * An RFC 9457 problem detail, the body of every error the API returns.
 *
 * @param type     {@code urn:omnistock:problem:<code>}, a stable name clients may rely on
 * @param instance the request path
 * @param errors   for invalid input, one entry per field
 */
public record Problem(String type, String title, int status, String detail, String instance,
                      List<FieldError> errors) {

    public static final String MEDIA_TYPE = "application/problem+json";
    private static final String TYPE_PREFIX = "urn:omnistock:problem:";

    public record FieldError(String field, String message) {
    }

    /** HTTP 422: the request is well-formed, but what it asks breaks a business rule. */
    public static final int UNPROCESSABLE_CONTENT = 422;

    public static Problem of(int status, String code, String detail, String instance) {
        Response.Status known = Response.Status.fromStatusCode(status);
        String title = status == UNPROCESSABLE_CONTENT ? "Unprocessable Content"
                : known == null ? "HTTP " + status : known.getReasonPhrase();
        return new Problem(TYPE_PREFIX + code, title, status, detail, instance, null);
    }

    public Problem withErrors(List<FieldError> fieldErrors) {
        return new Problem(type, title, status, detail, instance, fieldErrors);
    }

    public Response toResponse() {
        return Response.status(status, title).type(MediaType.valueOf(MEDIA_TYPE)).entity(this).build();
    }
}
