package org.omnistock.account.boundary;

import static org.omnistock.platform.Text.blankToNull;

import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.omnistock.access.boundary.Access;
import org.omnistock.access.boundary.Caller;
import org.omnistock.access.entity.Scopes;
import org.omnistock.access.entity.StaffRole;
import org.omnistock.account.control.Passwords;
import org.omnistock.account.entity.User;
import org.omnistock.location.boundary.Locations;
import org.omnistock.location.entity.Location;
import org.omnistock.platform.Idempotent;
import org.omnistock.platform.Refusal;

/** Staff users of the back office: signing in, and their management by admins. */
@Stateless
public class Users {

    private static final Logger LOG = Logger.getLogger(Users.class.getName());

    @PersistenceContext(unitName = "omnistock")
    EntityManager em;

    @Inject
    Passwords passwords;

    @Inject
    Locations locations;

    @Inject
    Access access;

    @Inject
    Clock clock;

    /**
     * For the sign-in form: the user, if the password is right and the account enabled and not locked. A wrong
     * password counts towards the lockout; an unknown name takes as long as a wrong password.
     */
    public Optional<Caller> authenticate(String username, String password) {
        Optional<User> found = username == null || password == null || username.length() > 64 ? Optional.empty()
                : find(username);
        if (found.isEmpty()) {
            if (password != null) {
                passwords.matchesNothing(password);
            }
            return Optional.empty();
        }
        User user = found.get();
        Instant now = clock.instant();
        if (user.isLocked(now) || !user.isEnabled()) {
            passwords.matchesNothing(password);
            LOG.warning(() -> "Sign-in refused for " + user.getUsername() + ": "
                    + (user.isEnabled() ? "locked until " + user.getLockedUntil() : "disabled"));
            return Optional.empty();
        }
        if (!passwords.matches(password, user.getPasswordHash())) {
            user.loginFailed(now);
            LOG.warning(() -> "Wrong password for " + user.getUsername()
                    + (user.isLocked(now) ? "; locked until " + user.getLockedUntil() : ""));
            return Optional.empty();
        }
        user.loginSucceeded();
        return Optional.of(caller(user));
    }

    /** The signed-in user as it is now: gone if it was disabled or removed meanwhile. */
    public Optional<Caller> current(String username) {
        return find(username).filter(User::isEnabled).map(Users::caller);
    }

    @Idempotent
    public UserView create(@NotNull @Valid NewUser request) {
        access.require(Scopes.ADMIN);
        if (find(request.username()).isPresent()) {
            throw new Refusal(Refusal.Kind.CONFLICT, "user-exists", "user " + request.username() + " already exists");
        }
        requireStrong(request.password(), request.username());
        StaffRole role = StaffRole.ofName(request.role());
        User user = new User(request.username(), displayName(request.displayName(), request.username()),
                passwords.hash(request.password()), role, stores(role, request.locations()), clock.instant());
        em.persist(user);
        return UserView.of(user);
    }

    public List<UserView> list() {
        access.require(Scopes.ADMIN);
        return em.createNamedQuery(User.FIND_ALL, User.class).getResultStream().map(UserView::of).toList();
    }

    public Optional<UserView> findByUsername(String username) {
        access.require(Scopes.ADMIN);
        return find(username).map(UserView::of);
    }

    /** Changes role, stores, name or enabled; the last enabled admin stays an enabled admin. */
    public UserView change(String username, @NotNull @Valid UserChange request) {
        access.require(Scopes.ADMIN);
        User user = require(username);
        StaffRole role = StaffRole.ofName(request.role());
        boolean staysAdmin = role == StaffRole.ADMIN && request.enabled();
        if (user.getRole() == StaffRole.ADMIN && user.isEnabled() && !staysAdmin && enabledAdmins() == 1) {
            throw new Refusal(Refusal.Kind.CONFLICT, "last-admin", username
                    + " is the last enabled admin; make another user an admin first");
        }
        user.change(request.displayName().strip(), role, stores(role, request.locations()), request.enabled());
        return UserView.of(user);
    }

    /** Sets a user's password, as an admin does when a user forgot it; also lifts a lockout. */
    public UserView setPassword(String username, @NotNull @Valid NewPassword request) {
        access.require(Scopes.ADMIN);
        User user = require(username);
        requireStrong(request.password(), username);
        user.changePassword(passwords.hash(request.password()), clock.instant());
        return UserView.of(user);
    }

    /** A signed-in user changes its own password, knowing the current one. */
    public void changeOwnPassword(String currentPassword, @NotNull @Valid NewPassword request) {
        Caller caller = access.caller();
        User user = caller.kind() == Caller.Kind.STAFF ? find(caller.name()).orElse(null) : null;
        if (user == null) {
            throw new Refusal(Refusal.Kind.FORBIDDEN, "forbidden", caller + " is not a staff user");
        }
        if (currentPassword == null || !passwords.matches(currentPassword, user.getPasswordHash())) {
            throw new Refusal(Refusal.Kind.INVALID, "wrong-password", "the current password is not right");
        }
        requireStrong(request.password(), user.getUsername());
        user.changePassword(passwords.hash(request.password()), clock.instant());
    }

    /**
     * On an empty database, the first admin: {@code admin} with the configured password, or a random one when none
     * is configured.
     *
     * @return the password when it was made up here (to be shown once); empty when there were users already or the
     *         password was configured
     */
    public Optional<String> createFirstAdmin(String configuredPassword) {
        access.require(Scopes.ADMIN);
        if (em.createNamedQuery(User.COUNT_ALL, Long.class).getSingleResult() > 0) {
            return Optional.empty();
        }
        String password = blankToNull(configuredPassword) == null ? passwords.newSecret() : configuredPassword;
        requireStrong(password, "admin");
        em.persist(new User("admin", "Administrator", passwords.hash(password), StaffRole.ADMIN, Set.of(),
                clock.instant()));
        return password.equals(configuredPassword) ? Optional.empty() : Optional.of(password);
    }

    static Caller caller(User user) {
        Set<String> stores = user.getRole().boundToStores()
                ? Set.copyOf(user.getLocations().stream().map(Location::getCode).toList()) : null;
        return Caller.staff(user.getUsername(), user.getRole().scopes(), stores);
    }

    private Optional<User> find(String username) {
        return em.createNamedQuery(User.FIND_BY_USERNAME, User.class).setParameter("username", username)
                .getResultStream().findFirst();
    }

    private User require(String username) {
        return find(username).orElseThrow(
                () -> new Refusal(Refusal.Kind.NOT_FOUND, "unknown-user", "there is no user " + username));
    }

    private long enabledAdmins() {
        return em.createNamedQuery(User.FIND_ALL, User.class).getResultStream()
                .filter(u -> u.getRole() == StaffRole.ADMIN && u.isEnabled()).count();
    }

    /** The stores a store manager runs; other roles run none. */
    private Set<Location> stores(StaffRole role, List<String> codes) {
        if (!role.boundToStores() && !codes.isEmpty()) {
            throw new Refusal(Refusal.Kind.INVALID, "locations-not-allowed", "only a store manager is assigned to "
                    + "stores; an " + role.roleName() + " acts everywhere");
        }
        Set<Location> stores = new HashSet<>();
        for (String code : codes) {
            stores.add(locations.find(code).orElseThrow(() -> new Refusal(Refusal.Kind.INVALID, "unknown-location",
                    "there is no location " + code)));
        }
        return stores;
    }

    private static void requireStrong(String password, String username) {
        Passwords.weakness(password, username).ifPresent(weakness -> {
            throw new Refusal(Refusal.Kind.INVALID, "weak-password", weakness);
        });
    }

    private static String displayName(String given, String username) {
        String name = blankToNull(given);
        return name == null ? username : name;
    }
}
