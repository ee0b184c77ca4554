package org.omnistock.marketplace.rest;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.omnistock.access.entity.Scopes;
import org.omnistock.marketplace.boundary.AccountView;
import org.omnistock.marketplace.boundary.ListingView;
import org.omnistock.marketplace.boundary.Marketplaces;
import org.omnistock.marketplace.boundary.NewAccount;
import org.omnistock.marketplace.boundary.NewListing;
import org.omnistock.marketplace.boundary.ReconciliationRow;

/** Marketplace accounts, listings, syncs and reconciliation (docs/marketplaces.md), for admins. */
@ApplicationScoped
@Tag(name = "marketplaces")
@Path("marketplaces")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Scopes.ADMIN)
public class MarketplacesResource {

    @Inject
    Marketplaces marketplaces;

    @APIResponse(responseCode = "201", description = "Created: the account and its health", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AccountView.class)))
    @POST
    public Response create(@NotNull @Valid NewAccount request, @Context UriInfo uriInfo) {
        AccountView created = marketplaces.create(request);
        return Response.created(uriInfo.getAbsolutePathBuilder().path(created.code()).build()).entity(created)
                .build();
    }

    /** Every account with its health: last poll, push and full sync, backlog, errors, quota use. */
    @GET
    public List<AccountView> list() {
        return marketplaces.list();
    }

    @GET
    @Path("{code}")
    public AccountView get(@PathParam("code") String code) {
        return marketplaces.get(code);
    }

    @POST
    @Path("{code}/enable")
    public AccountView enable(@PathParam("code") String code) {
        return marketplaces.enable(code, true);
    }

    @POST
    @Path("{code}/disable")
    public AccountView disable(@PathParam("code") String code) {
        return marketplaces.enable(code, false);
    }

    @GET
    @Path("{code}/listings")
    public List<ListingView> listings(@PathParam("code") String code) {
        return marketplaces.listings(code);
    }

    /** Where the SKU is on the marketplace; its figure and price go there next. */
    @PUT
    @Path("{code}/listings/{sku}")
    public ListingView putListing(@PathParam("code") String code, @PathParam("sku") String sku,
                                  @NotNull @Valid NewListing request) {
        return marketplaces.putListing(code, sku, request);
    }

    /** Every listing's figure and price again, within the quota. */
    @POST
    @Path("{code}/full-sync")
    public AccountView fullSync(@PathParam("code") String code) {
        return marketplaces.fullSync(code);
    }

    /** The orders updated in the last hours read again (default 24), in the background. */
    @POST
    @Path("{code}/reread")
    public AccountView reread(@PathParam("code") String code,
                              @QueryParam("hours") @DefaultValue("24") @Min(1) @Max(24 * 14) int hours) {
        return marketplaces.reread(code, hours);
    }

    /** The marketplace's figures beside the channel's now, 250 listings from {@code first}, and why they differ. */
    @GET
    @Path("{code}/reconciliation")
    public List<ReconciliationRow> reconciliation(@PathParam("code") String code,
                                                  @QueryParam("first") @DefaultValue("0") @Min(0) int first) {
        return marketplaces.reconciliation(code, first);
    }
}
