package org.omnistock.account.rest;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.Resource;
import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.AsyncResponse;
import jakarta.ws.rs.container.Suspended;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.omnistock.access.boundary.Caller;
import org.omnistock.account.boundary.ApiClients;
import org.omnistock.account.control.Passwords;
import org.omnistock.platform.rest.ApiDocument;
import org.omnistock.platform.security.Throttle;
import org.omnistock.platform.security.Tokens;

/**
 * Access tokens for API clients: OAuth 2.0 client credentials (RFC 6749, section 4.4). The client authenticates with
 * HTTP Basic (id and secret) or the {@code client_id} and {@code client_secret} form fields, and may ask for fewer
 * scopes than it has ({@code scope}). Errors are in OAuth's own form ({@code {"error": "invalid_client"}}), which
 * every OAuth library reads, rather than as problem details. An address that gave too many wrong secrets is refused
 * for a while without a check (429 {@code slow_down} with {@code Retry-After}, see {@link Throttle}), answered a
 * second late, so that a guesser that does not wait as told costs a request a second, not a thread.
 */
@ApplicationScoped
@Tag(name = "access")
@Path("tokens")
@Produces(MediaType.APPLICATION_JSON)
public class TokensResource {

    @Inject
    ApiClients clients;

    @Inject
    Tokens tokens;

    @Inject
    Throttle throttle;

    @Context
    HttpServletRequest request;

    @Resource
    ManagedScheduledExecutorService scheduler;

    @APIResponse(responseCode = "200", description = "access_token (a JWT), token_type Bearer, expires_in (seconds), "
            + "scope (space-separated)", content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(
            type = SchemaType.OBJECT, requiredProperties = {"access_token", "token_type", "expires_in", "scope"})))
    @APIResponse(responseCode = "400", description = "OAuth's error: unsupported_grant_type, invalid_scope",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = ApiDocument.OAUTH_ERROR)))
    @APIResponse(responseCode = "401", description = "OAuth's error invalid_client: unknown client, wrong secret, "
            + "disabled or locked", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(ref = ApiDocument.OAUTH_ERROR)))
    @APIResponse(responseCode = "429", description = "slow_down: too many wrong secrets from this address (or every "
            + "check taken); Retry-After says when to come back", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = ApiDocument.OAUTH_ERROR)))
    @POST
    @PermitAll
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public void token(@HeaderParam("Authorization") String authorization,
                      @FormParam("grant_type") String grantType,
                      @FormParam("client_id") String clientId,
                      @FormParam("client_secret") String clientSecret,
                      @FormParam("scope") String scope,
                      @Suspended AsyncResponse answer) {
        String source = "address:" + request.getRemoteAddr();
        Optional<Duration> wait = throttle.refused(source);
        if (wait.isPresent()) {
            // The answer waits, no thread does: a guesser that does not heed Retry-After tries once a second.
            Response refused = slowDown(wait.get(), "too many wrong secrets from this address");
            scheduler.schedule(() -> answer.resume(refused), Throttle.REFUSAL_DELAY.toMillis(),
                    TimeUnit.MILLISECONDS);
            return;
        }
        answer.resume(token(authorization, grantType, clientId, clientSecret, scope, source));
    }

    private Response token(String authorization, String grantType, String clientId, String clientSecret,
                           String scope, String source) {
        if (!"client_credentials".equals(grantType)) {
            return error(Response.Status.BAD_REQUEST, "unsupported_grant_type",
                    "only grant_type=client_credentials is supported");
        }
        Optional<String[]> basic = basicCredentials(authorization);
        String id = basic.map(c -> c[0]).orElse(clientId);
        String secret = basic.map(c -> c[1]).orElse(clientSecret);
        Optional<Caller> client;
        try {
            client = clients.authenticate(id, secret);
        } catch (Passwords.Busy busy) {
            return slowDown(Duration.ofSeconds(1), busy.getMessage());
        }
        if (client.isEmpty()) {
            throttle.failed(source);
            return Response.status(Response.Status.UNAUTHORIZED).header("WWW-Authenticate", "Basic realm=\"omnistock\"")
                    .header("Cache-Control", "no-store").entity(Map.of("error", "invalid_client",
                            "error_description", "unknown client, wrong secret, or the client is disabled or locked"))
                    .build();
        }
        Set<String> granted = client.get().scopes();
        Set<String> asked = scope == null || scope.isBlank() ? granted
                : new LinkedHashSet<>(Arrays.asList(scope.strip().split("\\s+")));
        if (!granted.containsAll(asked)) {
            Set<String> missing = new TreeSet<>(asked);
            missing.removeAll(granted);
            return error(Response.Status.BAD_REQUEST, "invalid_scope", "the client does not have "
                    + String.join(" ", missing));
        }
        Tokens.Issued issued = tokens.issue(client.get(), asked);
        return Response.ok(Map.of("access_token", issued.token(), "token_type", "Bearer",
                "expires_in", issued.expiresInSeconds(), "scope", String.join(" ", new TreeSet<>(issued.scopes()))))
                .header("Cache-Control", "no-store").build();
    }

    /** The id and secret of an {@code Authorization: Basic} header, if it has one that can be read. */
    private static Optional<String[]> basicCredentials(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            return Optional.empty();
        }
        try {
            String decoded = new String(Base64.getDecoder().decode(authorization.substring(6).strip()),
                    StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon < 0 ? Optional.empty()
                    : Optional.of(new String[]{decoded.substring(0, colon), decoded.substring(colon + 1)});
        } catch (IllegalArgumentException notBase64) {
            return Optional.empty();
        }
    }

    private static Response slowDown(Duration wait, String why) {
        return Response.status(Response.Status.TOO_MANY_REQUESTS).header("Cache-Control", "no-store")
                .header("Retry-After", Throttle.retryAfterSeconds(wait)).entity(Map.of("error", "slow_down",
                        "error_description", why + "; try again in " + Throttle.retryAfterSeconds(wait) + " s"))
                .build();
    }

    private static Response error(Response.Status status, String error, String description) {
        return Response.status(status).header("Cache-Control", "no-store")
                .entity(Map.of("error", error, "error_description", description)).build();
    }
}
