package org.omnistock.promotion.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.omnistock.access.entity.Scopes;
import org.omnistock.platform.rest.ApiDocument;
import org.omnistock.promotion.boundary.BasketPricing;
import org.omnistock.promotion.boundary.RedemptionRequest;
import org.omnistock.promotion.boundary.RedemptionView;

/** Orders and sales record the promotions they used here, when they are placed. */
@ApplicationScoped
@Tag(name = "promotions")
@Path("redemptions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RedemptionsResource {

    @Inject
    BasketPricing pricing;

    /** 201 when counted, 200 when the reference was recorded before (nothing counted again), 409 when refused. */
    @APIResponse(responseCode = "201", description = "Counted", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RedemptionView.class)))
    @APIResponse(responseCode = "200", description = ApiDocument.SENT_AGAIN, content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RedemptionView.class)))
    @POST
    @RolesAllowed(Scopes.ORDERS_WRITE)
    public Response redeem(@NotNull @Valid RedemptionRequest request) {
        RedemptionView redemption = pricing.redeem(request);
        return Response.status(redemption.replayed() ? Response.Status.OK : Response.Status.CREATED)
                .entity(redemption).build();
    }
}
