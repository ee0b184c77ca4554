package org.omnistock.storedvalue.rest;

import java.util.List;
import java.util.Map;

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
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.omnistock.access.entity.Scopes;
import org.omnistock.storedvalue.boundary.CardChange;
import org.omnistock.storedvalue.boundary.CardView;
import org.omnistock.storedvalue.boundary.CodeCheck;
import org.omnistock.storedvalue.boundary.IssuedCard;
import org.omnistock.storedvalue.boundary.NewGiftCard;
import org.omnistock.storedvalue.boundary.StoredValue;

/** Gift cards (docs/sale-to-cash.md, "stored value"): sold, looked up by code or number, blocked, expired. */
@ApplicationScoped
@Tag(name = "gift cards")
@Path("gift-cards")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class GiftCardsResource {

    @Inject
    StoredValue storedValue;

    /** Sells a gift card; the answer holds its code, given this once. */
    @POST
    @RolesAllowed(Scopes.STORED_VALUE_WRITE)
    public Response issue(@NotNull @Valid NewGiftCard request) {
        IssuedCard issued = storedValue.issue(request);
        return Response.status(Response.Status.CREATED).entity(issued).build();
    }

    /** Cards whose code ends with the four characters given (or the newest), newest first. */
    @GET
    @RolesAllowed(Scopes.STORED_VALUE_READ)
    public List<CardView> find(@QueryParam("lastFour") String lastFour) {
        return storedValue.find(lastFour);
    }

    /** A card's balance by its code, sent in the body: {@code {"code": "XXXX-XXXX-XXXX-XXXX"}}. */
    @POST
    @Path("balance")
    @RolesAllowed(Scopes.STORED_VALUE_READ)
    public CardView balance(@NotNull @Valid CodeCheck check) {
        return storedValue.balance(check);
    }

    /** A card with its history. */
    @GET
    @Path("{id: [0-9]+}")
    @RolesAllowed(Scopes.STORED_VALUE_READ)
    public CardView card(@PathParam("id") long id) {
        return storedValue.card(id);
    }

    @POST
    @Path("{id: [0-9]+}/block")
    @RolesAllowed(Scopes.STORED_VALUE_WRITE)
    public CardView block(@PathParam("id") long id, @NotNull @Valid CardChange change) {
        return storedValue.block(id, change);
    }

    @POST
    @Path("{id: [0-9]+}/unblock")
    @RolesAllowed(Scopes.STORED_VALUE_WRITE)
    public CardView unblock(@PathParam("id") long id, @NotNull @Valid CardChange change) {
        return storedValue.unblock(id, change);
    }

    /** Another last day for the card, or none: {@code {"expiresOn": "2027-12-31", "reason": "..."}}. */
    @PUT
    @Path("{id: [0-9]+}/expiry")
    @RolesAllowed(Scopes.STORED_VALUE_WRITE)
    public CardView changeExpiry(@PathParam("id") long id, @NotNull @Valid CardChange change) {
        return storedValue.changeExpiry(id, change);
    }

    /** Expires the cards past their last day now, as the nightly run does. */
    @POST
    @Path("expiry-runs")
    @RolesAllowed(Scopes.STORED_VALUE_WRITE)
    public Map<String, Integer> expire() {
        return Map.of("expired", storedValue.expireDue());
    }
}
