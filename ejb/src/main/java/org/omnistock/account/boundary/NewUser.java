package org.omnistock.account.boundary;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.omnistock.account.control.Passwords;
import org.omnistock.messages.Limits;

/**
 * A staff user to create.
 *
 * @param role      admin, merchandiser, accountant or store-manager
 * @param locations for a store manager, the stores it runs; empty for the other roles
 */
public record NewUser(
        @NotBlank @Size(max = 64) @Pattern(regexp = UserView.USERNAME_PATTERN,
                message = "must be lower-case letters, digits, '.', '-' or '_'") String username,
        @Size(max = Limits.MAX_NAME) String displayName,
        @NotBlank @Pattern(regexp = UserView.ROLE_PATTERN,
                message = "must be admin, merchandiser, accountant or store-manager") String role,
        @Size(max = UserView.MAX_LOCATIONS) List<@NotBlank @Size(max = Limits.MAX_CODE) String> locations,
        @NotNull @Size(min = Passwords.MIN_LENGTH, max = Passwords.MAX_LENGTH) String password) {

    public NewUser {
        locations = locations == null ? List.of() : List.copyOf(locations);
    }
}
