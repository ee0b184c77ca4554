package org.omnistock.purchasing.rest;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.omnistock.access.entity.Scopes;
import org.omnistock.purchasing.boundary.CategoryToleranceRequest;
import org.omnistock.purchasing.boundary.CategoryToleranceView;
import org.omnistock.purchasing.boundary.Purchasing;

/**
 * Delivery tolerances per category (docs/erp.md, "purchasing"): for a category's SKUs they take the place of the
 * suppliers' own.
 */
@ApplicationScoped
@Tag(name = "purchasing")
@Path("category-tolerances")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CategoryTolerancesResource {

    @Inject
    Purchasing purchasing;

    @GET
    @RolesAllowed(Scopes.PURCHASING_READ)
    public List<CategoryToleranceView> list() {
        return purchasing.categoryTolerances();
    }

    @PUT
    @Path("{category}")
    @RolesAllowed(Scopes.PURCHASING_WRITE)
    public CategoryToleranceView set(@PathParam("category") String category,
                                     @NotNull @Valid CategoryToleranceRequest request) {
        return purchasing.setCategoryTolerance(category, request);
    }

    @DELETE
    @Path("{category}")
    @RolesAllowed(Scopes.PURCHASING_WRITE)
    public Response remove(@PathParam("category") String category) {
        purchasing.removeCategoryTolerance(category);
        return Response.noContent().build();
    }
}
