package org.omnistock.stock.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.omnistock.access.entity.Scopes;
import org.omnistock.platform.rest.ApiDocument;
import org.omnistock.platform.rest.Idempotency;
import org.omnistock.stock.boundary.CustomerReturn;
import org.omnistock.stock.boundary.ExpectedStock;
import org.omnistock.stock.boundary.MovementView;
import org.omnistock.stock.boundary.PostedMovement;
import org.omnistock.stock.boundary.Reconciliation;
import org.omnistock.stock.boundary.SafetyStock;
import org.omnistock.stock.boundary.StateMove;
import org.omnistock.stock.boundary.StockAdjustment;
import org.omnistock.stock.boundary.StockCount;
import org.omnistock.stock.boundary.StockLedger;
import org.omnistock.stock.boundary.StockReceipt;
import org.omnistock.stock.boundary.StockReconciliation;
import org.omnistock.stock.boundary.WithdrawnExpectation;

/**
 * Stock writes. Send an {@code Idempotency-Key} header to make a write safe to repeat: the same key returns the
 * first result (200 instead of 201) and changes nothing.
 */
@ApplicationScoped
@Tag(name = "stock")
@Path("stock")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class StockResource {


    @Inject
    StockLedger ledger;

    @Inject
    StockReconciliation reconciliation;

    @APIResponse(responseCode = "201", description = "Posted: the movement", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MovementView.class)))
    @APIResponse(responseCode = "200", description = ApiDocument.SENT_AGAIN, content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MovementView.class)))
    @POST
    @Path("receipts")
    @RolesAllowed(Scopes.STOCK_WRITE)
    public Response receive(@NotNull @Valid StockReceipt receipt,
                            @HeaderParam(Idempotency.HEADER) @Size(max = 200) String idempotencyKey) {
        return respond(ledger.receive(receipt, idempotencyKey));
    }

    /**
     * A customer's return at any location, for an order from any channel: {@code condition} AVAILABLE (sell again),
     * QUALITY_CONTROL (inspect first) or DAMAGED.
     */
    @APIResponse(responseCode = "201", description = "Posted: the movement", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MovementView.class)))
    @APIResponse(responseCode = "200", description = ApiDocument.SENT_AGAIN, content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MovementView.class)))
    @POST
    @Path("returns")
    @RolesAllowed(Scopes.STOCK_WRITE)
    public Response takeBack(@NotNull @Valid CustomerReturn customerReturn,
                             @HeaderParam(Idempotency.HEADER) @Size(max = 200) String idempotencyKey) {
        return respond(ledger.takeBack(customerReturn, idempotencyKey));
    }

    @APIResponse(responseCode = "201", description = "Posted: the movement", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MovementView.class)))
    @APIResponse(responseCode = "200", description = ApiDocument.SENT_AGAIN, content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MovementView.class)))
    @POST
    @Path("adjustments")
    @RolesAllowed(Scopes.STOCK_WRITE)
    public Response adjust(@NotNull @Valid StockAdjustment adjustment,
                           @HeaderParam(Idempotency.HEADER) @Size(max = 200) String idempotencyKey) {
        return respond(ledger.adjust(adjustment, idempotencyKey));
    }

    /**
     * A stock count: on hand becomes {@code countedOnHand} if it is still {@code expectedOnHand}; otherwise 422
     * {@code count-mismatch} with the current on hand, and nothing changes.
     */
    @APIResponse(responseCode = "201", description = "Posted: the movement", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MovementView.class)))
    @APIResponse(responseCode = "200", description = ApiDocument.SENT_AGAIN, content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MovementView.class)))
    @POST
    @Path("counts")
    @RolesAllowed(Scopes.STOCK_WRITE)
    public Response count(@NotNull @Valid StockCount count,
                          @HeaderParam(Idempotency.HEADER) @Size(max = 200) String idempotencyKey) {
        return respond(ledger.count(count, idempotencyKey));
    }

    /** Units moved between AVAILABLE, DAMAGED and QUALITY_CONTROL. */
    @APIResponse(responseCode = "201", description = "Posted: the movement", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MovementView.class)))
    @APIResponse(responseCode = "200", description = ApiDocument.SENT_AGAIN, content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MovementView.class)))
    @POST
    @Path("state-moves")
    @RolesAllowed(Scopes.STOCK_WRITE)
    public Response move(@NotNull @Valid StateMove move,
                         @HeaderParam(Idempotency.HEADER) @Size(max = 200) String idempotencyKey) {
        return respond(ledger.move(move, idempotencyKey));
    }

    /** Sets the safety stock a location holds back from what it promises. */
    @APIResponse(responseCode = "201", description = "Posted: the movement", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MovementView.class)))
    @APIResponse(responseCode = "200", description = ApiDocument.SENT_AGAIN, content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MovementView.class)))
    @POST
    @Path("safety-stock")
    @RolesAllowed(Scopes.STOCK_WRITE)
    public Response holdBack(@NotNull @Valid SafetyStock safety,
                             @HeaderParam(Idempotency.HEADER) @Size(max = 200) String idempotencyKey) {
        return respond(ledger.holdBack(safety, idempotencyKey));
    }

    /**
     * Announces goods for a location (a purchase order, a transfer on its way): incoming until a receipt with the
     * same reference arrives.
     */
    @APIResponse(responseCode = "201", description = "Posted: the movement", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MovementView.class)))
    @APIResponse(responseCode = "200", description = ApiDocument.SENT_AGAIN, content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MovementView.class)))
    @POST
    @Path("incoming")
    @RolesAllowed(Scopes.STOCK_WRITE)
    public Response expect(@NotNull @Valid ExpectedStock expected,
                           @HeaderParam(Idempotency.HEADER) @Size(max = 200) String idempotencyKey) {
        return respond(ledger.expect(expected, idempotencyKey));
    }

    /** Withdraws an announcement that will not arrive. */
    @APIResponse(responseCode = "201", description = "Posted: the movement", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MovementView.class)))
    @APIResponse(responseCode = "200", description = ApiDocument.SENT_AGAIN, content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MovementView.class)))
    @POST
    @Path("incoming/withdrawals")
    @RolesAllowed(Scopes.STOCK_WRITE)
    public Response withdraw(@NotNull @Valid WithdrawnExpectation withdrawn,
                             @HeaderParam(Idempotency.HEADER) @Size(max = 200) String idempotencyKey) {
        return respond(ledger.withdraw(withdrawn, idempotencyKey));
    }

    /** Proves every level equals the sum of its ledger and reserved equals the open reservations. */
    @GET
    @Path("reconciliation")
    @RolesAllowed(Scopes.READ)
    public Reconciliation reconcile() {
        return reconciliation.reconcile();
    }

    private static Response respond(PostedMovement posted) {
        return Response.status(posted.replayed() ? Response.Status.OK : Response.Status.CREATED)
                .entity(posted.movement()).build();
    }
}
