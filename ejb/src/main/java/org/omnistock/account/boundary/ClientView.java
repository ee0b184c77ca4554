package org.omnistock.account.boundary;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

import org.omnistock.account.entity.ApiClient;

/** An API client as admins see it; never its secret. */
public record ClientView(String clientId, String name, List<String> scopes, String location, String channel,
                         boolean enabled, Instant createdAt, Instant secretChangedAt) implements Serializable {

    public static final String CLIENT_ID_PATTERN = "[a-z0-9][a-z0-9._-]*";

    static ClientView of(ApiClient client) {
        return new ClientView(client.getClientId(), client.getName(), client.getScopes().stream().sorted().toList(),
                client.getLocation() == null ? null : client.getLocation().getCode(),
                client.getChannel() == null ? null : client.getChannel().getCode(), client.isEnabled(),
                client.getCreatedAt(), client.getSecretChangedAt());
    }
}
