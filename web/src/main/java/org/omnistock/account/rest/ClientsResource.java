package org.omnistock.account.rest;

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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.omnistock.access.entity.Scopes;
import org.omnistock.account.boundary.ApiClients;
import org.omnistock.account.boundary.ClientChange;
import org.omnistock.account.boundary.ClientView;
import org.omnistock.account.boundary.ConnectorBrokerUser;
import org.omnistock.account.boundary.ConnectorCredentials;
import org.omnistock.account.boundary.IssuedSecret;
import org.omnistock.account.boundary.NewClient;
import org.omnistock.platform.Refusal;

/** API clients, for admins. A secret is in the answer that creates or rotates it, and nowhere else. */
@ApplicationScoped
@Tag(name = "access")
@Path("clients")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Scopes.ADMIN)
public class ClientsResource {

    @Inject
    ApiClients clients;

    @Inject
    ConnectorCredentials connectors;

    @APIResponse(responseCode = "201", description = "Created: the client and its secret, shown this once",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = IssuedSecret.class)))
    @POST
    public Response create(@NotNull @Valid NewClient request, @Context UriInfo uriInfo) {
        IssuedSecret issued = clients.create(request);
        return Response.created(uriInfo.getAbsolutePathBuilder().path(issued.client().clientId()).build())
                .header("Cache-Control", "no-store").entity(issued).build();
    }

    @GET
    public List<ClientView> list() {
        return clients.list();
    }

    @GET
    @Path("{clientId}")
    public ClientView get(@PathParam("clientId") String clientId) {
        return clients.findByClientId(clientId).orElseThrow(() -> new Refusal(Refusal.Kind.NOT_FOUND,
                "unknown-client", "there is no API client " + clientId));
    }

    /** Scopes, store and channel, name, and whether it may get tokens (and use those it has). */
    @PUT
    @Path("{clientId}")
    public ClientView change(@PathParam("clientId") String clientId, @NotNull @Valid ClientChange request) {
        return clients.change(clientId, request);
    }

    /** A new secret, shown in this answer only; the old one stops working at once. */
    @APIResponse(responseCode = "200", description = "The client and its new secret, shown this once",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = IssuedSecret.class)))
    @POST
    @Path("{clientId}/secret")
    public Response rotateSecret(@PathParam("clientId") String clientId) {
        return Response.ok(clients.rotateSecret(clientId)).header("Cache-Control", "no-store").build();
    }

    /**
     * A broker user for the client's connector, reading the event addresses its scopes allow and sending nowhere;
     * the password is shown in this answer only, and issuing again renews it.
     */
    @APIResponse(responseCode = "200", description = "The connector's broker user and its new password, shown this once",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ConnectorBrokerUser.class)))
    @POST
    @Path("{clientId}/broker-credentials")
    public Response brokerUser(@PathParam("clientId") String clientId) {
        return Response.ok(connectors.issue(clientId)).header("Cache-Control", "no-store").build();
    }
}
