package org.omnistock.pricing.rest;

import java.util.List;

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
import org.omnistock.messages.Limits;
import org.omnistock.platform.Page;
import org.omnistock.platform.Refusal;
import org.omnistock.platform.rest.ApiDocument;
import org.omnistock.pricing.boundary.NewPrice;
import org.omnistock.pricing.boundary.NewPriceList;
import org.omnistock.pricing.boundary.PriceCsv;
import org.omnistock.pricing.boundary.PriceImports;
import org.omnistock.pricing.boundary.PriceListChange;
import org.omnistock.pricing.boundary.PriceListScope;
import org.omnistock.pricing.boundary.PriceListView;
import org.omnistock.pricing.boundary.PriceLists;
import org.omnistock.pricing.boundary.PriceView;
import org.omnistock.pricing.boundary.PricesRecorded;

/** Price lists and their prices; a price change is a new price with an effective instant. */
@ApplicationScoped
@Tag(name = "pricing")
@Path("price-lists")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PriceListsResource {

    @Inject
    PriceLists priceLists;

    @Inject
    PriceImports imports;

    @APIResponse(responseCode = "201", description = "Created", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PriceListView.class)))
    @APIResponse(responseCode = "200", description = ApiDocument.SENT_AGAIN, content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PriceListView.class)))
    @POST
    @RolesAllowed(Scopes.PRICES_WRITE)
    public Response create(@NotNull @Valid NewPriceList request, @Context UriInfo uriInfo) {
        PriceListView created = priceLists.create(request);
        return Response.created(uriInfo.getAbsolutePathBuilder().path(created.code()).build()).entity(created)
                .build();
    }

    @GET
    @RolesAllowed(Scopes.READ)
    public List<PriceListView> list() {
        return priceLists.list();
    }

    @GET
    @Path("{code}")
    @RolesAllowed(Scopes.READ)
    public PriceListView get(@PathParam("code") String code) {
        return priceLists.findByCode(code).orElseThrow(() -> new Refusal(Refusal.Kind.NOT_FOUND,
                "unknown-price-list", "there is no price list " + code));
    }

    /** Name, priority and validity window; the scope of a list does not change. */
    @PUT
    @Path("{code}")
    @RolesAllowed(Scopes.PRICES_WRITE)
    public PriceListView change(@PathParam("code") String code, @NotNull @Valid PriceListChange request) {
        return priceLists.change(code, request);
    }

    /** The recorded prices (the price history), with their status; of one SKU when {@code sku} is given. */
    /**
     * Changes whom the list prices for (channel, price zone, customer group; each empty for all); its prices go out
     * again to the stores it now reaches. The currency stays: the amounts are in it.
     */
    /** Whether the list's prices include tax: {@code {"pricesIncludeTax": false}} adds tax on top. */
    @PUT
    @Path("{code}/tax-basis")
    @RolesAllowed(Scopes.TAX_WRITE)
    public PriceListView setTaxBasis(@PathParam("code") String code, @NotNull @Valid TaxBasis basis) {
        return priceLists.setTaxBasis(code, basis.pricesIncludeTax());
    }

    /** Whether a list's prices include tax. */
    public record TaxBasis(@NotNull Boolean pricesIncludeTax) {
    }

    @PUT
    @Path("{code}/scope")
    @RolesAllowed(Scopes.PRICES_WRITE)
    public PriceListView changeScope(@PathParam("code") String code, @NotNull @Valid PriceListScope scope) {
        return priceLists.changeScope(code, scope);
    }

    @GET
    @Path("{code}/prices")
    @RolesAllowed(Scopes.READ)
    public Page<PriceView> prices(@PathParam("code") String code,
                                  @QueryParam("sku") @Size(max = Limits.MAX_SKU_CODE) String sku,
                                  @QueryParam("page") @DefaultValue("0") @Min(0) @Max(Limits.MAX_PAGE) int page,
                                  @QueryParam("size") @DefaultValue("50") @Min(1) @Max(Page.MAX_SIZE) int size) {
        return priceLists.prices(code, sku, page, size);
    }

    /** Records prices, all or none: 422 with one error per wrong price. */
    @POST
    @Path("{code}/prices")
    @RolesAllowed(Scopes.PRICES_WRITE)
    public PricesRecorded record(@PathParam("code") String code,
                                 @NotNull @Size(max = PriceLists.MAX_PRICES_PER_CALL) List<@NotNull @Valid NewPrice> prices) {
        return priceLists.record(code, prices);
    }

    /** The prices in force and scheduled, in the import format. */
    @GET
    @Path("{code}/prices.csv")
    @Produces(PriceCsv.MEDIA_TYPE)
    @RolesAllowed(Scopes.READ)
    public Response export(@PathParam("code") String code) {
        return Response.ok(PriceCsv.write(priceLists.currentAndScheduled(code)))
                .header("Content-Disposition", "attachment; filename=\"" + code + "-prices.csv\"").build();
    }

    /** Imports a CSV file, all or none: 422 with one error per wrong line. */
    @POST
    @Path("{code}/prices.csv")
    @Consumes({PriceCsv.MEDIA_TYPE, MediaType.TEXT_PLAIN})
    @RolesAllowed(Scopes.PRICES_WRITE)
    public PricesRecorded importCsv(@PathParam("code") String code, String csv) {
        return imports.importNow(code, csv);
    }
}
