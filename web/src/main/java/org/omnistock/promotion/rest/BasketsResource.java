package org.omnistock.promotion.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.omnistock.access.entity.Scopes;
import org.omnistock.promotion.boundary.BasketPricing;
import org.omnistock.promotion.boundary.BasketQuote;
import org.omnistock.promotion.boundary.BasketRequest;

@ApplicationScoped
@Tag(name = "promotions")
@Path("baskets")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class BasketsResource {

    @Inject
    BasketPricing pricing;

    /** What the basket costs, line by line with the promotions applied and why; changes nothing. */
    @POST
    @Path("price")
    @RolesAllowed(Scopes.READ)
    public BasketQuote price(@NotNull @Valid BasketRequest request) {
        return pricing.quote(request);
    }
}
