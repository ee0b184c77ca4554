package org.omnistock.account.rest;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.omnistock.access.boundary.Caller;
import org.omnistock.account.boundary.ApiClients;
import org.omnistock.platform.security.Tokens;

/**
 * Access tokens for API clients: OAuth 2.0 client credentials (RFC 6749, section 4.4). The client authenticates with
 * HTTP Basic (id and secret) or the {@code client_id} and {@code client_secret} form fields, and may ask for fewer
 * scopes than it has ({@code scope}). Errors are in OAuth's own form ({@code {"error": "invalid_client"}}), which
 * every OAuth library reads, rather than as problem details.
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

    @POST
    @PermitAll
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response token(@HeaderParam("Authorization") String authorization,
                          @FormParam("grant_type") String grantType,
                          @FormParam("client_id") String clientId,
                          @FormParam("client_secret") String clientSecret,
                          @FormParam("scope") String scope) {
        if (!"client_credentials".equals(grantType)) {
            return error(Response.Status.BAD_REQUEST, "unsupported_grant_type",
                    "only grant_type=client_credentials is supported");
        }
        Optional<String[]> basic = basicCredentials(authorization);
        String id = basic.map(c -> c[0]).orElse(clientId);
        String secret = basic.map(c -> c[1]).orElse(clientSecret);
        Optional<Caller> client = clients.authenticate(id, secret);
        if (client.isEmpty()) {
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

    private static Response error(Response.Status status, String error, String description) {
        return Response.status(status).header("Cache-Control", "no-store")
                .entity(Map.of("error", error, "error_description", description)).build();
    }
}
