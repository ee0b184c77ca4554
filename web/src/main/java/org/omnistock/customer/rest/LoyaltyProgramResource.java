package org.omnistock.customer.rest;

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
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.omnistock.access.entity.Scopes;
import org.omnistock.customer.boundary.Loyalty;
import org.omnistock.customer.boundary.LoyaltyTerms;

/**
 * The loyalty programme: its terms (a till reads the point value to price points offline), its tiers, and the runs
 * that expire points and work tiers out again (nightly by themselves; here for an administrator).
 */
@ApplicationScoped
@Tag(name = "customers")
@Path("loyalty")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class LoyaltyProgramResource {

    @Inject
    Loyalty loyalty;

    @GET
    @Path("terms")
    @RolesAllowed(Scopes.READ)
    public LoyaltyTerms terms() {
        return loyalty.terms();
    }

    /** Replaces the terms and the tiers; points already earned keep their expiry. */
    @PUT
    @Path("terms")
    @RolesAllowed(Scopes.ADMIN)
    public LoyaltyTerms changeTerms(@NotNull @Valid LoyaltyTerms terms) {
        return loyalty.changeTerms(terms);
    }

    /** How many customers were looked at by a run. */
    public record RunOutcome(int customers) {
    }

    /** Expires now the points whose time has come (the nightly run does the same). */
    @POST
    @Path("expiry-runs")
    @RolesAllowed(Scopes.ADMIN)
    public RunOutcome expire() {
        return new RunOutcome(loyalty.expireDue());
    }

    /** Works out every tier again now, e.g. after the tiers changed (the nightly run does the same). */
    @POST
    @Path("tier-runs")
    @RolesAllowed(Scopes.ADMIN)
    public RunOutcome refreshTiers() {
        return new RunOutcome(loyalty.refreshTiers());
    }
}
