package org.omnistock.platform.security;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.omnistock.access.boundary.Caller;
import org.omnistock.account.boundary.ApiClients;

import com.ibm.websphere.security.jwt.Claims;
import com.ibm.websphere.security.jwt.InvalidBuilderException;
import com.ibm.websphere.security.jwt.InvalidClaimException;
import com.ibm.websphere.security.jwt.InvalidConsumerException;
import com.ibm.websphere.security.jwt.InvalidTokenException;
import com.ibm.websphere.security.jwt.JwtBuilder;
import com.ibm.websphere.security.jwt.JwtConsumer;
import com.ibm.websphere.security.jwt.JwtException;
import com.ibm.websphere.security.jwt.JwtToken;

/**
 * Access tokens of API clients: JSON Web Tokens signed and verified by Liberty ({@code <jwtBuilder>} and
 * {@code <jwtConsumer id="omnistock">} in server.xml: RS256 with the server's key, issuer and audience checked, 60 s
 * of clock skew). The claims are MicroProfile JWT's: {@code sub} is the client id, {@code groups} its scopes (the
 * roles the container checks), {@code location} and {@code channel} its bindings.
 */
@ApplicationScoped
public class Tokens {

    /** The id of the jwtBuilder and jwtConsumer elements in server.xml. */
    static final String CONFIGURATION = "omnistock";

    private static final Logger LOG = Logger.getLogger(Tokens.class.getName());

    @Inject
    @ConfigProperty(name = "omnistock.token.seconds", defaultValue = "900")
    long lifetimeSeconds;

    @Inject
    ApiClients clients;

    /** Created once: {@code JwtConsumer.create} is synchronized, and every API request verifies a token. */
    private volatile JwtConsumer consumer;

    /** A token is issued with the scopes it was asked for: the client's own, or fewer. */
    public record Issued(String token, long expiresInSeconds, Set<String> scopes) {
    }

    public Issued issue(Caller client, Set<String> scopes) {
        Instant now = Instant.now();
        try {
            JwtBuilder builder = JwtBuilder.create(CONFIGURATION).subject(client.name())
                    .claim(Claims.ISSUED_AT, now.getEpochSecond())
                    .expirationTime(now.getEpochSecond() + lifetimeSeconds)
                    .claim("upn", client.name())
                    .claim("groups", scopes.toArray(String[]::new))
                    .claim("scope", String.join(" ", new TreeSet<>(scopes)));
            if (client.isBound()) {
                builder.claim("location", client.locations().iterator().next());
            }
            if (client.channel() != null) {
                builder.claim("channel", client.channel());
            }
            return new Issued(builder.buildJwt().compact(), lifetimeSeconds, Set.copyOf(scopes));
        } catch (JwtException | InvalidBuilderException | InvalidClaimException e) {
            throw new IllegalStateException("cannot sign a token; check <jwtBuilder id=\"" + CONFIGURATION
                    + "\"> and the server's keystore", e);
        }
    }

    /**
     * The client a token speaks for, if the token is genuine, current, and its client still enabled.
     */
    public Optional<Caller> verify(String token) {
        JwtToken jwt;
        try {
            jwt = consumer().createJwt(token);
        } catch (InvalidTokenException e) {
            LOG.fine(() -> "Refused a token: " + e.getMessage());
            return Optional.empty();
        } catch (InvalidConsumerException e) {
            LOG.log(Level.SEVERE, "Cannot verify tokens; check <jwtConsumer id=\"" + CONFIGURATION + "\">", e);
            return Optional.empty();
        }
        Claims claims = jwt.getClaims();
        String clientId = claims.getSubject();
        if (clientId == null || !clients.isEnabled(clientId)) {
            return Optional.empty();
        }
        Object groups = claims.get("groups");
        Set<String> scopes = groups instanceof List<?> list ? Set.copyOf(list.stream().map(String::valueOf).toList())
                : Set.of();
        return Optional.of(Caller.client(clientId, scopes, (String) claims.get("location"),
                (String) claims.get("channel")));
    }

    private JwtConsumer consumer() throws InvalidConsumerException {
        JwtConsumer known = consumer;
        if (known == null) {
            known = JwtConsumer.create(CONFIGURATION);
            consumer = known;
        }
        return known;
    }
}
