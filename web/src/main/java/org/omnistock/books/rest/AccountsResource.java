package org.omnistock.books.rest;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.omnistock.access.entity.Scopes;
import org.omnistock.books.boundary.AccountView;
import org.omnistock.books.boundary.Books;
import org.omnistock.books.boundary.MappingView;
import org.omnistock.books.boundary.NewAccount;
import org.omnistock.books.boundary.NewMapping;

/**
 * The chart of accounts and which account each event's lines post to (docs/erp.md, "the books"): finance reads
 * them, an administrator of the books adds accounts and mappings; a mapping applies from its instant on.
 */
@ApplicationScoped
@Tag(name = "books")
@Path("accounts")
@Produces(MediaType.APPLICATION_JSON)
public class AccountsResource {

    @Inject
    Books books;

    @GET
    @RolesAllowed(Scopes.BOOKS_READ)
    public List<AccountView> accounts() {
        return books.accounts();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Scopes.BOOKS_ADMIN)
    public Response addAccount(@NotNull @Valid NewAccount request) {
        return Response.status(Response.Status.CREATED).entity(books.addAccount(request)).build();
    }

    @GET
    @Path("mappings")
    @RolesAllowed(Scopes.BOOKS_READ)
    public List<MappingView> mappings() {
        return books.mappings();
    }

    /** A mapping that applies from its {@code effectiveFrom} (ten seconds from now at the soonest) on. */
    @POST
    @Path("mappings")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Scopes.BOOKS_ADMIN)
    public Response addMapping(@NotNull @Valid NewMapping request) {
        return Response.status(Response.Status.CREATED).entity(books.addMapping(request)).build();
    }
}
