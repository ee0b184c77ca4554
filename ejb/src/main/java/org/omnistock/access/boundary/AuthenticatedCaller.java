package org.omnistock.access.boundary;

import jakarta.security.enterprise.CallerPrincipal;

/**
 * The principal the authentication mechanism establishes for a request: its name is the user name or client id,
 * and it carries what the boundaries need to know of the caller, so that they need not look it up again.
 */
public class AuthenticatedCaller extends CallerPrincipal {

    private static final long serialVersionUID = 1L;

    private final Caller caller;

    public AuthenticatedCaller(Caller caller) {
        super(caller.name());
        this.caller = caller;
    }

    public Caller caller() {
        return caller;
    }
}
