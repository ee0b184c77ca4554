package org.omnistock.platform.rest;

import java.sql.SQLException;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.ejb.EJBException;
import jakarta.json.bind.JsonbException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import org.omnistock.platform.DatabaseRejection;
import org.omnistock.platform.Refusal;

/**
 * Turns every failure of an API call into a problem detail. Boundaries raise {@link Refusal}s; the container wraps
 * what escapes an EJB, so the cause is looked for first.
 */
@Provider
public class ProblemMapper implements ExceptionMapper<Exception> {

    private static final Logger LOG = Logger.getLogger(ProblemMapper.class.getName());
    private static final Set<String> HELD_TOO_LONG = Set.of("40XL1", "40XL2", "40001", "40P01", "55P03");

    @Context
    UriInfo uriInfo;

    @Override
    public Response toResponse(Exception exception) {
        return toResponse(exception, uriInfo);
    }

    static Response toResponse(Exception exception, UriInfo uriInfo) {
        String path = uriInfo == null ? null : uriInfo.getRequestUri().getPath();
        Throwable cause = unwrap(exception);
        if (heldTooLong(cause)) {
            LOG.log(Level.WARNING, "The database held " + path + " too long; answered 503: " + rootMessage(cause));
            return Response.fromResponse(Problem.of(Status.SERVICE_UNAVAILABLE.getStatusCode(), "database-busy",
                    "the data this request needs was held by other requests too long; nothing was changed: send "
                            + "the request again", path).toResponse()).header("Retry-After", "1").build();
        }
        Response response = problemFor(cause, path).toResponse();
        if (cause instanceof Refusal refusal && refusal.retryAfter() != null) {
            return Response.fromResponse(response).header("Retry-After",
                    Math.max(1, refusal.retryAfter().toSeconds())).build();
        }
        return response;
    }

    /**
     * The database could not give the request what it needed in time: a lock wait that timed out or a sequence too
     * contended (Derby 40XL1, 40XL2), a deadlock's victim (40001, PostgreSQL 40P01), a lock not available (55P03).
     * Nothing was changed and the same request may pass a moment later: a 503 with Retry-After, not a 500.
     */
    static boolean heldTooLong(Throwable e) {
        return causeOfType(e, SQLException.class).map(SQLException::getSQLState)
                .filter(state -> HELD_TOO_LONG.contains(state)).isPresent();
    }

    private static Problem problemFor(Throwable e, String path) {
        if (e instanceof Refusal refusal) {
            Problem problem = Problem.of(statusOf(refusal.kind()), refusal.code(), refusal.getMessage(), path);
            return refusal.details().isEmpty() ? problem : problem.withErrors(refusal.details().stream()
                    .map(d -> new Problem.FieldError(d.field(), d.message())).toList());
        }
        if (e instanceof ConstraintViolationException violations) {
            List<Problem.FieldError> errors = violations.getConstraintViolations().stream()
                    .map(v -> new Problem.FieldError(fieldOf(v), v.getMessage()))
                    .sorted(Comparator.comparing(Problem.FieldError::field)).toList();
            return Problem.of(Status.BAD_REQUEST.getStatusCode(), "invalid-request",
                    "the request has invalid values", path).withErrors(errors);
        }
        Optional<WebApplicationException> tooLarge = causeOfType(e, WebApplicationException.class)
                .filter(w -> w.getResponse().getStatus() == Status.REQUEST_ENTITY_TOO_LARGE.getStatusCode());
        if (tooLarge.isPresent()) {
            return Problem.of(Status.REQUEST_ENTITY_TOO_LARGE.getStatusCode(), "body-too-large",
                    tooLarge.get().getMessage(), path);
        }
        if (e instanceof ProcessingException || causedByJson(e)) {
            return Problem.of(Status.BAD_REQUEST.getStatusCode(), "malformed-body",
                    "the request body is not valid JSON for this resource: " + rootMessage(e), path);
        }
        if (e instanceof WebApplicationException web) {
            int status = web.getResponse().getStatus();
            Status known = Status.fromStatusCode(status);
            String code = known == null ? "http-" + status : known.name().toLowerCase().replace('_', '-');
            return Problem.of(status, code, web.getMessage(), path);
        }
        if (e instanceof OptimisticLockException || isConstraintViolation(e)) {
            return Problem.of(Status.CONFLICT.getStatusCode(), "concurrent-change",
                    "another request changed the same data at the same time; send the request again", path);
        }
        Optional<SQLException> refusedValue = DatabaseRejection.in(e);
        if (refusedValue.isPresent()) {
            return Problem.of(Problem.UNPROCESSABLE_CONTENT, "rejected-by-database",
                    "the database refused a value of the request; nothing was changed: "
                            + refusedValue.get().getMessage(), path);
        }
        LOG.log(Level.SEVERE, "Unexpected failure of " + path, e);
        return Problem.of(Status.INTERNAL_SERVER_ERROR.getStatusCode(), "internal-error",
                "the server failed to handle the request; nothing was changed", path);
    }

    private static Throwable unwrap(Throwable e) {
        Throwable current = e;
        while ((current instanceof EJBException || current.getClass().getName().startsWith("jakarta.transaction"))
                && current.getCause() != null) {
            current = current.getCause();
        }
        return current;
    }

    private static boolean causedByJson(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof JsonbException || t instanceof jakarta.json.JsonException) {
                return true;
            }
        }
        return false;
    }

    /** A unique key taken by a concurrent request. */
    private static boolean isConstraintViolation(Throwable e) {
        if (causeOfType(e, SQLException.class).filter(sql -> "23505".equals(sql.getSQLState())).isPresent()) {
            return true;
        }
        return e instanceof PersistenceException && e.getMessage() != null
                && e.getMessage().toLowerCase().contains("unique");
    }

    private static <T extends Throwable> Optional<T> causeOfType(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return Optional.of(type.cast(t));
            }
        }
        return Optional.empty();
    }

    private static int statusOf(Refusal.Kind kind) {
        return switch (kind) {
            case NOT_FOUND -> Status.NOT_FOUND.getStatusCode();
            case INVALID -> Problem.UNPROCESSABLE_CONTENT;
            case CONFLICT -> Status.CONFLICT.getStatusCode();
            case FORBIDDEN -> Status.FORBIDDEN.getStatusCode();
            case TOO_MANY -> Status.TOO_MANY_REQUESTS.getStatusCode();
        };
    }

    private static String fieldOf(ConstraintViolation<?> violation) {
        String path = violation.getPropertyPath().toString();
        int lastDot = path.lastIndexOf('.');
        String last = lastDot < 0 ? path : path.substring(lastDot + 1);
        return last.startsWith("arg") || last.isEmpty() ? path : last;
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage();
    }
}
