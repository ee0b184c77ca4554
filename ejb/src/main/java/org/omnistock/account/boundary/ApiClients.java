package org.omnistock.account.boundary;

import static org.omnistock.platform.Text.blankToNull;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.omnistock.access.boundary.Access;
import org.omnistock.access.boundary.Caller;
import org.omnistock.access.entity.Scopes;
import org.omnistock.account.control.ClientStatus;
import org.omnistock.account.control.Passwords;
import org.omnistock.account.entity.ApiClient;
import org.omnistock.account.entity.User;
import org.omnistock.channel.boundary.Channels;
import org.omnistock.channel.entity.SalesChannel;
import org.omnistock.location.boundary.Locations;
import org.omnistock.location.entity.Location;
import org.omnistock.platform.Refusal;

/** API clients: their management by admins, and their authentication for tokens. */
@Stateless
public class ApiClients {

    /** The client that {@code omnistock.bootstrap.client.secret} creates on an empty database, with every scope. */
    public static final String BOOTSTRAP_CLIENT = "bootstrap";

    private static final Logger LOG = Logger.getLogger(ApiClients.class.getName());

    @PersistenceContext(unitName = "omnistock")
    EntityManager em;

    @Inject
    Passwords passwords;

    @Inject
    ClientStatus status;

    @Inject
    Event<ClientStatus.Changed> clientChanged;

    @Inject
    ConnectorCredentials connectors;

    @Inject
    Locations locations;

    @Inject
    Channels channels;

    @Inject
    Access access;

    @Inject
    Clock clock;

    /**
     * For the token endpoint: the client as a caller, if the secret is right and the client enabled and not locked.
     * A wrong secret counts towards the lockout; an unknown id takes as long as a wrong secret. A secret kept the
     * slow way is kept the fast way once it is given right ({@link Passwords}).
     *
     * @throws Passwords.Busy if a secret kept the slow way could not be checked now
     */
    public Optional<Caller> authenticate(String clientId, String secret) {
        Optional<ApiClient> found = clientId == null || secret == null || clientId.length() > 64 ? Optional.empty()
                : find(clientId);
        if (found.isEmpty()) {
            if (secret != null) {
                passwords.secretMatchesNothing(secret);
            }
            return Optional.empty();
        }
        ApiClient client = found.get();
        Instant now = clock.instant();
        if (client.isLocked(now) || !client.isEnabled()) {
            passwords.secretMatchesNothing(secret);
            return Optional.empty();
        }
        if (!passwords.secretMatches(secret, client.getSecretHash())) {
            client.authenticationFailed(now);
            LOG.warning(() -> "Wrong secret for API client " + clientId
                    + (client.isLocked(now) ? "; locked for " + User.LOCKOUT.toMinutes() + " minutes" : ""));
            return Optional.empty();
        }
        client.authenticationSucceeded();
        if (!passwords.isFast(client.getSecretHash())) {
            client.rehashSecret(passwords.hashSecret(secret));
        }
        return Optional.of(caller(client));
    }

    /** Whether the client may still use its tokens: it exists and is enabled (see {@link ClientStatus}). */
    public boolean isEnabled(String clientId) {
        return status.isEnabled(clientId, id -> find(id).filter(ApiClient::isEnabled).isPresent());
    }

    /** A new client with a secret made up here, in the answer only. */
    public IssuedSecret create(@NotNull @Valid NewClient request) {
        return createWithSecret(request, passwords.newSecret());
    }

    /**
     * A new client with a secret chosen elsewhere: the configured bootstrap secret, the demo's documented ones.
     * Anyone else gets a secret made up by {@link #create}.
     */
    public IssuedSecret createWithSecret(@NotNull @Valid NewClient request, @NotNull String secret) {
        access.require(Scopes.ADMIN);
        if (find(request.clientId()).isPresent()) {
            throw new Refusal(Refusal.Kind.CONFLICT, "client-exists",
                    "API client " + request.clientId() + " already exists");
        }
        if (secret.length() < Passwords.MIN_LENGTH) {
            throw new Refusal(Refusal.Kind.INVALID, "weak-secret", "a client secret has at least "
                    + Passwords.MIN_LENGTH + " characters");
        }
        ApiClient client = new ApiClient(request.clientId(), request.name().strip(), passwords.hashSecret(secret),
                scopes(request.scopes()), location(request.location()), channel(request.channel()), clock.instant());
        em.persist(client);
        return new IssuedSecret(ClientView.of(client), secret);
    }

    public List<ClientView> list() {
        access.require(Scopes.ADMIN);
        return em.createNamedQuery(ApiClient.FIND_ALL, ApiClient.class).getResultStream().map(ClientView::of)
                .toList();
    }

    public Optional<ClientView> findByClientId(String clientId) {
        access.require(Scopes.ADMIN);
        return find(clientId).map(ClientView::of);
    }

    /** Changes scopes, bindings, name or enabled; tokens issued before keep the scopes they were issued with. */
    public ClientView change(String clientId, @NotNull @Valid ClientChange request) {
        access.require(Scopes.ADMIN);
        ApiClient client = require(clientId);
        Set<String> scopesBefore = Set.copyOf(client.getScopes());
        client.change(request.name().strip(), scopes(request.scopes()), location(request.location()),
                channel(request.channel()), request.enabled());
        clientChanged.fire(new ClientStatus.Changed(clientId));
        if (!client.isEnabled() || !client.getScopes().equals(scopesBefore)) {
            connectors.revoke(clientId);
        }
        return ClientView.of(client);
    }

    /** A new secret; the old one stops working at once (tokens already issued with it run out by themselves). */
    public IssuedSecret rotateSecret(String clientId) {
        access.require(Scopes.ADMIN);
        ApiClient client = require(clientId);
        String secret = passwords.newSecret();
        client.changeSecret(passwords.hashSecret(secret), clock.instant());
        return new IssuedSecret(ClientView.of(client), secret);
    }

    /**
     * With a configured secret and no client of that id yet, the {@value #BOOTSTRAP_CLIENT} client with every
     * scope, for automation that sets up the rest.
     *
     * @return whether it was created now
     */
    public boolean createBootstrapClient(String configuredSecret) {
        access.require(Scopes.ADMIN);
        if (blankToNull(configuredSecret) == null || find(BOOTSTRAP_CLIENT).isPresent()) {
            return false;
        }
        createWithSecret(new NewClient(BOOTSTRAP_CLIENT, "Bootstrap client (every scope)", Scopes.ALL, null, null),
                configuredSecret);
        return true;
    }

    static Caller caller(ApiClient client) {
        return Caller.client(client.getClientId(), client.getScopes(),
                client.getLocation() == null ? null : client.getLocation().getCode(),
                client.getChannel() == null ? null : client.getChannel().getCode());
    }

    private Optional<ApiClient> find(String clientId) {
        return em.createNamedQuery(ApiClient.FIND_BY_CLIENT_ID, ApiClient.class).setParameter("clientId", clientId)
                .getResultStream().findFirst();
    }

    private ApiClient require(String clientId) {
        return find(clientId).orElseThrow(() -> new Refusal(Refusal.Kind.NOT_FOUND, "unknown-client",
                "there is no API client " + clientId));
    }

    private static Set<String> scopes(Set<String> requested) {
        List<String> unknown = requested.stream().filter(s -> !Scopes.ALL.contains(s)).sorted().toList();
        if (!unknown.isEmpty()) {
            throw new Refusal(Refusal.Kind.INVALID, "unknown-scope", "there is no scope " + String.join(", ", unknown)
                    + "; the scopes are " + String.join(", ", Scopes.DESCRIPTIONS.keySet()));
        }
        return Set.copyOf(requested);
    }

    private Location location(String code) {
        return blankToNull(code) == null ? null : locations.find(code.strip()).orElseThrow(() -> new Refusal(
                Refusal.Kind.INVALID, "unknown-location", "there is no location " + code));
    }

    private SalesChannel channel(String code) {
        return blankToNull(code) == null ? null : channels.find(code.strip()).orElseThrow(() -> new Refusal(
                Refusal.Kind.INVALID, "unknown-channel", "there is no channel " + code));
    }
}
