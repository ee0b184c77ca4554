package org.omnistock.catalog.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.omnistock.access.entity.Scopes;
import org.omnistock.catalog.boundary.SkuCsv;
import org.omnistock.catalog.boundary.Skus;
import org.omnistock.catalog.boundary.SkusImported;

/** The catalog as a file: {@code code,name,category,unitCost,barcodes}, one SKU a line (see SkuCsv). */
@ApplicationScoped
@Tag(name = "catalog")
@Path("skus.csv")
public class CatalogFileResource {

    @Inject
    Skus skus;

    /** Every SKU, in the import format. */
    @GET
    @Produces(SkuCsv.MEDIA_TYPE)
    @RolesAllowed(Scopes.READ)
    public Response export() {
        return Response.ok(skus.exportCsv()).header("Content-Disposition", "attachment; filename=\"skus.csv\"")
                .build();
    }

    /**
     * Creates and changes SKUs from a file, all or none: 422 with one detail per wrong line (what it says, or a
     * barcode that is another SKU's). An empty field leaves what the SKU has; a barcodes field is its barcodes from
     * then on. Sending the same file again changes nothing.
     */
    @POST
    @Consumes({SkuCsv.MEDIA_TYPE, MediaType.TEXT_PLAIN})
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Scopes.CATALOG_WRITE)
    public SkusImported importCsv(String csv) {
        return skus.importCsv(csv);
    }
}
