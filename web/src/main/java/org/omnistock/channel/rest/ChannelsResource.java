package org.omnistock.channel.rest;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import org.omnistock.channel.boundary.ChannelSellable;
import org.omnistock.channel.boundary.ChannelView;
import org.omnistock.channel.boundary.Channels;
import org.omnistock.channel.boundary.NewChannel;
import org.omnistock.channel.boundary.NewRule;
import org.omnistock.channel.entity.RuleKind;
import org.omnistock.location.boundary.TaxPlaceRequest;
import org.omnistock.channel.entity.RuleScope;
import org.omnistock.platform.Refusal;
import org.omnistock.platform.rest.ApiDocument;

/** Sales channels, their buffers and exclusions, and what each may sell of a SKU. */
@ApplicationScoped
@Tag(name = "channels")
@Path("channels")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ChannelsResource {

    @Inject
    Channels channels;

    @APIResponse(responseCode = "201", description = "Created", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ChannelView.class)))
    @APIResponse(responseCode = "200", description = ApiDocument.SENT_AGAIN, content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ChannelView.class)))
    @POST
    @RolesAllowed(Scopes.CATALOG_WRITE)
    public Response create(@NotNull @Valid NewChannel request, @Context UriInfo uriInfo) {
        ChannelView created = channels.create(request);
        return Response.created(uriInfo.getAbsolutePathBuilder().path(created.code()).build()).entity(created)
                .build();
    }

    @GET
    @RolesAllowed(Scopes.READ)
    public List<ChannelView> list() {
        return channels.list();
    }

    @GET
    @Path("{code}")
    @RolesAllowed(Scopes.READ)
    public ChannelView get(@PathParam("code") String code) {
        return channels.findByCode(code).orElseThrow(
                () -> new Refusal(Refusal.Kind.NOT_FOUND, "unknown-channel", "there is no channel " + code));
    }

    /**
     * Where the channel sells from, for tax: {@code {"country": "NL"}} or {@code {"country": "IN", "region":
     * "IN-KA"}}; its orders are taxed from then on; {@code {"country": null}}: not taxed.
     */
    @PUT
    @Path("{code}/tax-home")
    @RolesAllowed(Scopes.TAX_WRITE)
    public ChannelView setTaxHome(@PathParam("code") String code, @NotNull @Valid TaxPlaceRequest home) {
        return channels.setTaxHome(code, home);
    }

    /** Adds a buffer or exclusion, or changes the amount of the same rule. */
    @POST
    @Path("{code}/rules")
    @RolesAllowed(Scopes.CATALOG_WRITE)
    public ChannelView setRule(@PathParam("code") String code, @NotNull @Valid NewRule rule) {
        return channels.setRule(code, rule);
    }

    /** Takes a buffer or exclusion off: {@code ?scope=CATEGORY&value=Accessories&kind=EXCLUDE}. */
    @DELETE
    @Path("{code}/rules")
    @RolesAllowed(Scopes.CATALOG_WRITE)
    public ChannelView removeRule(@PathParam("code") String code, @QueryParam("scope") @NotNull RuleScope scope,
                                  @QueryParam("value") @Size(max = 100) String value,
                                  @QueryParam("kind") @NotNull RuleKind kind) {
        return channels.removeRule(code, scope, value, kind);
    }

    /** What the channel may sell of the SKU now: available over its locations, less its buffer. */
    @GET
    @Path("{code}/stock/{sku}")
    @RolesAllowed(Scopes.READ)
    public ChannelSellable sellable(@PathParam("code") String code, @PathParam("sku") String sku) {
        return channels.sellable(code, sku);
    }
}
