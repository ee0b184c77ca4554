package org.omnistock.order.rest;

import java.util.Arrays;
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
import org.omnistock.fulfilment.boundary.DecisionView;
import org.omnistock.messages.Limits;
import org.omnistock.order.boundary.HoldRequest;
import org.omnistock.order.boundary.NewOrder;
import org.omnistock.order.boundary.OrderCancellation;
import org.omnistock.order.boundary.OrderIntake;
import org.omnistock.order.boundary.OrderSummary;
import org.omnistock.order.boundary.OrderView;
import org.omnistock.order.boundary.Orders;
import org.omnistock.order.boundary.PaymentRecord;
import org.omnistock.order.entity.OrderStatus;
import org.omnistock.platform.Page;
import org.omnistock.platform.Refusal;
import org.omnistock.platform.rest.ApiDocument;
import org.omnistock.platform.rest.Instants;
import org.omnistock.returns.boundary.ReturnRequest;
import org.omnistock.returns.boundary.ReturnView;
import org.omnistock.returns.boundary.Returns;

/**
 * Orders from every channel. Placing is idempotent by channel and external id: the same order again answers 200
 * with the first; the same id with other content 409 {@code order-exists}.
 */
@ApplicationScoped
@Tag(name = "orders")
@Path("orders")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class OrdersResource {

    @Inject
    OrderIntake intake;

    @Inject
    Orders orders;

    @Inject
    Returns returns;

    @APIResponse(responseCode = "201", description = "Created", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OrderView.class)))
    @APIResponse(responseCode = "200", description = ApiDocument.SENT_AGAIN, content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = OrderView.class)))
    @POST
    @RolesAllowed(Scopes.ORDERS_WRITE)
    public Response place(@NotNull @Valid NewOrder request, @Context UriInfo uriInfo) {
        OrderView order = intake.place(request);
        return (order.replayed() ? Response.ok()
                : Response.created(uriInfo.getAbsolutePathBuilder().path(order.number()).build())).entity(order)
                .build();
    }

    /**
     * Orders, newest first.
     *
     * @param from  ISO-8601 instant: placed at or after
     * @param to    ISO-8601 instant: placed before
     * @param q     an order number, external id or customer id
     */
    @GET
    @RolesAllowed(Scopes.READ)
    public Page<OrderSummary> list(@QueryParam("channel") @Size(max = 32) String channel,
                                   @QueryParam("status") @Size(max = 32) String status,
                                   @QueryParam("from") @Size(max = 40) String from,
                                   @QueryParam("to") @Size(max = 40) String to,
                                   @QueryParam("q") @Size(max = 64) String q,
                                   @QueryParam("page") @DefaultValue("0") @Min(0) @Max(Limits.MAX_PAGE) int page,
                                   @QueryParam("size") @DefaultValue("50") @Min(1) @Max(Page.MAX_SIZE) int size) {
        return orders.list(channel, status == null ? null : statusOf(status), Instants.parse("from", from),
                Instants.parse("to", to), q, page, size);
    }

    @GET
    @Path("{number}")
    @RolesAllowed(Scopes.READ)
    public OrderView get(@PathParam("number") String number) {
        return orders.find(number).orElseThrow(() -> new Refusal(Refusal.Kind.NOT_FOUND, "unknown-order",
                "there is no order " + number));
    }

    /** Every routing of the order's delivery groups: the plan, the runner-up, and why each location won or lost. */
    @GET
    @Path("{number}/routing")
    @RolesAllowed(Scopes.READ)
    public List<DecisionView> routing(@PathParam("number") String number) {
        return orders.decisions(number);
    }

    /** Cancels lines, or the whole order without lines, while no fulfilment of theirs is packed. */
    @POST
    @Path("{number}/cancellation")
    @RolesAllowed(Scopes.ORDERS_WRITE)
    public OrderView cancel(@PathParam("number") String number, @NotNull @Valid OrderCancellation cancellation) {
        return orders.cancel(number, cancellation);
    }

    @POST
    @Path("{number}/hold")
    @RolesAllowed(Scopes.ORDERS_WRITE)
    public OrderView hold(@PathParam("number") String number, @NotNull @Valid HoldRequest request) {
        return orders.hold(number, request);
    }

    @POST
    @Path("{number}/release")
    @RolesAllowed(Scopes.ORDERS_WRITE)
    public OrderView release(@PathParam("number") String number) {
        return orders.release(number);
    }

    /** Routes the order's waiting units again now. */
    @POST
    @Path("{number}/rerouting")
    @RolesAllowed(Scopes.ORDERS_WRITE)
    public OrderView reroute(@PathParam("number") String number) {
        return orders.reroute(number);
    }

    /** What the payment provider authorised, captured or refunded, or a gift card or store credit paid now. */
    @POST
    @Path("{number}/payments")
    @RolesAllowed(Scopes.ORDERS_WRITE)
    public OrderView pay(@PathParam("number") String number, @NotNull @Valid PaymentRecord payment) {
        return orders.pay(number, payment);
    }

    /** Authorises a return of units that reached the customer. */
    @APIResponse(responseCode = "201", description = "Created", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReturnView.class)))
    @APIResponse(responseCode = "200", description = ApiDocument.SENT_AGAIN, content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReturnView.class)))
    @POST
    @Path("{number}/returns")
    @RolesAllowed(Scopes.ORDERS_WRITE)
    public Response authoriseReturn(@PathParam("number") String number, @NotNull @Valid ReturnRequest request,
                                    @Context UriInfo uriInfo) {
        ReturnView authorised = returns.authorise(number, request);
        return Response.created(uriInfo.getBaseUriBuilder().path("returns").path(authorised.number()).build())
                .entity(authorised).build();
    }

    private static OrderStatus statusOf(String name) {
        try {
            return OrderStatus.valueOf(name);
        } catch (IllegalArgumentException e) {
            throw new Refusal(Refusal.Kind.INVALID, "invalid-request", "status " + name + " is not one of "
                    + Arrays.toString(OrderStatus.values()));
        }
    }
}
