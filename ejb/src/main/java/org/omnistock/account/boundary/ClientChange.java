package org.omnistock.account.boundary;

import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.omnistock.messages.Limits;

/** What an admin may change of an API client: everything but its id; its secret is rotated apart. */
public record ClientChange(
        @NotBlank @Size(max = Limits.MAX_NAME) String name,
        @NotEmpty @Size(max = 20) Set<@NotBlank @Size(max = 32) String> scopes,
        @Size(max = Limits.MAX_CODE) String location,
        @Size(max = Limits.MAX_CODE) String channel,
        @NotNull Boolean enabled) {
}
