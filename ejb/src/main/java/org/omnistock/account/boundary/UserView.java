package org.omnistock.account.boundary;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

import org.omnistock.account.entity.User;
import org.omnistock.location.entity.Location;

/** A staff user as admins see it; never its password hash. */
public record UserView(String username, String displayName, String role, List<String> locations, boolean enabled,
                       Instant lockedUntil, Instant createdAt, Instant passwordChangedAt) implements Serializable {

    public static final String USERNAME_PATTERN = "[a-z0-9][a-z0-9._-]*";
    public static final String ROLE_PATTERN = "admin|merchandiser|accountant|store-manager";
    public static final int MAX_LOCATIONS = 1_000;

    static UserView of(User user) {
        return new UserView(user.getUsername(), user.getDisplayName(), user.getRole().roleName(),
                user.getLocations().stream().map(Location::getCode).sorted().toList(), user.isEnabled(),
                user.getLockedUntil(), user.getCreatedAt(), user.getPasswordChangedAt());
    }
}
