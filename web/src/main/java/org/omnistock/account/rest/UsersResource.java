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
import org.omnistock.account.boundary.NewPassword;
import org.omnistock.account.boundary.NewUser;
import org.omnistock.account.boundary.UserChange;
import org.omnistock.account.boundary.UserView;
import org.omnistock.account.boundary.Users;
import org.omnistock.platform.Refusal;
import org.omnistock.platform.rest.ApiDocument;

/** Staff users of the back office, for admins and for automation that sets them up. */
@ApplicationScoped
@Tag(name = "access")
@Path("users")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Scopes.ADMIN)
public class UsersResource {

    @Inject
    Users users;

    @APIResponse(responseCode = "201", description = "Created", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = UserView.class)))
    @APIResponse(responseCode = "200", description = ApiDocument.SENT_AGAIN, content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = UserView.class)))
    @POST
    public Response create(@NotNull @Valid NewUser request, @Context UriInfo uriInfo) {
        UserView created = users.create(request);
        return Response.created(uriInfo.getAbsolutePathBuilder().path(created.username()).build()).entity(created)
                .build();
    }

    @GET
    public List<UserView> list() {
        return users.list();
    }

    @GET
    @Path("{username}")
    public UserView get(@PathParam("username") String username) {
        return users.findByUsername(username).orElseThrow(
                () -> new Refusal(Refusal.Kind.NOT_FOUND, "unknown-user", "there is no user " + username));
    }

    /** Role, stores, name and whether the user may sign in. */
    @PUT
    @Path("{username}")
    public UserView change(@PathParam("username") String username, @NotNull @Valid UserChange request) {
        return users.change(username, request);
    }

    /** Sets the password (a user who forgot it); also lifts a lockout. */
    @PUT
    @Path("{username}/password")
    public UserView setPassword(@PathParam("username") String username, @NotNull @Valid NewPassword request) {
        return users.setPassword(username, request);
    }
}
