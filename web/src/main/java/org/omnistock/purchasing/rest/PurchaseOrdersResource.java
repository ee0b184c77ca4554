package org.omnistock.purchasing.rest;

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
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.omnistock.access.entity.Scopes;
import org.omnistock.messages.purchasing.AdvanceShippingNotice;
import org.omnistock.platform.Page;
import org.omnistock.purchasing.boundary.GoodsReceipt;
import org.omnistock.purchasing.boundary.NewPurchaseOrder;
import org.omnistock.purchasing.boundary.PurchaseOrderView;
import org.omnistock.purchasing.boundary.NewLandedCost;
import org.omnistock.purchasing.boundary.NewSupplierInvoice;
import org.omnistock.purchasing.boundary.Purchasing;
import org.omnistock.purchasing.boundary.PurchaseSuggestions;
import org.omnistock.purchasing.boundary.ShippingNoticeView;
import org.omnistock.purchasing.boundary.ShippingNotices;
import org.omnistock.purchasing.boundary.SupplierInvoiceView;
import org.omnistock.purchasing.boundary.SuggestedLine;
import org.omnistock.purchasing.boundary.SupplierInvoices;
import org.omnistock.purchasing.entity.PurchaseOrderStatus;

/**
 * Purchase orders from draft to closed (docs/erp.md, "purchasing"): drafted and sent by a merchandiser or an ERP
 * ({@code purchasing:write}), received at a location by who may change its stock ({@code stock:write} there; beyond
 * the supplier's tolerance also {@code purchasing:exceed} and a reason), invoiced and costed by finance
 * ({@code payables:write}: the supplier's invoices and bills of landed costs).
 */
@ApplicationScoped
@Tag(name = "purchasing")
@Path("purchase-orders")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PurchaseOrdersResource {

    @Inject
    Purchasing purchasing;

    @Inject
    SupplierInvoices invoices;

    @Inject
    ShippingNotices notices;

    @Inject
    PurchaseSuggestions suggestions;

    @POST
    @RolesAllowed(Scopes.PURCHASING_WRITE)
    public Response draft(@NotNull @Valid NewPurchaseOrder request, @Context UriInfo uriInfo) {
        PurchaseOrderView order = purchasing.draft(request);
        return Response.created(uriInfo.getAbsolutePathBuilder().path(order.number()).build()).entity(order).build();
    }

    /** The latest orders, of one {@code status} if given. */
    @GET
    @RolesAllowed(Scopes.PURCHASING_READ)
    public Page<PurchaseOrderView> list(@QueryParam("status") PurchaseOrderStatus status,
                                        @QueryParam("page") @DefaultValue("0") @Min(0) int page,
                                        @QueryParam("size") @DefaultValue("50") @Min(1) @Max(Page.MAX_SIZE) int size) {
        return purchasing.orders(status, page, size);
    }

    @GET
    @Path("{number}")
    @RolesAllowed(Scopes.PURCHASING_READ)
    public PurchaseOrderView get(@PathParam("number") String number) {
        return purchasing.order(number);
    }

    @POST
    @Path("{number}/send")
    @RolesAllowed(Scopes.PURCHASING_WRITE)
    public PurchaseOrderView send(@PathParam("number") String number) {
        return purchasing.send(number);
    }

    @POST
    @Path("{number}/close")
    @RolesAllowed(Scopes.PURCHASING_WRITE)
    public PurchaseOrderView close(@PathParam("number") String number) {
        return purchasing.close(number);
    }

    @POST
    @Path("{number}/cancel")
    @RolesAllowed(Scopes.PURCHASING_WRITE)
    public PurchaseOrderView cancel(@PathParam("number") String number) {
        return purchasing.cancel(number);
    }

    /** Goods that came against the order at one location, line by line. */
    @POST
    @Path("{number}/receipts")
    @RolesAllowed(Scopes.STOCK_WRITE)
    public PurchaseOrderView receive(@PathParam("number") String number, @NotNull @Valid GoodsReceipt receipt) {
        return purchasing.receive(number, receipt);
    }

    /** The order's invoices and bills of landed costs, oldest first. */
    @GET
    @Path("{number}/invoices")
    @RolesAllowed(Scopes.PURCHASING_READ)
    public List<SupplierInvoiceView> invoices(@PathParam("number") String number) {
        return invoices.of(number);
    }

    /** The supplier's invoice for goods received against the order; its number once per supplier. */
    @POST
    @Path("{number}/invoices")
    @RolesAllowed(Scopes.PAYABLES_WRITE)
    public Response invoice(@PathParam("number") String number, @NotNull @Valid NewSupplierInvoice request) {
        return Response.status(Response.Status.CREATED).entity(invoices.invoice(number, request)).build();
    }

    /** A bill of costs landed on the order's goods (freight, duty), shared over what was received. */
    @POST
    @Path("{number}/landed-costs")
    @RolesAllowed(Scopes.PAYABLES_WRITE)
    public Response landedCost(@PathParam("number") String number, @NotNull @Valid NewLandedCost request) {
        return Response.status(Response.Status.CREATED).entity(invoices.landedCost(number, request)).build();
    }

    /** The suppliers' shipping notices of the order, oldest first. */
    @GET
    @Path("{number}/shipping-notices")
    @RolesAllowed(Scopes.PURCHASING_READ)
    public List<ShippingNoticeView> shippingNotices(@PathParam("number") String number) {
        return notices.of(number);
    }

    /** What the supplier says it has sent of the order, by SKU and location, and when it arrives. */
    @POST
    @Path("{number}/shipping-notices")
    @RolesAllowed(Scopes.PURCHASING_WRITE)
    public Response shippingNotice(@PathParam("number") String number, @NotNull AdvanceShippingNotice notice) {
        return Response.status(Response.Status.CREATED).entity(notices.record(number, notice)).build();
    }

    /**
     * What to order now, SKU by location, from the cheapest supplier of each, with the numbers behind each quantity;
     * of one supplier and for one location if given.
     */
    @GET
    @Path("suggestions")
    @RolesAllowed(Scopes.PURCHASING_READ)
    public List<SuggestedLine> suggestions(@QueryParam("supplier") String supplier,
                                           @QueryParam("location") String location) {
        return suggestions.suggest(supplier, location);
    }

    /** Drafts the supplier's suggestions (for one location if given) into a purchase order. */
    @POST
    @Path("suggestions/draft")
    @RolesAllowed(Scopes.PURCHASING_WRITE)
    public Response draftSuggested(@QueryParam("supplier") @NotNull String supplier,
                                   @QueryParam("location") String location, @Context UriInfo uriInfo) {
        PurchaseOrderView order = suggestions.draft(supplier, location);
        return Response.created(uriInfo.getBaseUriBuilder().path("purchase-orders").path(order.number()).build())
                .entity(order).build();
    }
}
