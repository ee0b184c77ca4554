package org.omnistock.account.entity;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import org.omnistock.access.entity.StaffRole;
import org.omnistock.location.entity.Location;

/**
 * A staff user of the back office: a name, a password kept only as a PBKDF2 hash, a role, and for a store manager
 * the stores it runs. Ten wrong passwords in a row lock the account for a quarter of an hour.
 */
@Entity
@Table(name = "staff_user")
@NamedQuery(name = User.FIND_BY_USERNAME, query = "SELECT u FROM User u WHERE u.username = :username")
@NamedQuery(name = User.FIND_ALL, query = "SELECT u FROM User u ORDER BY u.username")
@NamedQuery(name = User.COUNT_ALL, query = "SELECT COUNT(u) FROM User u")
public class User {

    public static final String FIND_BY_USERNAME = "User.findByUsername";
    public static final String FIND_ALL = "User.findAll";
    public static final String COUNT_ALL = "User.countAll";

    /** Wrong passwords in a row before the account locks, and for how long. */
    public static final int MAX_FAILED_LOGINS = 10;
    public static final Duration LOCKOUT = Duration.ofMinutes(15);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 64, unique = true)
    private String username;

    @Column(name = "display_name", nullable = false, length = 200)
    private String displayName;

    @Column(name = "password_hash", nullable = false, length = 400)
    private String passwordHash;

    @Enumerated(EnumType.STRING)
    @Column(name = "staff_role", nullable = false, length = 16)
    private StaffRole role;

    @ManyToMany(fetch = FetchType.EAGER)
    @JoinTable(name = "staff_user_location", joinColumns = @JoinColumn(name = "user_id"),
            inverseJoinColumns = @JoinColumn(name = "location_id"))
    private Set<Location> locations = new HashSet<>();

    @Column(nullable = false)
    private boolean enabled;

    @Column(name = "failed_logins", nullable = false)
    private int failedLogins;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "password_changed_at", nullable = false)
    private Instant passwordChangedAt;

    protected User() {
    }

    public User(String username, String displayName, String passwordHash, StaffRole role, Set<Location> locations,
                Instant now) {
        this.username = username;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.role = role;
        this.locations = new HashSet<>(locations);
        this.enabled = true;
        this.createdAt = now;
        this.passwordChangedAt = now;
    }

    /** Whether the account is locked out now after too many wrong passwords. */
    public boolean isLocked(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    /** A wrong password: counts towards the lockout. */
    public void loginFailed(Instant now) {
        failedLogins++;
        if (failedLogins >= MAX_FAILED_LOGINS) {
            lockedUntil = now.plus(LOCKOUT);
            failedLogins = 0;
        }
    }

    public void loginSucceeded() {
        failedLogins = 0;
        lockedUntil = null;
    }

    public void changePassword(String newHash, Instant now) {
        passwordHash = newHash;
        passwordChangedAt = now;
        loginSucceeded();
    }

    public void change(String newDisplayName, StaffRole newRole, Set<Location> newLocations, boolean isEnabled) {
        displayName = newDisplayName;
        role = newRole;
        locations = new HashSet<>(newLocations);
        enabled = isEnabled;
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public StaffRole getRole() {
        return role;
    }

    public Set<Location> getLocations() {
        return Set.copyOf(locations);
    }

    public boolean isEnabled() {
        return enabled;
    }

    public Instant getLockedUntil() {
        return lockedUntil;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getPasswordChangedAt() {
        return passwordChangedAt;
    }
}
