package org.omnistock.platform.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;

/**
 * What the signed-in user may do, for pages to offer only that: {@code #{permissions.may('prices:write')}}. Hiding a
 * button protects nothing by itself; every boundary checks again.
 */
@Named
@RequestScoped
public class Permissions {

    public boolean may(String scope) {
        return FacesContext.getCurrentInstance().getExternalContext().isUserInRole(scope);
    }
}
