package org.omnistock.document.rest;

import java.time.Instant;
import java.time.format.DateTimeParseException;
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
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.omnistock.access.entity.Scopes;
import org.omnistock.document.boundary.DocumentView;
import org.omnistock.document.boundary.Documents;
import org.omnistock.document.boundary.VoidRequest;
import org.omnistock.platform.Refusal;

/** Numbered documents (docs/sale-to-cash.md, "documents"): till receipts and credit notes. */
@ApplicationScoped
@Tag(name = "documents")
@Path("documents")
@Produces(MediaType.APPLICATION_JSON)
public class DocumentsResource {

    @Inject
    Documents documents;

    /** Voids a document issued in error: {@code {"reason": "..."}}; it keeps its number. */
    @POST
    @Path("{number}/void")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Scopes.BOOKS_ADMIN)
    public DocumentView voidDocument(@PathParam("number") String number, @NotNull @Valid VoidRequest request) {
        return documents.voidDocument(number, request);
    }

    @GET
    @Path("{number}")
    @RolesAllowed(Scopes.READ)
    public DocumentView find(@PathParam("number") String number) {
        return documents.find(number);
    }

    /**
     * A location's documents issued from and to (ISO-8601, {@code to} exclusive), in number order; or with
     * {@code sourceType} and {@code sourceId} those of one source ({@code till-receipt}, {@code POS S001/R-1}).
     */
    @GET
    @RolesAllowed(Scopes.READ)
    public List<DocumentView> list(@QueryParam("location") String location, @QueryParam("from") String from,
                                   @QueryParam("to") String to, @QueryParam("sourceType") String sourceType,
                                   @QueryParam("sourceId") String sourceId) {
        if (sourceType != null && sourceId != null) {
            return documents.of(sourceType, sourceId);
        }
        if (location == null || from == null || to == null) {
            throw new Refusal(Refusal.Kind.INVALID, "invalid-query", "give location, from and to, or sourceType "
                    + "and sourceId");
        }
        return documents.at(location, instant("from", from), instant("to", to));
    }

    private static Instant instant(String name, String value) {
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw new Refusal(Refusal.Kind.INVALID, "invalid-query", name + " must be an ISO-8601 instant, such as "
                    + "2026-12-07T00:00:00Z");
        }
    }
}
