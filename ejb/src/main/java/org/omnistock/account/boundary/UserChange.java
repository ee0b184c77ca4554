package org.omnistock.account.boundary;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.omnistock.messages.Limits;

/** What an admin may change of a user: everything but its name; its password is set apart. */
public record UserChange(
        @NotBlank @Size(max = Limits.MAX_NAME) String displayName,
        @NotBlank @Pattern(regexp = UserView.ROLE_PATTERN,
                message = "must be admin, merchandiser, accountant or store-manager") String role,
        @Size(max = UserView.MAX_LOCATIONS) List<@NotBlank @Size(max = Limits.MAX_CODE) String> locations,
        @NotNull Boolean enabled) {

    public UserChange {
        locations = locations == null ? List.of() : List.copyOf(locations);
    }
}
