package org.omnistock.platform.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;

import org.omnistock.access.boundary.Access;
import org.omnistock.platform.RequestKey;

/**
 * Reads a write's {@code Idempotency-Key} for the boundaries ({@link org.omnistock.platform.Idempotent}), in the
 * caller's own key space; a first answer given again is 200 (not 201) with {@code Idempotent-Replayed: true}. The
 * stock writes and reservations keep the key with what they write, and read the header themselves as well.
 */
@Provider
public class Idempotency implements ContainerRequestFilter, ContainerResponseFilter {

    public static final String HEADER = "Idempotency-Key";
    static final String REPLAYED = "Idempotent-Replayed";

    @Inject
    RequestKey requestKey;

    @Inject
    Access access;

    @Override
    public void filter(ContainerRequestContext request) {
        String key = request.getHeaderString(HEADER);
        if (key == null || "GET".equals(request.getMethod())) {
            return;
        }
        if (key.isBlank() || key.length() > RequestKey.MAX_LENGTH) {
            request.abortWith(Problem.of(Response.Status.BAD_REQUEST.getStatusCode(), "invalid-request",
                    HEADER + " is 1 to " + RequestKey.MAX_LENGTH + " characters", request.getUriInfo()
                            .getRequestUri().getPath()).toResponse());
            return;
        }
        requestKey.set(key.strip(), access.caller().id());
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (request.getHeaderString(HEADER) != null && requestKey.isReplayed()) {
            if (response.getStatus() == Response.Status.CREATED.getStatusCode()) {
                response.setStatus(Response.Status.OK.getStatusCode());
            }
            response.getHeaders().putSingle(REPLAYED, "true");
        }
    }
}
