package org.omnistock.account.entity;

import java.time.Instant;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import org.omnistock.channel.entity.SalesChannel;
import org.omnistock.location.entity.Location;

/**
 * An external system that calls the API: a web shop, a marketplace connector, the ERP, a store's own systems. It
 * authenticates with its id and a secret (kept only as a keyed hash) for short-lived tokens, and may do what its
 * scopes allow; bound to a store it acts only there, bound to a channel it sells only as that channel.
 */
@Entity
@Table(name = "api_client")
@NamedQuery(name = ApiClient.FIND_BY_CLIENT_ID, query = "SELECT c FROM ApiClient c WHERE c.clientId = :clientId")
@NamedQuery(name = ApiClient.FIND_ALL, query = "SELECT c FROM ApiClient c ORDER BY c.clientId")
@NamedQuery(name = ApiClient.COUNT_ALL, query = "SELECT COUNT(c) FROM ApiClient c")
public class ApiClient {

    public static final String FIND_BY_CLIENT_ID = "ApiClient.findByClientId";
    public static final String FIND_ALL = "ApiClient.findAll";
    public static final String COUNT_ALL = "ApiClient.countAll";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "client_id", nullable = false, length = 64, unique = true)
    private String clientId;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(name = "secret_hash", nullable = false, length = 400)
    private String secretHash;

    /** Space-separated, as OAuth writes scopes. */
    @Column(nullable = false, length = 500)
    private String scopes;

    @ManyToOne
    @JoinColumn(name = "location_id")
    private Location location;

    @ManyToOne
    @JoinColumn(name = "channel_id")
    private SalesChannel channel;

    @Column(nullable = false)
    private boolean enabled;

    @Column(name = "failed_attempts", nullable = false)
    private int failedAttempts;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "secret_changed_at", nullable = false)
    private Instant secretChangedAt;

    protected ApiClient() {
    }

    public ApiClient(String clientId, String name, String secretHash, Set<String> scopes, Location location,
                     SalesChannel channel, Instant now) {
        this.clientId = clientId;
        this.name = name;
        this.secretHash = secretHash;
        this.scopes = String.join(" ", new TreeSet<>(scopes));
        this.location = location;
        this.channel = channel;
        this.enabled = true;
        this.createdAt = now;
        this.secretChangedAt = now;
    }

    /** Whether the client is locked out now after too many wrong secrets. */
    public boolean isLocked(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    /** A wrong secret: counts towards the same lockout as a staff user's. */
    public void authenticationFailed(Instant now) {
        failedAttempts++;
        if (failedAttempts >= User.MAX_FAILED_LOGINS) {
            lockedUntil = now.plus(User.LOCKOUT);
            failedAttempts = 0;
        }
    }

    public void authenticationSucceeded() {
        failedAttempts = 0;
        lockedUntil = null;
    }

    /** The same secret, kept another way (see {@code Passwords}): not a new secret. */
    public void rehashSecret(String newHash) {
        this.secretHash = newHash;
    }

    public void changeSecret(String newHash, Instant now) {
        secretHash = newHash;
        secretChangedAt = now;
        authenticationSucceeded();
    }

    public void change(String newName, Set<String> newScopes, Location newLocation, SalesChannel newChannel,
                       boolean isEnabled) {
        name = newName;
        scopes = String.join(" ", new TreeSet<>(newScopes));
        location = newLocation;
        channel = newChannel;
        enabled = isEnabled;
    }

    public Long getId() {
        return id;
    }

    public String getClientId() {
        return clientId;
    }

    public String getName() {
        return name;
    }

    public String getSecretHash() {
        return secretHash;
    }

    public Set<String> getScopes() {
        return scopes.isBlank() ? Set.of() : Set.copyOf(Arrays.asList(scopes.split(" ")));
    }

    public Location getLocation() {
        return location;
    }

    public SalesChannel getChannel() {
        return channel;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getSecretChangedAt() {
        return secretChangedAt;
    }
}
