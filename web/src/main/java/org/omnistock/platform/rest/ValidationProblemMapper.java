package org.omnistock.platform.rest;

import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Invalid input as a problem detail with one error per field. Needed besides {@link ProblemMapper}: the JAX-RS
 * runtime's own mapper for validation errors is more specific than a mapper of {@code Exception}.
 */
@Provider
public class ValidationProblemMapper implements ExceptionMapper<ConstraintViolationException> {

    @Context
    UriInfo uriInfo;

    @Override
    public Response toResponse(ConstraintViolationException exception) {
        return ProblemMapper.toResponse(exception, uriInfo);
    }
}
