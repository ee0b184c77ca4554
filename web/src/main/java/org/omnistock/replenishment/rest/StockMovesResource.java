package org.omnistock.replenishment.rest;

import java.util.List;
import java.util.Locale;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.omnistock.access.entity.Scopes;
import org.omnistock.messages.Limits;
import org.omnistock.platform.Refusal;
import org.omnistock.platform.rest.ApiDocument;
import org.omnistock.platform.rest.CsvWriter;
import org.omnistock.replenishment.boundary.MoveAcceptance;
import org.omnistock.replenishment.boundary.MoveSuggestion;
import org.omnistock.replenishment.boundary.MoveTerms;
import org.omnistock.replenishment.boundary.StockMoves;
import org.omnistock.replenishment.control.StockBalancer;
import org.omnistock.stock.boundary.TransferView;

/**
 * Suggested moves of stock to stores about to run out: between stores ({@code source=STORES}) or from warehouses
 * ({@code WAREHOUSES}); an accepted one becomes a transfer.
 */
@ApplicationScoped
@Tag(name = "stock")
@Path("stock-moves")
public class StockMovesResource {

    @Inject
    StockMoves moves;

    /** The moves suggested now (as CSV too), the shortest cover first. */
    @GET
    @Produces({MediaType.APPLICATION_JSON, CsvWriter.TEXT_CSV})
    @RolesAllowed(Scopes.READ)
    public List<MoveSuggestion> suggestions(
            @QueryParam("source") @DefaultValue("STORES") String source,
            @QueryParam("category") @Size(max = 100) String category,
            @QueryParam("sku") @Size(max = 64) String sku,
            @QueryParam("location") @Size(max = Limits.MAX_CODE) String location,
            @QueryParam("targetCoverDays") @Min(1) @Max(365) Integer targetCoverDays,
            @QueryParam("leadTimeDays") @Min(0) @Max(365) Integer leadTimeDays,
            @QueryParam("maxDistanceKm") @Min(1) @Max(20_000) Integer maxDistanceKm) {
        MoveTerms defaults = MoveTerms.defaults(source(source));
        return moves.suggest(new MoveTerms(defaults.source(),
                targetCoverDays == null ? defaults.targetCoverDays() : targetCoverDays,
                leadTimeDays == null ? defaults.leadTimeDays() : leadTimeDays,
                maxDistanceKm == null ? defaults.maxDistanceKm() : maxDistanceKm), category, sku, location);
    }

    private static StockBalancer.Source source(String name) {
        try {
            return StockBalancer.Source.valueOf(name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new Refusal(Refusal.Kind.INVALID, "invalid-source", "source must be STORES or WAREHOUSES, not "
                    + name);
        }
    }

    /**
     * Accepts a suggested move: its units are shipped as a transfer (201); the same move accepted again the same
     * day answers with that transfer (200).
     */
    @APIResponse(responseCode = "201", description = "Created", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TransferView.class)))
    @APIResponse(responseCode = "200", description = ApiDocument.SENT_AGAIN, content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TransferView.class)))
    @POST
    @Path("acceptances")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Scopes.STOCK_MOVES, Scopes.STOCK_WRITE})
    public Response accept(@NotNull @Valid MoveAcceptance acceptance) {
        TransferView transfer = moves.accept(acceptance);
        return Response.status(transfer.replayed() ? Response.Status.OK : Response.Status.CREATED).entity(transfer)
                .build();
    }
}
