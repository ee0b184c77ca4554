package org.omnistock.valuation.rest;

import java.util.Map;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.omnistock.access.entity.Scopes;
import org.omnistock.messages.Limits;
import org.omnistock.platform.Page;
import org.omnistock.platform.rest.Instants;
import org.omnistock.valuation.boundary.PositionView;
import org.omnistock.valuation.boundary.StockValuation;
import org.omnistock.valuation.boundary.ValuationAt;
import org.omnistock.valuation.boundary.ValueReconciliation;

/** What stock is worth, SKU by location, and the reconciliation of that worth with the journal (docs/erp.md). */
@ApplicationScoped
@Tag(name = "books")
@Path("valuation")
@Produces(MediaType.APPLICATION_JSON)
public class ValuationResource {

    @Inject
    StockValuation valuation;

    /** The positions now: units, value and average per SKU and location, of a location and category if given. */
    @GET
    @RolesAllowed(Scopes.BOOKS_READ)
    public Page<PositionView> positions(@QueryParam("location") @Size(max = Limits.MAX_CODE) String location,
                                        @QueryParam("category") @Size(max = 100) String category,
                                        @QueryParam("page") @DefaultValue("0") @Min(0) int page,
                                        @QueryParam("size") @DefaultValue("100") @Min(1) @Max(Page.MAX_SIZE)
                                        int size) {
        return valuation.positions(location, category, page, size);
    }

    /** The journal's stock per location against the valued movements, at {@code at} (an instant; now if none). */
    @GET
    @Path("reconciliation")
    @RolesAllowed(Scopes.BOOKS_READ)
    public ValueReconciliation reconciliation(@QueryParam("at") String at) {
        return valuation.reconciliation(Instants.parse("at", at));
    }

    /**
     * What stock was worth at {@code at} (an instant; now if none), SKU by location, with totals by location and
     * category; of a location and a category if given.
     */
    @GET
    @Path("at")
    @RolesAllowed(Scopes.BOOKS_READ)
    public ValuationAt at(@QueryParam("at") String at,
                          @QueryParam("location") @Size(max = Limits.MAX_CODE) String location,
                          @QueryParam("category") @Size(max = 100) String category) {
        return valuation.at(Instants.parse("at", at), location, category);
    }

    /** The same as CSV, one record per SKU and location. */
    @GET
    @Path("at/csv")
    @Produces("text/csv")
    @RolesAllowed(Scopes.BOOKS_READ)
    public Response atAsCsv(@QueryParam("at") String at,
                            @QueryParam("location") @Size(max = Limits.MAX_CODE) String location,
                            @QueryParam("category") @Size(max = 100) String category) {
        return Response.ok(valuation.csvAt(Instants.parse("at", at), location, category))
                .header("Content-Disposition", "attachment; filename=\"valuation.csv\"").build();
    }

    /** Closes the settled days not closed yet now rather than at the timer's next run; answers how many. */
    @POST
    @Path("closings")
    @RolesAllowed(Scopes.BOOKS_ADMIN)
    public Map<String, Integer> closeSettledDays() {
        return Map.of("daysClosed", valuation.closeSettledDays());
    }
}
