package org.omnistock.stock.rest;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.omnistock.access.entity.Scopes;
import org.omnistock.platform.Refusal;
import org.omnistock.platform.rest.ApiDocument;
import org.omnistock.platform.rest.Idempotency;
import org.omnistock.stock.boundary.ReservationRequest;
import org.omnistock.stock.boundary.ReservationView;
import org.omnistock.stock.boundary.Reservations;

/**
 * Stock held for orders and carts. A request reserves all its lines or none (422 {@code insufficient-stock} naming
 * the line); with an {@code Idempotency-Key} a repeat returns the first result.
 */
@ApplicationScoped
@Tag(name = "reservations")
@Path("reservations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ReservationsResource {

    @Inject
    Reservations reservations;

    @APIResponse(responseCode = "201", description = "Held, every line", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Held.class)))
    @APIResponse(responseCode = "200", description = ApiDocument.SENT_AGAIN, content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Held.class)))
    @POST
    @RolesAllowed(Scopes.ORDERS_WRITE)
    public Response reserve(@NotNull @Valid ReservationRequest request,
                            @HeaderParam(Idempotency.HEADER) @Size(max = 200) String idempotencyKey) {
        List<ReservationView> held = reservations.reserve(request, idempotencyKey);
        return Response.status(Response.Status.CREATED).entity(new Held(held)).build();
    }

    @GET
    @Path("{id}")
    @RolesAllowed(Scopes.READ)
    public ReservationView get(@PathParam("id") long id) {
        return reservations.find(id).orElseThrow(
                () -> new Refusal(Refusal.Kind.NOT_FOUND, "unknown-reservation", "there is no reservation " + id));
    }

    /** The held quantity leaves with its order: reserved and on hand go down. */
    @POST
    @Path("{id}/fulfilment")
    @RolesAllowed(Scopes.ORDERS_WRITE)
    public ReservationView fulfil(@PathParam("id") long id) {
        return reservations.fulfil(id);
    }

    /** The hold is given up: the quantity is available again. */
    @POST
    @Path("{id}/release")
    @RolesAllowed(Scopes.ORDERS_WRITE)
    public ReservationView release(@PathParam("id") long id) {
        return reservations.release(id);
    }

    /** The reservations made by one request, one per line. */
    public record Held(List<ReservationView> reservations) {
    }
}
