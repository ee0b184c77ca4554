package org.omnistock.analytics.rest;

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

import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.omnistock.access.entity.Scopes;
import org.omnistock.analytics.boundary.AgeBucket;
import org.omnistock.analytics.boundary.CoverRow;
import org.omnistock.analytics.boundary.ForecastReport;
import org.omnistock.analytics.boundary.SalesAnalytics;
import org.omnistock.analytics.boundary.SalesReport;
import org.omnistock.messages.Limits;
import org.omnistock.platform.Page;
import org.omnistock.platform.Refusal;
import org.omnistock.platform.rest.CsvWriter;
import org.omnistock.platform.rest.Instants;

/**
 * Sales by channel, location, category, SKU and day, against the previous period; and how long each SKU's stock
 * lasts. Every table also comes as CSV ({@code Accept: text/csv}).
 */
@ApplicationScoped
@Tag(name = "analytics")
@Path("analytics")
public class AnalyticsResource {

    @Inject
    SalesAnalytics analytics;

    /**
     * The sales of the days {@code from} to {@code to} (ISO days, both included; default the last 30 days) beside
     * the period of the same length before, for one channel ({@code STORE} for tills), category or location if
     * given.
     */
    @GET
    @Path("sales")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Scopes.READ)
    public SalesReport sales(@QueryParam("from") String from, @QueryParam("to") String to,
                             @QueryParam("channel") @Size(max = Limits.MAX_CODE) String channel,
                             @QueryParam("category") @Size(max = 100) String category,
                             @QueryParam("location") @Size(max = Limits.MAX_CODE) String location) {
        return analytics.report(Instants.day("from", from), Instants.day("to", to), channel, category, location);
    }

    /**
     * One table of the sales report: {@code channels}, {@code locations}, {@code categories}, {@code top-skus},
     * {@code days} or {@code weeks}.
     */
    @GET
    @Path("sales/{table}")
    @Produces({MediaType.APPLICATION_JSON, CsvWriter.TEXT_CSV})
    @RolesAllowed(Scopes.READ)
    public List<?> salesTable(@PathParam("table") String table, @QueryParam("from") String from,
                              @QueryParam("to") String to,
                              @QueryParam("channel") @Size(max = Limits.MAX_CODE) String channel,
                              @QueryParam("category") @Size(max = 100) String category,
                              @QueryParam("location") @Size(max = Limits.MAX_CODE) String location) {
        SalesReport report = sales(from, to, channel, category, location);
        return switch (table) {
            case "channels" -> report.channels();
            case "locations" -> report.locations();
            case "categories" -> report.categories();
            case "top-skus" -> report.topSkus();
            case "days" -> report.days();
            case "weeks" -> report.weeks();
            default -> throw new Refusal(Refusal.Kind.NOT_FOUND, "unknown-table", "there is no sales table " + table
                    + "; there are channels, locations, categories, top-skus, days and weeks");
        };
    }

    /** Stock on hand by the days since goods last came in where it is, at a location or everywhere (CSV too). */
    @GET
    @Path("ageing")
    @Produces({MediaType.APPLICATION_JSON, CsvWriter.TEXT_CSV})
    @RolesAllowed(Scopes.READ)
    public List<AgeBucket> ageing(@QueryParam("location") @Size(max = Limits.MAX_CODE) String location,
                                  @QueryParam("category") @Size(max = 100) String category) {
        return analytics.ageing(location, category);
    }

    /**
     * The demand forecast per SKU and location for the next {@code horizonDays}, of one category or location if
     * given, with the method's error on the last 14 days of history beside a flat 30-day mean's.
     */
    @GET
    @Path("forecast")
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(Scopes.READ)
    public ForecastReport forecast(@QueryParam("category") @Size(max = 100) String category,
                                   @QueryParam("location") @Size(max = Limits.MAX_CODE) String location,
                                   @QueryParam("horizonDays") @DefaultValue("14") @Min(1) @Max(56) int horizonDays) {
        return analytics.forecast(category, location, horizonDays);
    }

    /**
     * Velocity (units a day over 7, 30 and 90 days), days of cover, sell-through and stock-out risk per SKU at a
     * location, or across the network without one; shortest cover first.
     */
    @GET
    @Path("cover")
    @Produces({MediaType.APPLICATION_JSON, CsvWriter.TEXT_CSV})
    @RolesAllowed(Scopes.READ)
    public Page<CoverRow> cover(@QueryParam("location") @Size(max = Limits.MAX_CODE) String location,
                                @QueryParam("category") @Size(max = 100) String category,
                                @QueryParam("leadTimeDays") @DefaultValue("7") @Min(0) @Max(365) int leadTimeDays,
                                @QueryParam("page") @DefaultValue("0") @Min(0) @Max(Limits.MAX_PAGE) int page,
                                @QueryParam("size") @DefaultValue("50") @Min(1) @Max(Page.MAX_SIZE) int size) {
        return analytics.cover(location, category, leadTimeDays, page, size);
    }
}
