package org.omnistock.access.boundary;

import java.io.Serializable;
import java.util.Set;

import org.omnistock.access.entity.Scopes;

/**
 * Who is asking, as the boundaries see it: a staff user, an API client, the system itself, or nobody.
 *
 * @param id        unique among every kind of caller: {@code user:<name>}, {@code client:<id>}, {@code system}
 * @param locations the codes of the only locations it acts at; null for every location
 * @param channel   the only sales channel it sells as; null when not bound to one
 */
public record Caller(String id, Kind kind, Set<String> scopes, Set<String> locations, String channel)
        implements Serializable {

    public enum Kind {
        STAFF, CLIENT, SYSTEM, ANONYMOUS
    }

    /** Trusted work on behalf of nobody: start-up data, timers. */
    public static final Caller SYSTEM = new Caller("system", Kind.SYSTEM, Scopes.ALL, null, null);

    /** Someone who has not signed in: may do nothing. */
    public static final Caller ANONYMOUS = new Caller("anonymous", Kind.ANONYMOUS, Set.of(), Set.of(), null);

    public Caller {
        scopes = Set.copyOf(scopes);
        locations = locations == null ? null : Set.copyOf(locations);
    }

    public static Caller staff(String username, Set<String> scopes, Set<String> locations) {
        return new Caller("user:" + username, Kind.STAFF, scopes, locations, null);
    }

    public static Caller client(String clientId, Set<String> scopes, String location, String channel) {
        return new Caller("client:" + clientId, Kind.CLIENT, scopes, location == null ? null : Set.of(location),
                channel);
    }

    /** The user name or client id, without its kind. */
    public String name() {
        int colon = id.indexOf(':');
        return colon < 0 ? id : id.substring(colon + 1);
    }

    public boolean has(String scope) {
        return scopes.contains(scope);
    }

    /** Whether it acts only at some locations. */
    public boolean isBound() {
        return locations != null;
    }

    public boolean actsAt(String locationCode) {
        return locations == null || locations.contains(locationCode);
    }

    @Override
    public String toString() {
        return id;
    }
}
