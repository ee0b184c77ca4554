package org.omnistock.storedvalue.rest;

import java.math.BigDecimal;
import java.util.Map;

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

import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.omnistock.access.entity.Scopes;
import org.omnistock.platform.Refusal;
import org.omnistock.storedvalue.boundary.CardView;
import org.omnistock.storedvalue.boundary.RedemptionRequest;
import org.omnistock.storedvalue.boundary.StoredValue;

/** Paying with stored value online, a customer's store credit, and what all cards hold together. */
@ApplicationScoped
@Tag(name = "gift cards")
@Path("stored-value")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class StoredValueResource {

    @Inject
    StoredValue storedValue;

    /**
     * Redeems part of a sale from a gift card (its code) or store credit (the customer's number) before the sale
     * is recorded, under the sale's reference ({@code <store>/<receipt>} for a till): once per card and reference.
     */
    @POST
    @Path("redemptions")
    @RolesAllowed(Scopes.STORED_VALUE_WRITE)
    public CardView.Movement redeem(@NotNull @Valid RedemptionRequest request) {
        return storedValue.redeem(request);
    }

    /** A customer's store credit with its history. */
    @GET
    @Path("store-credit/{customer}")
    @RolesAllowed(Scopes.STORED_VALUE_READ)
    public CardView storeCredit(@PathParam("customer") String customer) {
        return storedValue.storeCredit(customer).orElseThrow(() -> new Refusal(Refusal.Kind.NOT_FOUND,
                "no-store-credit", "customer " + customer + " has no store credit"));
    }

    /** What every gift card and store credit holds together: what the books owe their holders (2300). */
    @GET
    @Path("outstanding")
    @RolesAllowed(Scopes.STORED_VALUE_READ)
    public Map<String, BigDecimal> outstanding() {
        return Map.of("outstanding", storedValue.outstanding());
    }
}
