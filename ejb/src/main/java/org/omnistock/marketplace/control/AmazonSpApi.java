package org.omnistock.marketplace.control;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The parts of Amazon's Selling Partner API the connector uses, as MicroProfile Rest Client sees them (built per
 * address by {@link AmazonCalls}): Orders v0 ({@code getOrders}, {@code getOrderItems}, {@code confirmShipment}),
 * Feeds 2021-06-30 (a feed document, the feed, its processing report: JSON listings feeds and the XML order
 * acknowledgement feed) and Listings Items 2021-08-01 (a listing's
 * figure).
 */
public interface AmazonSpApi {

    String TOKEN = "x-amz-access-token";

    @GET
    @Path("orders/v0/orders")
    @Produces(MediaType.APPLICATION_JSON)
    Response orders(@HeaderParam(TOKEN) String token, @QueryParam("MarketplaceIds") String marketplaceIds,
                    @QueryParam("LastUpdatedAfter") String lastUpdatedAfter,
                    @QueryParam("MaxResultsPerPage") Integer maxResults, @QueryParam("NextToken") String nextToken);

    @GET
    @Path("orders/v0/orders/{orderId}/orderItems")
    @Produces(MediaType.APPLICATION_JSON)
    Response orderItems(@HeaderParam(TOKEN) String token, @PathParam("orderId") String orderId);

    /** Confirms the shipment of an order's items, with the carrier and tracking number (Orders v0). */
    @POST
    @Path("orders/v0/orders/{orderId}/shipmentConfirmation")
    @Consumes(MediaType.APPLICATION_JSON)
    Response confirmShipment(@HeaderParam(TOKEN) String token, @PathParam("orderId") String orderId, String body);

    @POST
    @Path("feeds/2021-06-30/documents")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    Response createFeedDocument(@HeaderParam(TOKEN) String token, String body);

    @POST
    @Path("feeds/2021-06-30/feeds")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    Response createFeed(@HeaderParam(TOKEN) String token, String body);

    @GET
    @Path("feeds/2021-06-30/feeds/{feedId}")
    @Produces(MediaType.APPLICATION_JSON)
    Response feed(@HeaderParam(TOKEN) String token, @PathParam("feedId") String feedId);

    @GET
    @Path("feeds/2021-06-30/documents/{documentId}")
    @Produces(MediaType.APPLICATION_JSON)
    Response feedDocument(@HeaderParam(TOKEN) String token, @PathParam("documentId") String documentId);

    /** A listing as the Listings Items API has it, with its fulfillment availability (the figure set last). */
    @GET
    @Path("listings/2021-08-01/items/{sellerId}/{sku}")
    @Produces(MediaType.APPLICATION_JSON)
    Response listing(@HeaderParam(TOKEN) String token, @PathParam("sellerId") String sellerId,
                     @PathParam("sku") String sku, @QueryParam("marketplaceIds") String marketplaceIds,
                     @QueryParam("includedData") String includedData);

    /**
     * A feed document's pre-signed address: the content goes there, no token (it is in the address). Built for
     * one address and closed after use.
     */
    interface Document extends AutoCloseable {

        @PUT
        @Consumes("application/json; charset=UTF-8")
        Response uploadJson(String content);

        @PUT
        @Consumes("text/xml; charset=UTF-8")
        Response uploadXml(String content);

        @GET
        @Produces({MediaType.APPLICATION_JSON, MediaType.TEXT_XML})
        Response download();
    }
}
