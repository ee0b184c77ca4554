package org.omnistock.fulfilment.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.omnistock.access.entity.Scopes;
import org.omnistock.fulfilment.boundary.FulfilmentReport;
import org.omnistock.fulfilment.boundary.FulfilmentView;
import org.omnistock.fulfilment.boundary.Fulfilments;
import org.omnistock.platform.Refusal;

/**
 * A location's work for orders, reported step by step ({@code ACCEPT}, {@code PICK}, {@code PACK}, {@code SHIP},
 * {@code DELIVER}, {@code ARRIVE}, {@code COLLECT}, {@code REJECT}). A step reported again answers with {@code
 * replayed: true} and changes nothing; a step the fulfilment's state does not allow is 409.
 */
@ApplicationScoped
@Tag(name = "fulfilment")
@Path("fulfilments")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class FulfilmentsResource {

    @Inject
    Fulfilments fulfilments;

    @GET
    @Path("{code}")
    @RolesAllowed(Scopes.READ)
    public FulfilmentView get(@PathParam("code") String code) {
        return fulfilments.findView(code).orElseThrow(() -> new Refusal(Refusal.Kind.NOT_FOUND,
                "unknown-fulfilment", "there is no fulfilment " + code));
    }

    @POST
    @Path("{code}/reports")
    @RolesAllowed(Scopes.ORDERS_WRITE)
    public FulfilmentView report(@PathParam("code") String code, @NotNull @Valid FulfilmentReport report) {
        return fulfilments.report(code, report);
    }
}
