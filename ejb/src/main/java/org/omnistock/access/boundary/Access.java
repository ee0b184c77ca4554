package org.omnistock.access.boundary;

import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.SecurityContext;

import org.omnistock.platform.Refusal;

/**
 * Whether the caller may do what it asks, where it asks it: every boundary method that changes or reads something on
 * behalf of a caller asks here first. A refusal changes nothing (403 through the API, a warning on a page).
 *
 * <p>The caller comes from the request's authentication ({@link AuthenticatedCaller}); work that runs on behalf of
 * nobody (start-up data, in-container tests) runs {@link #asSystem}. Anyone else is anonymous and may do nothing.</p>
 */
@ApplicationScoped
public class Access {

    private static final ThreadLocal<Boolean> SYSTEM = new ThreadLocal<>();

    @Inject
    SecurityContext security;

    /** Runs trusted work as the system, on this thread, and returns its result. */
    public static <T> T asSystem(Supplier<T> work) {
        Boolean outer = SYSTEM.get();
        SYSTEM.set(Boolean.TRUE);
        try {
            return work.get();
        } finally {
            if (outer == null) {
                SYSTEM.remove();
            }
        }
    }

    public static void asSystem(Runnable work) {
        asSystem(() -> {
            work.run();
            return null;
        });
    }

    public Caller caller() {
        if (Boolean.TRUE.equals(SYSTEM.get())) {
            return Caller.SYSTEM;
        }
        Set<AuthenticatedCaller> authenticated = security.getPrincipalsByType(AuthenticatedCaller.class);
        return authenticated.isEmpty() ? Caller.ANONYMOUS : authenticated.iterator().next().caller();
    }

    /** The caller, if it holds the scope. */
    public Caller require(String scope) {
        Caller caller = caller();
        if (!caller.has(scope)) {
            throw new Refusal(Refusal.Kind.FORBIDDEN, "forbidden", caller + " may not do this: it needs the scope "
                    + scope);
        }
        return caller;
    }

    /** The caller, if it holds the scope and acts at the location. */
    public Caller requireAt(String scope, String locationCode) {
        Caller caller = require(scope);
        if (!caller.actsAt(locationCode)) {
            throw new Refusal(Refusal.Kind.FORBIDDEN, "forbidden-location", caller + " acts only at "
                    + String.join(", ", caller.locations().stream().sorted().toList()) + ", not at " + locationCode);
        }
        return caller;
    }

    /** The caller, if it holds the scope and is bound to no location: for what concerns every location at once. */
    public Caller requireEverywhere(String scope) {
        Caller caller = require(scope);
        if (caller.isBound()) {
            throw new Refusal(Refusal.Kind.FORBIDDEN, "forbidden-location", caller
                    + " acts only at some locations; this concerns all of them");
        }
        return caller;
    }

    /**
     * The caller, for what concerns one location ({@link #requireAt}) or, with none, every location
     * ({@link #requireEverywhere}): a report of one store or of the whole business.
     */
    public Caller requireFor(String scope, String locationCodeOrNone) {
        return locationCodeOrNone == null ? requireEverywhere(scope) : requireAt(scope, locationCodeOrNone);
    }

    /** The only locations the caller may see, after it was found to hold the scope; empty for every location. */
    public Optional<Set<String>> visibleLocations(String scope) {
        return Optional.ofNullable(require(scope).locations());
    }
}
