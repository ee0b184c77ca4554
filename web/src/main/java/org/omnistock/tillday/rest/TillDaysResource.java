package org.omnistock.tillday.rest;

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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.omnistock.access.entity.Scopes;
import org.omnistock.platform.Refusal;
import org.omnistock.tillday.boundary.DayClose;
import org.omnistock.tillday.boundary.DayOpen;
import org.omnistock.tillday.boundary.DayReport;
import org.omnistock.tillday.boundary.TillDays;

/** A store's till days (docs/sale-to-cash.md, "till days"): open, X report, close with its Z report. */
@ApplicationScoped
@Tag(name = "till days")
@Path("stores/{store}/days")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TillDaysResource {

    @Inject
    TillDays days;

    /** The store's days, newest first, each with its report. */
    @GET
    @RolesAllowed(Scopes.TILL_DAYS)
    public List<DayReport> list(@PathParam("store") String store) {
        return days.days(store);
    }

    /** Opens the day with the float in the tills: {@code {"openingFloat": 150.00}}. */
    @POST
    @RolesAllowed(Scopes.TILL_DAYS)
    public Response open(@PathParam("store") String store, @NotNull @Valid DayOpen request) {
        return Response.status(Response.Status.CREATED).entity(days.open(store, request)).build();
    }

    /** The open day's X report. */
    @GET
    @Path("current")
    @RolesAllowed(Scopes.TILL_DAYS)
    public DayReport current(@PathParam("store") String store) {
        return days.current(store);
    }

    /** Closes the open day: {@code {"countedCash": 412.35, "reason": "..."}}; its Z report. */
    @POST
    @Path("current/close")
    @RolesAllowed(Scopes.TILL_DAYS)
    public DayReport close(@PathParam("store") String store, @NotNull @Valid DayClose request) {
        return days.close(store, request);
    }

    /** A day's report: X while open, Z once closed. */
    @GET
    @Path("{id}")
    @RolesAllowed(Scopes.TILL_DAYS)
    public DayReport day(@PathParam("store") String store, @PathParam("id") long id) {
        DayReport day = days.day(id);
        if (!day.store().equals(store)) {
            throw new Refusal(Refusal.Kind.NOT_FOUND, "unknown-day", store + " has no till day " + id);
        }
        return day;
    }
}
