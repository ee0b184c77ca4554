package org.omnistock.webhook.control;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * A subscriber's endpoint as MicroProfile Rest Client sees it: one POST to the subscription's URL, built once per
 * URL by the {@link WebhookDispatcher}. An answer of 400 or more arrives as the client's WebApplicationException,
 * whose response {@link WebhookLane} judges like any other ({@link WebhookRetries#verdict}).
 */
public interface WebhookEndpoint {

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    Response deliver(@HeaderParam(WebhookSignature.DELIVERY_HEADER) String deliveryId,
                     @HeaderParam(WebhookSignature.HEADER) String signature,
                     @HeaderParam("User-Agent") String userAgent, String envelope);
}
