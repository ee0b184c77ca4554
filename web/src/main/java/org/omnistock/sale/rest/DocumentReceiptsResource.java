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

/**
 * The till receipt a numbered document documents (a simplified invoice or a credit note), found by the number a
 * customer or a tax office reads from it; JSON or a PDF. A document of anything else is 409.
 */
@ApplicationScoped
@Tag(name = "till receipts")
@Path("documents/{number}/receipt")
public class DocumentReceiptsResource {

    @Inject
    Sales sales;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Scopes.READ)
    public ReceiptView receipt(@PathParam("number") String number) {
        return sales.receiptOfDocument(number);
    }

    /** The same receipt as a PDF ({@code Accept: application/pdf}). */
    @GET
    @Produces(ReceiptPdf.MEDIA_TYPE)
    @RolesAllowed(Scopes.READ)
    public Response receiptPdf(@PathParam("number") String number) {
        return ReceiptPdf.response(sales.receiptOfDocument(number));
    }
}
