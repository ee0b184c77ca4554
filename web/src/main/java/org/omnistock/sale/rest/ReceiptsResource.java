package org.omnistock.sale.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.omnistock.access.entity.Scopes;
import org.omnistock.sale.boundary.ReceiptView;
import org.omnistock.sale.boundary.Sales;

/** A recorded till receipt as it is printed: its document number, lines, tax by rate, tenders, legal texts. */
@ApplicationScoped
@Tag(name = "till receipts")
@Path("stores/{store}/receipts")
@Produces(MediaType.APPLICATION_JSON)
public class ReceiptsResource {

    @Inject
    Sales sales;

    @GET
    @Path("{receipt}")
    @RolesAllowed(Scopes.READ)
    public ReceiptView receipt(@PathParam("store") String store, @PathParam("receipt") String receipt) {
        return sales.receipt(store, receipt);
    }

    /** The same receipt as a PDF ({@code Accept: application/pdf}). */
    @GET
    @Path("{receipt}")
    @Produces(ReceiptPdf.MEDIA_TYPE)
    @RolesAllowed(Scopes.READ)
    public Response receiptPdf(@PathParam("store") String store, @PathParam("receipt") String receipt) {
        return ReceiptPdf.response(sales.receipt(store, receipt));
    }
}
