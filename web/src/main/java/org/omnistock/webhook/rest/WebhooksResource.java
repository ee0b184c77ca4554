package org.omnistock.webhook.rest;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.omnistock.access.entity.Scopes;
import org.omnistock.platform.Page;
import org.omnistock.platform.rest.Instants;
import org.omnistock.webhook.boundary.DeliveryDetail;
import org.omnistock.webhook.boundary.DeliveryView;
import org.omnistock.webhook.boundary.IssuedWebhookSecret;
import org.omnistock.webhook.boundary.NewSubscription;
import org.omnistock.webhook.boundary.ReplayRange;
import org.omnistock.webhook.boundary.Replayed;
import org.omnistock.webhook.boundary.SubscriptionChange;
import org.omnistock.webhook.boundary.SubscriptionView;
import org.omnistock.webhook.boundary.Webhooks;

/**
 * Webhook subscriptions, their deliveries and replays (docs/webhooks.md). An API client with {@code read} manages
 * its own; an admin everyone's. A signing secret is in the answer that creates or rotates it, and nowhere else.
 */
@ApplicationScoped
@Tag(name = "webhooks")
@Path("webhooks")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Scopes.READ, Scopes.ADMIN})
public class WebhooksResource {

    @Inject
    Webhooks webhooks;

    /** The topics the caller may subscribe to. */
    @GET
    @Path("topics")
    public List<String> topics() {
        return webhooks.topics();
    }

    @APIResponse(responseCode = "201", description = "Created: the subscription and its signing secret, shown this "
            + "once", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(implementation = IssuedWebhookSecret.class)))
    @POST
    public Response create(@NotNull @Valid NewSubscription request, @Context UriInfo uriInfo) {
        IssuedWebhookSecret issued = webhooks.create(request);
        return Response.created(uriInfo.getAbsolutePathBuilder().path(issued.subscription().code()).build())
                .header("Cache-Control", "no-store").entity(issued).build();
    }

    /** The caller's subscriptions; an admin's are everyone's, or one client's with {@code clientId}. */
    @GET
    public List<SubscriptionView> list(@QueryParam("clientId") @Size(max = 64) String clientId) {
        return webhooks.list(clientId);
    }

    @GET
    @Path("{code}")
    public SubscriptionView get(@PathParam("code") String code) {
        return webhooks.get(code);
    }

    /** Endpoint, topics and filters. */
    @PUT
    @Path("{code}")
    public SubscriptionView change(@PathParam("code") String code, @NotNull @Valid SubscriptionChange request) {
        return webhooks.change(code, request);
    }

    /** The subscription with its deliveries and their attempts. */
    @APIResponse(responseCode = "204", description = "Deleted")
    @DELETE
    @Path("{code}")
    public Response delete(@PathParam("code") String code) {
        webhooks.delete(code);
        return Response.noContent().build();
    }

    /** A new signing secret, shown in this answer only; the previous one signs beside it for 24 hours. */
    @APIResponse(responseCode = "200", description = "The subscription and its new secret, shown this once",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = IssuedWebhookSecret.class)))
    @POST
    @Path("{code}/secret")
    public Response rotateSecret(@PathParam("code") String code) {
        return Response.ok(webhooks.rotateSecret(code)).header("Cache-Control", "no-store").build();
    }

    /** Stop sending; what is pending waits. */
    @POST
    @Path("{code}/disable")
    public SubscriptionView disable(@PathParam("code") String code) {
        return webhooks.disable(code);
    }

    /** Send again, what waited first. */
    @POST
    @Path("{code}/enable")
    public SubscriptionView enable(@PathParam("code") String code) {
        return webhooks.enable(code);
    }

    /** Deliveries, newest first: {@code ?status=FAILED&from=2026-12-01T00:00:00Z&to=...&page=0&size=50}. */
    @GET
    @Path("{code}/deliveries")
    public Page<DeliveryView> deliveries(@PathParam("code") String code,
                                         @QueryParam("status") @Size(max = 16) String status,
                                         @QueryParam("from") String from, @QueryParam("to") String to,
                                         @QueryParam("page") @DefaultValue("0") @Min(0) int page,
                                         @QueryParam("size") @DefaultValue("50") @Min(1) @Max(Page.MAX_SIZE)
                                         int size) {
        return webhooks.deliveries(code, status, Instants.parse("from", from), Instants.parse("to", to), page,
                size);
    }

    /** One delivery with its envelope and every attempt. */
    @GET
    @Path("{code}/deliveries/{id}")
    public DeliveryDetail delivery(@PathParam("code") String code, @PathParam("id") long id) {
        return webhooks.delivery(code, id);
    }

    /** The delivery's envelope once more, as a new delivery (same event id). */
    @APIResponse(responseCode = "201", description = "The new delivery", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DeliveryView.class)))
    @POST
    @Path("{code}/deliveries/{id}/replay")
    public Response replay(@PathParam("code") String code, @PathParam("id") long id, @Context UriInfo uriInfo) {
        DeliveryView replay = webhooks.replay(code, id);
        return Response.created(uriInfo.getBaseUriBuilder().path("webhooks").path(code).path("deliveries")
                .path(String.valueOf(replay.id())).build()).entity(replay).build();
    }

    /** Every original delivery created in {@code [from, to)} once more, in order (at most 10,000). */
    @POST
    @Path("{code}/replay")
    public Replayed replayRange(@PathParam("code") String code, @NotNull @Valid ReplayRange range) {
        return webhooks.replay(code, range);
    }
}
