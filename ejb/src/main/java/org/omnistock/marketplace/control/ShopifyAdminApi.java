package org.omnistock.marketplace.control;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The parts of Shopify's Admin API the connector uses, as MicroProfile Rest Client sees them (built per account by
 * {@link ShopifyCalls}): orders and their fulfillments over REST, orders paged by the {@code page_info} cursor of
 * the {@code Link} header, and inventory and prices over GraphQL.
 */
@Path("/admin/api/2025-07")
public interface ShopifyAdminApi {

    String TOKEN = "X-Shopify-Access-Token";

    /** The first page: orders updated since {@code updatedAtMin}; a next page takes {@code pageInfo} alone. */
    @GET
    @Path("orders.json")
    @Produces(MediaType.APPLICATION_JSON)
    Response orders(@HeaderParam(TOKEN) String token, @QueryParam("status") String status,
                    @QueryParam("updated_at_min") String updatedAtMin, @QueryParam("order") String order,
                    @QueryParam("limit") Integer limit, @QueryParam("page_info") String pageInfo);

    /** The order's fulfillment orders: what Shopify expects to be fulfilled, and by whom. */
    @GET
    @Path("orders/{id}/fulfillment_orders.json")
    @Produces(MediaType.APPLICATION_JSON)
    Response fulfillmentOrders(@HeaderParam(TOKEN) String token, @PathParam("id") String orderId);

    /** A fulfillment of fulfillment orders, with its tracking. */
    @POST
    @Path("fulfillments.json")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    Response createFulfillment(@HeaderParam(TOKEN) String token, String body);

    @POST
    @Path("graphql.json")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    Response graphql(@HeaderParam(TOKEN) String token, String body);
}
