package org.omnistock.location.view;

import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import org.omnistock.access.boundary.Access;
import org.omnistock.location.boundary.LocationView;
import org.omnistock.location.boundary.Locations;

/** The locations a user works at, for the location chooser of store pages: its own stores, or every location. */
@RequestScoped
public class Workplaces {

    @Inject
    Access access;

    @Inject
    Locations locations;

    /** By code; a store manager's stores only. */
    public List<String> codes() {
        Set<String> own = access.caller().locations();
        if (own != null) {
            return own.stream().sorted().toList();
        }
        return locations.visible().stream().map(LocationView::code).sorted().toList();
    }

    /** The one asked for if the user works there, else the first it works at (null if none). */
    public String chosen(String asked, List<String> codes) {
        if (asked != null && !asked.isBlank()) {
            return asked.strip();
        }
        return codes.isEmpty() ? null : codes.get(0);
    }
}
