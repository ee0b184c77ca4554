package org.omnistock.stock.rest;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
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
import org.omnistock.messages.Limits;
import org.omnistock.stock.boundary.Deliveries;
import org.omnistock.stock.boundary.DeliveryReceipt;
import org.omnistock.stock.boundary.DeliveryView;

/**
 * Goods in: deliveries announced for a location ({@code POST /stock/incoming}, one line per SKU under the delivery's
 * reference) and what came of them.
 */
@ApplicationScoped
@Tag(name = "stock")
@Path("deliveries")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class DeliveriesResource {

    @Inject
    Deliveries deliveries;

    /** The deliveries still expected at the location ({@code received=true}: those received in the last 14 days). */
    @GET
    @RolesAllowed(Scopes.READ)
    public List<DeliveryView> atLocation(@QueryParam("location") @NotNull @Size(max = Limits.MAX_CODE) String location,
                                         @QueryParam("received") @DefaultValue("false") boolean received) {
        return received ? deliveries.received(location) : deliveries.expected(location);
    }

    /**
     * What came, line by line (0 for a line that did not come); the answer shows each line's difference to what was
     * announced. The same receipt again changes nothing; another quantity for a line received is 409.
     */
    @POST
    @Path("{reference}/receipt")
    @RolesAllowed(Scopes.STOCK_WRITE)
    public DeliveryView receive(@PathParam("reference") String reference, @NotNull @Valid DeliveryReceipt receipt) {
        return deliveries.receive(reference, receipt);
    }
}
