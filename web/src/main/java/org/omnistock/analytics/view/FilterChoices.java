package org.omnistock.analytics.view;

import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.omnistock.catalog.boundary.Skus;
import org.omnistock.location.boundary.LocationView;
import org.omnistock.location.boundary.Locations;

/** What the report pages' filters offer: every category, and the locations the user sees. */
@Named
@RequestScoped
public class FilterChoices {

    @Inject
    Skus skus;

    @Inject
    Locations locations;

    public List<String> getCategories() {
        return skus.categories();
    }

    public List<LocationView> getLocations() {
        return locations.visible();
    }
}
