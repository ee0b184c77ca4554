package org.omnistock.marketplace.rest;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.omnistock.marketplace.boundary.MarketplaceWebhooks;

/**
 * Where a Shopify-shaped marketplace sends its webhooks for one account: no token, the account's webhook secret
 * signs each (docs/marketplaces.md). 200 once the order is in (or the topic is not about orders).
 */
@ApplicationScoped
@Tag(name = "marketplaces")
@Path("marketplace-hooks")
@PermitAll
public class MarketplaceHooksResource {

    @Inject
    MarketplaceWebhooks webhooks;

    @APIResponse(responseCode = "200", description = "Taken")
    @POST
    @Path("shopify/{account}")
    @Consumes(MediaType.WILDCARD)
    public Response shopify(@PathParam("account") String account, @HeaderParam("X-Shopify-Topic") String topic,
                            @HeaderParam("X-Shopify-Hmac-Sha256") String signature, byte[] body) {
        webhooks.receive(account, topic, signature, body);
        return Response.ok().build();
    }
}
