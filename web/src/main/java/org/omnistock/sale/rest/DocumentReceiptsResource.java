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

/**
 * A numbered document as it is printed, found by the number a customer or a tax office reads from it: a till's
 * receipt (a simplified invoice or a credit note), an order's invoice or a return's credit note with the lines and
 * tax it was issued with; JSON or a PDF.
 */
@ApplicationScoped
@Tag(name = "till receipts")
@Path("documents/{number}/receipt")
public class DocumentReceiptsResource {

    @Inject
    Sales sales;

    /** As JSON, or as a PDF when the caller asks for {@code application/pdf} before JSON. */
    @GET
    @Produces({MediaType.APPLICATION_JSON, ReceiptPdf.MEDIA_TYPE})
    @RolesAllowed(Scopes.READ)
    @APIResponse(responseCode = "200", description = "The document as printed", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReceiptView.class)),
            @Content(mediaType = ReceiptPdf.MEDIA_TYPE)})
    public Response receipt(@PathParam("number") String number, @Context HttpHeaders headers) {
        return ReceiptPdf.asAsked(sales.receiptOfDocument(number), headers);
    }
}
