package org.omnistock.stock.rest;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.omnistock.access.entity.Scopes;
import org.omnistock.messages.Limits;
import org.omnistock.platform.Page;
import org.omnistock.platform.Refusal;
import org.omnistock.platform.rest.ApiDocument;
import org.omnistock.stock.boundary.NewTransfer;
import org.omnistock.stock.boundary.TransferReceipt;
import org.omnistock.stock.boundary.TransferView;
import org.omnistock.stock.boundary.Transfers;
import org.omnistock.stock.entity.Transfer;

/** Transfers between locations: shipped (201, or 200 when sent again), then received at the destination. */
@ApplicationScoped
@Tag(name = "stock")
@Path("transfers")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TransfersResource {

    @Inject
    Transfers transfers;

    @APIResponse(responseCode = "201", description = "Created", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TransferView.class)))
    @APIResponse(responseCode = "200", description = ApiDocument.SENT_AGAIN, content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TransferView.class)))
    @POST
    @RolesAllowed(Scopes.STOCK_WRITE)
    public Response ship(@NotNull @Valid NewTransfer request, @Context UriInfo uriInfo) {
        TransferView shipped = transfers.ship(request);
        return shipped.replayed() ? Response.ok(shipped).build()
                : Response.created(uriInfo.getAbsolutePathBuilder().path(shipped.reference()).build())
                .entity(shipped).build();
    }

    /** The transfers a location sends or receives (by default those in transit), the newest first. */
    @GET
    @RolesAllowed(Scopes.READ)
    public List<TransferView> atLocation(@QueryParam("location") @NotNull @Size(max = Limits.MAX_CODE) String location,
                                         @QueryParam("status") List<Transfer.Status> statuses,
                                         @QueryParam("size") @DefaultValue("50") @Min(1) @Max(Page.MAX_SIZE) int size) {
        return transfers.atLocation(location, statuses == null || statuses.isEmpty()
                ? List.of(Transfer.Status.IN_TRANSIT) : statuses, size);
    }

    @GET
    @Path("{reference}")
    @RolesAllowed(Scopes.READ)
    public TransferView get(@PathParam("reference") String reference) {
        return transfers.findByReference(reference).orElseThrow(() -> new Refusal(Refusal.Kind.NOT_FOUND,
                "unknown-transfer", "there is no transfer " + reference));
    }

    /** What arrived; more or fewer units than were sent may arrive. */
    @POST
    @Path("{reference}/receipt")
    @RolesAllowed(Scopes.STOCK_WRITE)
    public TransferView receive(@PathParam("reference") String reference, @NotNull @Valid TransferReceipt receipt) {
        return transfers.receive(reference, receipt);
    }
}
