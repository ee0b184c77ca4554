package org.omnistock.returns.rest;

import java.util.List;
import java.util.Set;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.omnistock.access.entity.Scopes;
import org.omnistock.platform.Page;
import org.omnistock.platform.Refusal;
import org.omnistock.returns.boundary.ReturnReceipt;
import org.omnistock.returns.boundary.ReturnView;
import org.omnistock.returns.boundary.Returns;
import org.omnistock.returns.entity.ReturnStatus;

/** Returns authorised against orders ({@code POST /orders/{number}/returns}), received at any location. */
@ApplicationScoped
@Tag(name = "orders")
@Path("returns")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ReturnsResource {

    @Inject
    Returns returns;

    /**
     * The newest returns the caller may see, by default those whose goods are still expected (a store sees its own
     * orders' returns and every return still expected, since goods come back at any store).
     */
    @GET
    @RolesAllowed(Scopes.READ)
    public List<ReturnView> recent(@QueryParam("status") List<ReturnStatus> statuses,
                                   @QueryParam("size") @DefaultValue("50") @Min(1) @Max(Page.MAX_SIZE) int size) {
        return returns.recent(statuses == null || statuses.isEmpty()
                ? Set.of(ReturnStatus.AUTHORISED, ReturnStatus.PARTLY_RECEIVED) : Set.copyOf(statuses), size);
    }

    @GET
    @Path("{number}")
    @RolesAllowed(Scopes.READ)
    public ReturnView get(@PathParam("number") String number) {
        return returns.find(number).orElseThrow(() -> new Refusal(Refusal.Kind.NOT_FOUND, "unknown-return",
                "there is no return " + number));
    }

    /** Goods arrived at a location: back on hand there in the state they are in, and refunded against the order. */
    @POST
    @Path("{number}/receipt")
    @RolesAllowed(Scopes.STOCK_WRITE)
    public ReturnView receive(@PathParam("number") String number, @NotNull @Valid ReturnReceipt receipt) {
        return returns.receive(number, receipt);
    }
}
