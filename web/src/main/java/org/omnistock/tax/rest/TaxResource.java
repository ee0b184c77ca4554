package org.omnistock.tax.rest;

import java.time.Instant;

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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.omnistock.access.entity.Scopes;
import org.omnistock.tax.boundary.JurisdictionRequest;
import org.omnistock.tax.boundary.TaxConfiguration;
import org.omnistock.tax.boundary.TaxRateRequest;
import org.omnistock.tax.boundary.TaxRulesView;

/** The tax rules (docs/sale-to-cash.md, "tax"): countries that tax and their rates, ended but never changed. */
@ApplicationScoped
@Tag(name = "tax")
@Path("tax")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TaxResource {

    @Inject
    TaxConfiguration tax;

    @GET
    @Path("rules")
    @RolesAllowed(Scopes.READ)
    public TaxRulesView rules() {
        return tax.view();
    }

    /** How a country taxes: {@code {"scheme": "VAT", "rounding": "PER_LINE"}}. */
    @PUT
    @Path("jurisdictions/{country}")
    @RolesAllowed(Scopes.TAX_WRITE)
    public TaxRulesView.JurisdictionView setJurisdiction(@PathParam("country") String country,
                                                         @NotNull @Valid JurisdictionRequest request) {
        return tax.setJurisdiction(country, request);
    }

    /** A new rate, valid from now unless {@code validFrom} says when. */
    @POST
    @Path("rates")
    @RolesAllowed(Scopes.TAX_WRITE)
    public Response addRate(@NotNull @Valid TaxRateRequest request) {
        return Response.status(Response.Status.CREATED).entity(tax.addRate(request)).build();
    }

    /** Ends a rate: {@code {"validTo": "2027-01-01T00:00:00Z"}}. */
    @POST
    @Path("rates/{id}/end")
    @RolesAllowed(Scopes.TAX_WRITE)
    public TaxRulesView.RateView endRate(@PathParam("id") long id, @NotNull @Valid RateEnd end) {
        return tax.endRate(id, end.validTo());
    }

    /** When a rate stops counting. */
    public record RateEnd(@NotNull Instant validTo) {
    }
}
