package org.omnistock.account.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.omnistock.access.entity.Scopes;
import org.omnistock.account.boundary.BrokerCredentials;
import org.omnistock.account.boundary.StoreCredentials;

/** A store's own broker user, for its till or store agent; issuing again renews the password. */
@ApplicationScoped
@Tag(name = "access")
@Path("locations/{code}/broker-credentials")
@Produces(MediaType.APPLICATION_JSON)
public class StoreCredentialsResource {

    @Inject
    StoreCredentials credentials;

    /** The store's broker user and a new password, shown in this answer only. */
    @APIResponse(responseCode = "200", description = "The store's broker user and its new password, shown this once",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = BrokerCredentials.class)))
    @POST
    @RolesAllowed(Scopes.ADMIN)
    public Response issue(@PathParam("code") String code) {
        return Response.ok(credentials.issue(code)).header("Cache-Control", "no-store").build();
    }
}
