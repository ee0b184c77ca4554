package org.omnistock.stock.rest;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.omnistock.stock.boundary.PostedMovement;
import org.omnistock.stock.boundary.StockAdjustment;
import org.omnistock.stock.boundary.StockLedger;
import org.omnistock.stock.boundary.StockReceipt;

/**
 * Stock writes. Send an {@code Idempotency-Key} header to make a write safe to repeat: the same key returns the
 * first result (200 instead of 201) and changes nothing.
 */
@Path("stock")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class StockResource {

    static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    @Inject
    StockLedger ledger;

    @POST
    @Path("receipts")
    public Response receive(@NotNull @Valid StockReceipt receipt,
                            @HeaderParam(IDEMPOTENCY_KEY) @Size(max = 200) String idempotencyKey) {
        return respond(ledger.receive(receipt, idempotencyKey));
    }

    @POST
    @Path("adjustments")
    public Response adjust(@NotNull @Valid StockAdjustment adjustment,
                           @HeaderParam(IDEMPOTENCY_KEY) @Size(max = 200) String idempotencyKey) {
        return respond(ledger.adjust(adjustment, idempotencyKey));
    }

    private static Response respond(PostedMovement posted) {
        return Response.status(posted.replayed() ? Response.Status.OK : Response.Status.CREATED)
                .entity(posted.movement()).build();
    }
}
