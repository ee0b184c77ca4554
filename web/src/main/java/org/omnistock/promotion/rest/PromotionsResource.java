package org.omnistock.promotion.rest;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.omnistock.access.entity.Scopes;
import org.omnistock.messages.promotion.PromotionRule;
import org.omnistock.platform.Refusal;
import org.omnistock.platform.rest.ApiDocument;
import org.omnistock.promotion.boundary.CouponView;
import org.omnistock.promotion.boundary.NewCoupons;
import org.omnistock.promotion.boundary.PromotionView;
import org.omnistock.promotion.boundary.Promotions;

/** Promotions (the body is the rule stores receive) and their coupon codes. */
@ApplicationScoped
@Tag(name = "promotions")
@Path("promotions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PromotionsResource {

    @Inject
    Promotions promotions;

    @APIResponse(responseCode = "201", description = "Created", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PromotionView.class)))
    @APIResponse(responseCode = "200", description = ApiDocument.SENT_AGAIN, content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PromotionView.class)))
    @POST
    @RolesAllowed(Scopes.PROMOTIONS_WRITE)
    public Response create(@NotNull PromotionRule rule, @Context UriInfo uriInfo) {
        PromotionView created = promotions.create(rule);
        return Response.created(uriInfo.getAbsolutePathBuilder().path(rule.code()).build()).entity(created).build();
    }

    @GET
    @RolesAllowed(Scopes.READ)
    public List<PromotionView> list() {
        return promotions.list();
    }

    @GET
    @Path("{code}")
    @RolesAllowed(Scopes.READ)
    public PromotionView get(@PathParam("code") String code) {
        return promotions.findByCode(code).orElseThrow(
                () -> new Refusal(Refusal.Kind.NOT_FOUND, "unknown-promotion", "there is no promotion " + code));
    }

    @PUT
    @Path("{code}")
    @RolesAllowed(Scopes.PROMOTIONS_WRITE)
    public PromotionView change(@PathParam("code") String code, @NotNull PromotionRule rule) {
        return promotions.change(code, rule);
    }

    /** Withdraws the promotion everywhere; it stays on record with its redemptions. */
    @DELETE
    @Path("{code}")
    @RolesAllowed(Scopes.PROMOTIONS_WRITE)
    public PromotionView withdraw(@PathParam("code") String code) {
        return promotions.withdraw(code);
    }

    @APIResponse(responseCode = "201", description = "Created",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = CouponView.class, type = SchemaType.ARRAY)))
    @APIResponse(responseCode = "200", description = ApiDocument.SENT_AGAIN,
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = CouponView.class, type = SchemaType.ARRAY)))
    @POST
    @Path("{code}/coupons")
    @RolesAllowed(Scopes.PROMOTIONS_WRITE)
    public Response addCoupons(@PathParam("code") String code, @NotNull @Valid NewCoupons request) {
        return Response.status(Response.Status.CREATED).entity(promotions.addCoupons(code, request)).build();
    }

    @GET
    @Path("{code}/coupons")
    @RolesAllowed(Scopes.PROMOTIONS_WRITE)
    public List<CouponView> coupons(@PathParam("code") String code) {
        return promotions.coupons(code);
    }
}
