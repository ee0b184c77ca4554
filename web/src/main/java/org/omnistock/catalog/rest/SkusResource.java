package org.omnistock.catalog.rest;

import java.time.Instant;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import org.omnistock.catalog.boundary.NewBarcode;
import org.omnistock.catalog.boundary.NewSku;
import org.omnistock.catalog.boundary.SkuChange;
import org.omnistock.catalog.boundary.SkuTax;
import org.omnistock.catalog.boundary.SkuView;
import org.omnistock.catalog.boundary.Skus;
import org.omnistock.catalog.boundary.UnitCost;
import org.omnistock.messages.Limits;
import org.omnistock.platform.Page;
import org.omnistock.platform.Refusal;
import org.omnistock.platform.rest.ApiDocument;
import org.omnistock.platform.rest.Instants;
import org.omnistock.pricing.boundary.PriceContext;
import org.omnistock.pricing.boundary.PriceResolver;
import org.omnistock.pricing.boundary.ResolvedPrice;
import org.omnistock.stock.boundary.MovementView;
import org.omnistock.stock.boundary.NetworkStock;
import org.omnistock.stock.boundary.StockLedger;

@ApplicationScoped
@Tag(name = "catalog")
@Path("skus")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SkusResource {

    @Inject
    Skus skus;

    @Inject
    StockLedger ledger;

    @Inject
    PriceResolver prices;

    @APIResponse(responseCode = "201", description = "Created", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SkuView.class)))
    @APIResponse(responseCode = "200", description = ApiDocument.SENT_AGAIN, content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SkuView.class)))
    @POST
    @RolesAllowed(Scopes.CATALOG_WRITE)
    public Response create(@NotNull @Valid NewSku request, @Context UriInfo uriInfo) {
        SkuView created = skus.create(request);
        return Response.created(uriInfo.getAbsolutePathBuilder().path(created.code()).build()).entity(created)
                .build();
    }

    /** SKUs whose code or name contains {@code q}, by code. */
    @GET
    @RolesAllowed(Scopes.READ)
    public Page<SkuView> list(@QueryParam("q") @Size(max = Limits.MAX_NAME) String text,
                              @QueryParam("page") @DefaultValue("0") @Min(0) @Max(Limits.MAX_PAGE) int page,
                              @QueryParam("size") @DefaultValue("50") @Min(1) @Max(Page.MAX_SIZE) int size) {
        return skus.list(text, page, size);
    }

    @GET
    @Path("{code}")
    @RolesAllowed(Scopes.READ)
    public SkuView get(@PathParam("code") String code) {
        return skus.findByCode(code).orElseThrow(
                () -> new Refusal(Refusal.Kind.NOT_FOUND, "unknown-sku", "there is no SKU " + code));
    }

    /** Renames the SKU or moves it to another category; stores are told. */
    @PUT
    @Path("{code}")
    @RolesAllowed(Scopes.CATALOG_WRITE)
    public SkuView change(@PathParam("code") String code, @NotNull @Valid SkuChange change) {
        return skus.change(code, change);
    }

    /**
     * Gives the SKU a barcode (EAN-13, EAN-8, UPC-A or GTIN-14 with its check digit; stored as
     * {@code Gtin.normalise} gives it): 201, or 200 if the SKU has it already; 409 if another SKU has it.
     */
    @APIResponse(responseCode = "201", description = "Created", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SkuView.class)))
    @APIResponse(responseCode = "200", description = ApiDocument.SENT_AGAIN, content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SkuView.class)))
    @POST
    @Path("{code}/barcodes")
    @RolesAllowed(Scopes.CATALOG_WRITE)
    public Response addBarcode(@PathParam("code") String code, @NotNull @Valid NewBarcode barcode) {
        Skus.BarcodeAdded added = skus.addBarcode(code, barcode);
        return Response.status(added.added() ? Response.Status.CREATED : Response.Status.OK).entity(added.sku())
                .build();
    }

    @DELETE
    @Path("{code}/barcodes/{barcode}")
    @RolesAllowed(Scopes.CATALOG_WRITE)
    public SkuView removeBarcode(@PathParam("code") String code, @PathParam("barcode") String barcode) {
        return skus.removeBarcode(code, barcode);
    }

    /** How the SKU is taxed: {@code {"taxClass": "REDUCED", "hsnCode": "6109"}}. */
    @PUT
    @Path("{code}/tax")
    @RolesAllowed(Scopes.TAX_WRITE)
    public SkuView setTax(@PathParam("code") String code, @NotNull @Valid SkuTax tax) {
        return skus.setTax(code, tax);
    }

    /** What a unit costs the retailer from now on, for margins; {@code {"unitCost": null}} forgets it. */
    @PUT
    @Path("{code}/cost")
    @RolesAllowed(Scopes.CATALOG_WRITE)
    public SkuView setUnitCost(@PathParam("code") String code, @NotNull @Valid UnitCost unitCost) {
        return skus.setUnitCost(code, unitCost);
    }

    /**
     * The SKU's stock level at every location that has one, with network totals; with {@code asOf} (ISO-8601), as
     * the ledger stood at that instant (what each location could promise then).
     */
    @GET
    @Path("{code}/stock")
    @RolesAllowed(Scopes.READ)
    public NetworkStock stock(@PathParam("code") String code, @QueryParam("asOf") String asOf) {
        Instant at = Instants.parse("asOf", asOf);
        return at == null ? ledger.levelsOfSku(code) : ledger.levelsOfSkuAsOf(code, at);
    }

    /**
     * The price of the SKU for a channel, location (its price zone) and customer group, now or at another instant,
     * with the lowest price of the 30 days before.
     */
    @GET
    @Path("{code}/price")
    @RolesAllowed(Scopes.READ)
    public ResolvedPrice price(@PathParam("code") String code,
                               @QueryParam("currency") @NotNull @Pattern(regexp = "[A-Z]{3}",
                                       message = "must be an ISO 4217 code") String currency,
                               @QueryParam("channel") @Size(max = Limits.MAX_CODE) String channel,
                               @QueryParam("location") @Size(max = Limits.MAX_CODE) String location,
                               @QueryParam("customerGroup") @Size(max = Limits.MAX_CODE) String customerGroup,
                               @QueryParam("quantity") @DefaultValue("1") @Min(1) @Max(Limits.MAX_QUANTITY) int quantity,
                               @QueryParam("at") String at) {
        return prices.price(code, quantity, new PriceContext(currency, channel, location, customerGroup,
                Instants.parse("at", at)));
    }

    /** The ledger of this SKU at one location, newest first. */
    @GET
    @Path("{code}/movements")
    @RolesAllowed(Scopes.READ)
    public Page<MovementView> movements(@PathParam("code") String code,
                                        @QueryParam("location") @NotNull String location,
                                        @QueryParam("page") @DefaultValue("0") @Min(0) @Max(Limits.MAX_PAGE) int page,
                                        @QueryParam("size") @DefaultValue("50") @Min(1) @Max(Page.MAX_SIZE) int size) {
        return ledger.movements(code, location, page, size);
    }
}
