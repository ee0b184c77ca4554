package org.omnistock.platform.security;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
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
 *
 * <p>A token's signature is checked once, not on every request: a client uses one token for up to 15 minutes, and
 * the RSA check and claim parsing were a fifth of an authenticated request's CPU (docs/benchmarks.md, B1). What a
 * token says is kept under the token's exact text until the token expires (without the consumer's clock skew, so a
 * kept answer never outlives what the consumer would accept); a text that differs by one character is a different
 * key and is verified afresh. Whether the client is still enabled is asked on every request, as before.</p>
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

    /**
     * At most this many verified tokens are kept; a client that asks for a new token per request only fills it, and
     * when it is full the expired ones are dropped, or, if none has expired, all of them.
     */
    static final int KEPT_TOKENS = 10_000;

    private final Map<String, Verified> verified = new ConcurrentHashMap<>();

    /** What a genuine token says, until when. */
    private record Verified(String clientId, Set<String> scopes, String location, String channel,
                            long expiresAtSecond) {
    }

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
        long now = Instant.now().getEpochSecond();
        Verified known = verified.get(token);
        if (known == null || now >= known.expiresAtSecond()) {
            known = verifySignature(token, now);
            if (known == null) {
                return Optional.empty();
            }
        }
        if (!clients.isEnabled(known.clientId())) {
            return Optional.empty();
        }
        return Optional.of(Caller.client(known.clientId(), known.scopes(), known.location(), known.channel()));
    }

    /** Liberty's consumer checks signature, issuer, audience and expiry; a genuine token is kept until it expires. */
    private Verified verifySignature(String token, long now) {
        JwtToken jwt;
        try {
            jwt = consumer().createJwt(token);
        } catch (InvalidTokenException e) {
            LOG.fine(() -> "Refused a token: " + e.getMessage());
            return null;
        } catch (InvalidConsumerException e) {
            LOG.log(Level.SEVERE, "Cannot verify tokens; check <jwtConsumer id=\"" + CONFIGURATION + "\">", e);
            return null;
        }
        Claims claims = jwt.getClaims();
        String clientId = claims.getSubject();
        if (clientId == null) {
            return null;
        }
        Object groups = claims.get("groups");
        Set<String> scopes = groups instanceof List<?> list ? Set.copyOf(list.stream().map(String::valueOf).toList())
                : Set.of();
        Verified genuine = new Verified(clientId, scopes, (String) claims.get("location"),
                (String) claims.get("channel"), claims.getExpiration());
        if (genuine.expiresAtSecond() > now) {
            keep(token, genuine, now);
        }
        return genuine;
    }

    private void keep(String token, Verified genuine, long now) {
        if (verified.size() >= KEPT_TOKENS) {
            verified.values().removeIf(v -> now >= v.expiresAtSecond());
            if (verified.size() >= KEPT_TOKENS) {
                verified.clear();
            }
        }
        verified.put(token, genuine);
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
