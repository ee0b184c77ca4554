package org.omnistock.wishlist.rest;

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

import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.omnistock.access.entity.Scopes;
import org.omnistock.wishlist.boundary.WishInput;
import org.omnistock.wishlist.boundary.WishListView;
import org.omnistock.wishlist.boundary.WishLists;

/**
 * A customer's wish list. Notices that a wished SKU is back on sale or cheaper go out on
 * {@code omnistock.customer.wish}.
 */
@ApplicationScoped
@Tag(name = "customers")
@Path("customers/{number}/wish-list")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class WishListsResource {

    @Inject
    WishLists wishLists;

    @GET
    @RolesAllowed(Scopes.CUSTOMERS_READ)
    public WishListView list(@PathParam("number") String number) {
        return wishLists.list(number);
    }

    /** Puts the SKU on the list (again: nothing changes). */
    @PUT
    @Path("{sku}")
    @RolesAllowed(Scopes.CUSTOMERS_WRITE)
    public WishListView add(@PathParam("number") String number, @PathParam("sku") String sku,
                            @NotNull @Valid WishInput input) {
        return wishLists.add(number, sku, input);
    }

    @DELETE
    @Path("{sku}")
    @RolesAllowed(Scopes.CUSTOMERS_WRITE)
    public WishListView remove(@PathParam("number") String number, @PathParam("sku") String sku) {
        return wishLists.remove(number, sku);
    }
}
