package org.omnistock.books.rest;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.omnistock.access.entity.Scopes;
import org.omnistock.books.boundary.Books;
import org.omnistock.books.boundary.EntryView;
import org.omnistock.books.boundary.JournalFeedPage;
import org.omnistock.books.boundary.TrialBalance;
import org.omnistock.messages.Limits;
import org.omnistock.platform.rest.Instants;

/**
 * The journal for the accounting system and finance (docs/erp.md, "the books"): the feed in commit order, entries
 * and the documents that caused them, the trial balance, CSV per period.
 */
@ApplicationScoped
@Tag(name = "books")
@Path("journal")
@Produces(MediaType.APPLICATION_JSON)
public class JournalResource {

    @Inject
    Books books;

    /**
     * The entries after {@code after} (0 for the first), in commit order; ask again with the page's {@code next}.
     * An entry joins the feed as the broker event for it is published, moments after it commits.
     */
    @GET
    @RolesAllowed(Scopes.BOOKS_READ)
    public JournalFeedPage feed(@QueryParam("after") @DefaultValue("0") @Min(0) long after,
                                @QueryParam("limit") @DefaultValue("100") @Min(1) @Max(Books.MAX_PAGE) int limit) {
        return books.feed(after, limit);
    }

    @GET
    @Path("entries/{id}")
    @RolesAllowed(Scopes.BOOKS_READ)
    public EntryView entry(@PathParam("id") long id) {
        return books.entry(id);
    }

    /**
     * The entries of one document ({@code documentType} and {@code documentId}, as entries name them), or the latest
     * of a period ({@code from}, {@code to}; default this month) at a location or anywhere.
     */
    @GET
    @Path("entries")
    @RolesAllowed(Scopes.BOOKS_READ)
    public List<EntryView> entries(@QueryParam("documentType") @Size(max = 32) String documentType,
                                   @QueryParam("documentId") @Size(max = 128) String documentId,
                                   @QueryParam("from") String from, @QueryParam("to") String to,
                                   @QueryParam("location") @Size(max = Limits.MAX_CODE) String location,
                                   @QueryParam("limit") @DefaultValue("100") @Min(1) @Max(Books.MAX_PAGE)
                                   int limit) {
        if (documentType != null && documentId != null) {
            return books.entriesOf(documentType, documentId);
        }
        return books.recent(fromOrMonthStart(from), toOrNow(to), location, limit);
    }

    /** Each account's balance before the period, its debits and credits in it and its closing balance. */
    @GET
    @Path("trial-balance")
    @RolesAllowed(Scopes.BOOKS_READ)
    public TrialBalance trialBalance(@QueryParam("from") String from, @QueryParam("to") String to,
                                     @QueryParam("location") @Size(max = Limits.MAX_CODE) String location) {
        return books.trialBalance(fromOrMonthStart(from), toOrNow(to), location);
    }

    /** The lines of the period's entries as CSV, one record per line with its entry, oldest first. */
    @GET
    @Path("csv")
    @Produces("text/csv")
    @RolesAllowed(Scopes.BOOKS_READ)
    public Response csv(@QueryParam("from") String from, @QueryParam("to") String to) {
        Instant start = fromOrMonthStart(from);
        return Response.ok(books.csv(start, toOrNow(to))).header("Content-Disposition",
                "attachment; filename=\"journal-" + start.toString().substring(0, 10) + ".csv\"").build();
    }

    private static Instant fromOrMonthStart(String from) {
        Instant parsed = Instants.parse("from", from);
        return parsed != null ? parsed : Instant.now().atZone(ZoneOffset.UTC).withDayOfMonth(1)
                .truncatedTo(ChronoUnit.DAYS).toInstant();
    }

    private static Instant toOrNow(String to) {
        Instant parsed = Instants.parse("to", to);
        return parsed != null ? parsed : Instant.now().plusSeconds(1);
    }
}
