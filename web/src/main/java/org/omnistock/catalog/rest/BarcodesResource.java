package org.omnistock.catalog.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.omnistock.access.entity.Scopes;
import org.omnistock.catalog.boundary.SkuView;
import org.omnistock.catalog.boundary.Skus;
import org.omnistock.platform.Refusal;

/** A till's or a handheld's lookup of what it scanned. */
@ApplicationScoped
@Tag(name = "catalog")
@Path("barcodes")
@Produces(MediaType.APPLICATION_JSON)
public class BarcodesResource {

    @Inject
    Skus skus;

    /**
     * The SKU the barcode is on, in any of its forms (a UPC-A as 12 digits or as its EAN-13); 422 for a code that is
     * no GTIN or has a wrong check digit (a misread), 404 for one no SKU has.
     */
    @GET
    @Path("{barcode}")
    @RolesAllowed(Scopes.READ)
    public SkuView find(@PathParam("barcode") String barcode) {
        return skus.findByBarcode(barcode).orElseThrow(() -> new Refusal(Refusal.Kind.NOT_FOUND, "unknown-barcode",
                "no SKU has barcode " + barcode));
    }
}
