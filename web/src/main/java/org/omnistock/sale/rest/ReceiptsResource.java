package org.omnistock.sale.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
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

    /**
     * The receipt as JSON, or as a PDF when the caller asks for {@code application/pdf} before JSON (a caller that
     * accepts anything gets JSON).
     */
    @GET
    @Path("{receipt}")
    @Produces({MediaType.APPLICATION_JSON, ReceiptPdf.MEDIA_TYPE})
    @RolesAllowed(Scopes.READ)
    @APIResponse(responseCode = "200", description = "The receipt", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReceiptView.class)),
            @Content(mediaType = ReceiptPdf.MEDIA_TYPE)})
    public Response receipt(@PathParam("store") String store, @PathParam("receipt") String receipt,
                            @Context HttpHeaders headers) {
        return ReceiptPdf.asAsked(sales.receipt(store, receipt), headers);
    }
}
