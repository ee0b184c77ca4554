package org.omnistock.account.boundary;

import java.util.Set;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.omnistock.messages.Limits;

/**
 * An API client to create; its secret is made up by the server and shown once.
 *
 * @param scopes   what it may do, from {@link org.omnistock.access.entity.Scopes}
 * @param location the one location it acts at (a store's own systems); null for every location
 * @param channel  the one sales channel it sells as (the web shop for WEB); null for none
 */
public record NewClient(
        @NotBlank @Size(max = 64) @Pattern(regexp = ClientView.CLIENT_ID_PATTERN,
                message = "must be lower-case letters, digits, '.', '-' or '_'") String clientId,
        @NotBlank @Size(max = Limits.MAX_NAME) String name,
        @NotEmpty @Size(max = 20) Set<@NotBlank @Size(max = 32) String> scopes,
        @Size(max = Limits.MAX_CODE) String location,
        @Size(max = Limits.MAX_CODE) String channel) {
}
