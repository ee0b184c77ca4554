package org.omnistock.cart.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.omnistock.access.entity.Scopes;
import org.omnistock.cart.boundary.CartHold;
import org.omnistock.cart.boundary.CartLineChange;
import org.omnistock.cart.boundary.CartOrder;
import org.omnistock.cart.boundary.CartView;
import org.omnistock.cart.boundary.Carts;
import org.omnistock.cart.boundary.NewCart;
import org.omnistock.cart.boundary.SignIn;
import org.omnistock.order.boundary.OrderView;
import org.omnistock.platform.rest.ApiDocument;

/**
 * Server-side carts of the web shop and the app: a device keeps the cart's token; the customer's cart follows them
 * to every device once they sign in. Every answer is the cart priced now.
 */
@ApplicationScoped
@Tag(name = "carts")
@Path("carts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CartsResource {

    @Inject
    Carts carts;

    /** A new cart (201), or the signed-in customer's open cart in the channel (200). */
    @APIResponse(responseCode = "201", description = "Created; the signed-in customer's open cart answers 200",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = CartView.class)))
    @APIResponse(responseCode = "200", description = ApiDocument.SENT_AGAIN, content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CartView.class)))
    @POST
    @RolesAllowed(Scopes.ORDERS_WRITE)
    public Response open(@NotNull @Valid NewCart request, @Context UriInfo uriInfo) {
        Carts.Opened opened = carts.open(request);
        return (opened.created() ? Response.created(uriInfo.getAbsolutePathBuilder().path(opened.cart().token())
                .build()) : Response.ok()).entity(opened.cart()).build();
    }

    @GET
    @Path("{token}")
    @RolesAllowed(Scopes.READ)
    public CartView get(@PathParam("token") String token) {
        return carts.get(token);
    }

    /** Sets how many of the SKU the cart holds; 0 takes it out. */
    @PUT
    @Path("{token}/lines/{sku}")
    @RolesAllowed(Scopes.ORDERS_WRITE)
    public CartView put(@PathParam("token") String token, @PathParam("sku") String sku,
                        @NotNull @Valid CartLineChange change) {
        return carts.put(token, sku, change);
    }

    /** The customer signed in: the cart becomes theirs, or is merged into their cart, which is answered. */
    /**
     * Holds the cart's lines at a location (the store it will be collected from) for a while, instead of what it
     * held before; the hold follows the lines as they change, and is let go at checkout in the order's own
     * transaction, which is then routed with that stock.
     */
    @PUT
    @Path("{token}/hold")
    @RolesAllowed(Scopes.ORDERS_WRITE)
    public CartView hold(@PathParam("token") String token, @NotNull @Valid CartHold hold) {
        return carts.hold(token, hold);
    }

    @DELETE
    @Path("{token}/hold")
    @RolesAllowed(Scopes.ORDERS_WRITE)
    public CartView release(@PathParam("token") String token) {
        return carts.release(token);
    }

    @POST
    @Path("{token}/sign-in")
    @RolesAllowed(Scopes.ORDERS_WRITE)
    public CartView signIn(@PathParam("token") String token, @NotNull @Valid SignIn signIn) {
        return carts.signIn(token, signIn);
    }

    /** Checkout: the cart becomes an order (201 with the order), placed as the orders API places one. */
    @APIResponse(responseCode = "201", description = "Created", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OrderView.class)))
    @APIResponse(responseCode = "200", description = ApiDocument.SENT_AGAIN, content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OrderView.class)))
    @POST
    @Path("{token}/order")
    @RolesAllowed(Scopes.ORDERS_WRITE)
    public Response order(@PathParam("token") String token, @NotNull @Valid CartOrder checkout,
                          @Context UriInfo uriInfo) {
        OrderView order = carts.order(token, checkout);
        return (order.replayed() ? Response.ok() : Response.created(uriInfo.getBaseUriBuilder().path("orders")
                .path(order.number()).build())).entity(order).build();
    }
}
