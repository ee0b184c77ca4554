package org.omnistock.customer.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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
import org.omnistock.customer.boundary.Activity;
import org.omnistock.customer.boundary.CustomerChange;
import org.omnistock.customer.boundary.CustomerSummary;
import org.omnistock.customer.boundary.CustomerView;
import org.omnistock.customer.boundary.Customers;
import org.omnistock.customer.boundary.KeyInput;
import org.omnistock.customer.boundary.Loyalty;
import org.omnistock.customer.boundary.LoyaltyView;
import org.omnistock.customer.boundary.MergeRequest;
import org.omnistock.customer.boundary.NewCustomer;
import org.omnistock.customer.boundary.PersonalData;
import org.omnistock.customer.boundary.PointsAdjustment;
import org.omnistock.customer.boundary.PointsRedemption;
import org.omnistock.customer.entity.KeyKind;
import org.omnistock.messages.Limits;
import org.omnistock.platform.Page;
import org.omnistock.platform.Refusal;
import org.omnistock.platform.rest.ApiDocument;

/**
 * Customer profiles, found by number or by any identity key (email, phone, loyalty card, a channel's own id), and
 * their loyalty accounts. Personal data: {@code customers:read} to look, {@code customers:write} to change.
 */
@ApplicationScoped
@Tag(name = "customers")
@Path("customers")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CustomersResource {

    @Inject
    Customers customers;

    @Inject
    Loyalty loyalty;

    /** @throws Refusal 409 {@code key-taken} if a key already names another customer */
    @APIResponse(responseCode = "201", description = "Created", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CustomerView.class)))
    @APIResponse(responseCode = "200", description = ApiDocument.SENT_AGAIN, content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CustomerView.class)))
    @POST
    @RolesAllowed(Scopes.CUSTOMERS_WRITE)
    public Response create(@NotNull @Valid NewCustomer request, @Context UriInfo uriInfo) {
        CustomerView created = customers.create(request);
        return Response.created(uriInfo.getAbsolutePathBuilder().path(created.number()).build()).entity(created)
                .build();
    }

    /**
     * Active customers whose name, number or a key contains {@code q} (a phone number however typed), newest first.
     */
    @GET
    @RolesAllowed(Scopes.CUSTOMERS_READ)
    public Page<CustomerSummary> search(@QueryParam("q") @Size(max = 120) String q,
                                        @QueryParam("page") @DefaultValue("0") @Min(0) @Max(Limits.MAX_PAGE) int page,
                                        @QueryParam("size") @DefaultValue("50") @Min(1) @Max(Page.MAX_SIZE) int size) {
        return customers.search(q, page, size);
    }

    /** The customer an identity key names, e.g. {@code ?kind=PHONE&value=06 12345678}. */
    @GET
    @Path("lookup")
    @RolesAllowed(Scopes.CUSTOMERS_READ)
    public CustomerView lookup(@QueryParam("kind") @NotNull KeyKind kind,
                               @QueryParam("value") @NotNull @Size(max = 120) String value) {
        return customers.lookup(kind, value).orElseThrow(() -> new Refusal(Refusal.Kind.NOT_FOUND,
                "unknown-customer", "no customer has the " + kind.name().toLowerCase() + " key " + value));
    }

    /** The customer; a number merged into another answers with that one ({@code asked} says so). */
    @GET
    @Path("{number}")
    @RolesAllowed(Scopes.CUSTOMERS_READ)
    public CustomerView get(@PathParam("number") String number) {
        return customers.find(number).orElseThrow(() -> new Refusal(Refusal.Kind.NOT_FOUND, "unknown-customer",
                "there is no customer " + number));
    }

    @PUT
    @Path("{number}")
    @RolesAllowed(Scopes.CUSTOMERS_WRITE)
    public CustomerView update(@PathParam("number") String number, @NotNull @Valid CustomerChange change) {
        return customers.update(number, change);
    }

    @POST
    @Path("{number}/keys")
    @RolesAllowed(Scopes.CUSTOMERS_WRITE)
    public CustomerView addKey(@PathParam("number") String number, @NotNull @Valid KeyInput key) {
        return customers.addKey(number, key);
    }

    @DELETE
    @Path("{number}/keys/{kind}/{value}")
    @RolesAllowed(Scopes.CUSTOMERS_WRITE)
    public CustomerView removeKey(@PathParam("number") String number, @PathParam("kind") KeyKind kind,
                                  @PathParam("value") String value) {
        return customers.removeKey(number, kind, value);
    }

    /** Folds the customer named in the body into this one. */
    @POST
    @Path("{number}/merges")
    @RolesAllowed(Scopes.CUSTOMERS_WRITE)
    public CustomerView merge(@PathParam("number") String number, @NotNull @Valid MergeRequest request) {
        return customers.merge(number, request);
    }

    /** What the customer did in every channel, newest first: orders, POS sales, returns, loyalty movements. */
    @GET
    @Path("{number}/timeline")
    @RolesAllowed(Scopes.CUSTOMERS_READ)
    public Page<Activity> timeline(@PathParam("number") String number,
                                   @QueryParam("page") @DefaultValue("0") @Min(0) @Max(99) int page,
                                   @QueryParam("size") @DefaultValue("50") @Min(1) @Max(Page.MAX_SIZE) int size) {
        return customers.timeline(number, page, size);
    }

    /** Everything kept about the customer, for their right of access: profile, merges, points, timeline. */
    @GET
    @Path("{number}/personal-data")
    @RolesAllowed(Scopes.CUSTOMERS_READ)
    public PersonalData personalData(@PathParam("number") String number) {
        return customers.export(number);
    }

    /**
     * Forgets the customer at their request: personal data goes (also from their orders), amounts, points and
     * history stay. Admins only; cannot be undone.
     */
    @POST
    @Path("{number}/erasure")
    @RolesAllowed(Scopes.ADMIN)
    public CustomerView erase(@PathParam("number") String number) {
        return customers.erase(number);
    }

    /** The loyalty account and its movements, newest first (also those of customers merged into this one). */
    @GET
    @Path("{number}/loyalty")
    @RolesAllowed(Scopes.CUSTOMERS_READ)
    public LoyaltyView loyalty(@PathParam("number") String number,
                               @QueryParam("page") @DefaultValue("0") @Min(0) @Max(Limits.MAX_PAGE) int page,
                               @QueryParam("size") @DefaultValue("50") @Min(1) @Max(Page.MAX_SIZE) int size) {
        return loyalty.history(number, page, size);
    }

    /** Spends points; the same reference again is the same redemption. 409 {@code points-insufficient}. */
    @POST
    @Path("{number}/loyalty/redemptions")
    @RolesAllowed(Scopes.ORDERS_WRITE)
    public LoyaltyView.Movement redeem(@PathParam("number") String number,
                                       @NotNull @Valid PointsRedemption redemption) {
        return loyalty.redeem(number, redemption);
    }

    /** A person's correction with its reason; the same reference again is the same adjustment. */
    @POST
    @Path("{number}/loyalty/adjustments")
    @RolesAllowed(Scopes.CUSTOMERS_WRITE)
    public LoyaltyView.Movement adjust(@PathParam("number") String number,
                                       @NotNull @Valid PointsAdjustment adjustment) {
        return loyalty.adjust(number, adjustment);
    }
}
