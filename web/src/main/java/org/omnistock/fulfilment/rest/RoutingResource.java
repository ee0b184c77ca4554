package org.omnistock.fulfilment.rest;

import java.util.List;

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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.omnistock.access.entity.Scopes;
import org.omnistock.fulfilment.boundary.ReplayReport;
import org.omnistock.fulfilment.boundary.ReplayRequest;
import org.omnistock.fulfilment.boundary.Routing;
import org.omnistock.fulfilment.boundary.RoutingPreview;
import org.omnistock.fulfilment.boundary.RoutingRules;
import org.omnistock.fulfilment.boundary.RuleSetDraft;
import org.omnistock.fulfilment.boundary.RuleSetView;
import org.omnistock.fulfilment.routing.Decision;
import org.omnistock.platform.Refusal;
import org.omnistock.platform.rest.ApiDocument;

/**
 * Routing: the versioned rule sets (write a draft, publish it, replay past orders under it first), and a preview
 * of where a delivery group would come from now.
 */
@ApplicationScoped
@Tag(name = "fulfilment")
@Path("routing")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class RoutingResource {

    @Inject
    RoutingRules rules;

    @Inject
    Routing routing;

    @GET
    @Path("rule-sets")
    @RolesAllowed(Scopes.READ)
    public List<RuleSetView> ruleSets() {
        return rules.list();
    }

    @GET
    @Path("rule-sets/{version}")
    @RolesAllowed(Scopes.READ)
    public RuleSetView ruleSet(@PathParam("version") int version) {
        return rules.find(version).orElseThrow(() -> new Refusal(Refusal.Kind.NOT_FOUND, "unknown-rule-set",
                "there is no rule set " + version));
    }

    /** A new draft, numbered after the highest version. */
    @APIResponse(responseCode = "201", description = "Created", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RuleSetView.class)))
    @APIResponse(responseCode = "200", description = ApiDocument.SENT_AGAIN, content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RuleSetView.class)))
    @POST
    @Path("rule-sets")
    @RolesAllowed(Scopes.ROUTING_WRITE)
    public Response draft(@NotNull @Valid RuleSetDraft draft, @Context UriInfo uriInfo) {
        RuleSetView created = rules.draft(draft);
        return Response.created(uriInfo.getAbsolutePathBuilder().path(String.valueOf(created.version())).build())
                .entity(created).build();
    }

    /** A draft's new content; a published version is 409. */
    @PUT
    @Path("rule-sets/{version}")
    @RolesAllowed(Scopes.ROUTING_WRITE)
    public RuleSetView redraft(@PathParam("version") int version, @NotNull @Valid RuleSetDraft draft) {
        return rules.redraft(version, draft);
    }

    /** The draft becomes the active rule set; the one active before is retired. */
    @POST
    @Path("rule-sets/{version}/publication")
    @RolesAllowed(Scopes.ROUTING_WRITE)
    public RuleSetView publish(@PathParam("version") int version) {
        return rules.publish(version);
    }

    /** What the rule set would have done with past orders, on the inputs recorded with their decisions. */
    @POST
    @Path("rule-sets/{version}/replays")
    @RolesAllowed(Scopes.ROUTING_WRITE)
    public ReplayReport replay(@PathParam("version") int version, @NotNull @Valid ReplayRequest request) {
        return routing.replay(version, request);
    }

    /** Where a delivery group would come from now, and why; places nothing. */
    @POST
    @Path("preview")
    @RolesAllowed(Scopes.READ)
    public Decision preview(@NotNull @Valid RoutingPreview preview) {
        return routing.preview(preview);
    }
}
