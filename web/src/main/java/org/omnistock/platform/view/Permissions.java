package org.omnistock.platform.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.omnistock.access.boundary.Access;

/**
 * What the signed-in user may do, for pages to offer only that: {@code #{permissions.may('prices:write')}}. Hiding a
 * button protects nothing by itself; every boundary checks again.
 */
@Named
@RequestScoped
public class Permissions {

    @Inject
    Access access;

    public boolean may(String scope) {
        return FacesContext.getCurrentInstance().getExternalContext().isUserInRole(scope);
    }

    /** Whether the user acts at some locations only (a store manager): it sees its stores' work, not every order. */
    public boolean isBound() {
        return access.caller().isBound();
    }
}
