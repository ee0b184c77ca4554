package org.omnistock.purchasing.rest;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.omnistock.access.entity.Scopes;
import org.omnistock.purchasing.boundary.NewSupplier;
import org.omnistock.purchasing.boundary.Purchasing;
import org.omnistock.purchasing.boundary.SupplierCredentials;
import org.omnistock.purchasing.boundary.SupplierItemRequest;
import org.omnistock.purchasing.boundary.SupplierView;

/** Suppliers and what they supply (docs/erp.md, "purchasing"). */
@ApplicationScoped
@Tag(name = "purchasing")
@Path("suppliers")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class SuppliersResource {

    @Inject
    Purchasing purchasing;

    @Inject
    SupplierCredentials credentials;

    @POST
    @RolesAllowed(Scopes.PURCHASING_WRITE)
    public Response create(@NotNull @Valid NewSupplier request) {
        return Response.status(Response.Status.CREATED).entity(purchasing.createSupplier(request)).build();
    }

    @GET
    @RolesAllowed(Scopes.PURCHASING_READ)
    public List<SupplierView> list() {
        return purchasing.suppliers();
    }

    @GET
    @Path("{code}")
    @RolesAllowed(Scopes.PURCHASING_READ)
    public SupplierView get(@PathParam("code") String code) {
        return purchasing.supplierView(code);
    }

    /** Sets what the supplier supplies of a SKU: its code, price, pack and minimum. */
    @PUT
    @Path("{code}/items")
    @RolesAllowed(Scopes.PURCHASING_WRITE)
    public SupplierView setItem(@PathParam("code") String code, @NotNull @Valid SupplierItemRequest request) {
        return purchasing.setItem(code, request);
    }

    /** A new password for the supplier's broker user, which sends its shipping notices; shown once. */
    @POST
    @Path("{code}/broker-credentials")
    @RolesAllowed(Scopes.ADMIN)
    public SupplierCredentials.SupplierBrokerUser brokerCredentials(@PathParam("code") String code) {
        return credentials.issue(code);
    }
}
