package org.omnistock.location.rest;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
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
import org.omnistock.location.boundary.LocationView;
import org.omnistock.fulfilment.boundary.FulfilmentView;
import org.omnistock.fulfilment.boundary.Fulfilments;
import org.omnistock.fulfilment.entity.FulfilmentStatus;
import org.omnistock.location.boundary.FulfilmentSettings;
import org.omnistock.location.boundary.Locations;
import org.omnistock.location.boundary.NewLocation;
import org.omnistock.location.boundary.TaxPlaceRequest;
import org.omnistock.messages.Limits;
import org.omnistock.platform.Page;
import org.omnistock.platform.Refusal;
import org.omnistock.platform.rest.ApiDocument;
import org.omnistock.stock.boundary.StockLedger;
import org.omnistock.stock.boundary.StockLevelView;

@ApplicationScoped
@Tag(name = "locations")
@Path("locations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class LocationsResource {

    @Inject
    Locations locations;

    @Inject
    StockLedger ledger;

    @Inject
    Fulfilments fulfilments;

    @APIResponse(responseCode = "201", description = "Created", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = LocationView.class)))
    @APIResponse(responseCode = "200", description = ApiDocument.SENT_AGAIN, content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = LocationView.class)))
    @POST
    @RolesAllowed(Scopes.CATALOG_WRITE)
    public Response create(@NotNull @Valid NewLocation request, @Context UriInfo uriInfo) {
        LocationView created = locations.create(request);
        return Response.created(uriInfo.getAbsolutePathBuilder().path(created.code()).build()).entity(created)
                .build();
    }

    @GET
    @RolesAllowed(Scopes.READ)
    public Page<LocationView> list(@QueryParam("page") @DefaultValue("0") @Min(0) @Max(Limits.MAX_PAGE) int page,
                                   @QueryParam("size") @DefaultValue("50") @Min(1) @Max(Page.MAX_SIZE) int size) {
        return locations.list(page, size);
    }

    @GET
    @Path("{code}")
    @RolesAllowed(Scopes.READ)
    public LocationView get(@PathParam("code") String code) {
        return locations.findByCode(code).orElseThrow(
                () -> new Refusal(Refusal.Kind.NOT_FOUND, "unknown-location", "there is no location " + code));
    }

    /** Which price zone the location's prices come from; null or blank takes it out of any zone. */
    public record PriceZone(@Size(max = 32) String priceZone) {
    }

    @PUT
    @Path("{code}/price-zone")
    @RolesAllowed(Scopes.CATALOG_WRITE)
    public LocationView setPriceZone(@PathParam("code") String code, @NotNull @Valid PriceZone request) {
        return locations.setPriceZone(code, request.priceZone());
    }

    /** Where the location supplies from, for tax: {@code {"country": "NL"}}, {@code {"country": null}} taxes nothing. */
    @PUT
    @Path("{code}/tax-place")
    @RolesAllowed(Scopes.TAX_WRITE)
    public LocationView setTaxPlace(@PathParam("code") String code, @NotNull @Valid TaxPlaceRequest place) {
        return locations.setTaxPlace(code, place);
    }

    /** What the location does for orders: shipping, pickup, daily capacity, cost, deadlines, time zone. */
    @PUT
    @Path("{code}/fulfilment")
    @RolesAllowed(Scopes.CATALOG_WRITE)
    public LocationView setFulfilment(@PathParam("code") String code, @NotNull @Valid FulfilmentSettings settings) {
        return locations.setFulfilment(code, settings);
    }

    /**
     * The location's work for orders, oldest first: its pick list with {@code status=SENT&status=ACCEPTED&status=
     * PICKED}, its pickups waiting with {@code status=READY_FOR_PICKUP}; every status when left out.
     */
    @GET
    @Path("{code}/fulfilments")
    @RolesAllowed(Scopes.READ)
    public Page<FulfilmentView> fulfilments(@PathParam("code") String code,
                                            @QueryParam("status") @Size(max = 20) List<String> status,
                                            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(Limits.MAX_PAGE)
                                            int page,
                                            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(Page.MAX_SIZE)
                                            int size) {
        Set<FulfilmentStatus> statuses = new HashSet<>();
        for (String name : status) {
            try {
                statuses.add(FulfilmentStatus.valueOf(name));
            } catch (IllegalArgumentException e) {
                throw new Refusal(Refusal.Kind.INVALID, "invalid-request", "status " + name + " is not one of "
                        + Arrays.toString(FulfilmentStatus.values()));
            }
        }
        return fulfilments.atLocation(code, statuses, page, size);
    }

    /** The stock levels at this location, by SKU code; of one category with {@code category} (a count sheet). */
    @GET
    @Path("{code}/stock")
    @RolesAllowed(Scopes.READ)
    public Page<StockLevelView> stock(@PathParam("code") String code,
                                      @QueryParam("category") @Size(max = Limits.MAX_NAME) String category,
                                      @QueryParam("page") @DefaultValue("0") @Min(0) @Max(Limits.MAX_PAGE) int page,
                                      @QueryParam("size") @DefaultValue("50") @Min(1) @Max(Page.MAX_SIZE) int size) {
        return ledger.levelsAt(code, category, page, size);
    }
}
