package org.omnistock.location.boundary;

import static org.omnistock.platform.Text.blankToNull;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.omnistock.access.boundary.Access;
import org.omnistock.access.entity.Scopes;
import org.omnistock.location.control.LocationDirectory;
import org.omnistock.location.entity.Location;
import org.omnistock.platform.Idempotent;
import org.omnistock.platform.Page;
import org.omnistock.platform.Refusal;

/** Creates and finds locations. Other capabilities resolve location codes here. */
@Stateless
public class Locations {

    @PersistenceContext(unitName = "omnistock")
    EntityManager em;

    @Inject
    Access access;

    @Inject
    Clock clock;

    @Inject
    Event<LocationFulfilmentChanged> fulfilmentChanged;

    @Inject
    LocationDirectory directory;

    @Idempotent
    public LocationView create(@NotNull @Valid NewLocation request) {
        access.requireEverywhere(Scopes.CATALOG_WRITE);
        if (find(request.code()).isPresent()) {
            throw new Refusal(Refusal.Kind.CONFLICT, "location-exists",
                    "location " + request.code() + " already exists");
        }
        Location location = new Location(request.code(), request.name().strip(), request.type(), request.latitude(),
                request.longitude(), clock.instant());
        em.persist(location);
        em.flush();
        fulfilmentChanged.fire(new LocationFulfilmentChanged(location));
        return LocationView.of(location);
    }

    /** Puts the location in a price zone, or takes it out of any with null. */
    public LocationView setPriceZone(String code, String priceZone) {
        access.requireAt(Scopes.CATALOG_WRITE, code);
        Location location = require(code);
        location.setPriceZone(blankToNull(priceZone));
        return LocationView.of(location);
    }

    /** What the location does for orders: shipping, pickup, capacity, cost, deadlines, time zone. */
    public LocationView setFulfilment(String code, @NotNull @Valid FulfilmentSettings settings) {
        access.requireAt(Scopes.CATALOG_WRITE, code);
        Location location = require(code);
        location.fulfilment(settings.ships(), settings.offersPickup(), settings.dailyCapacity(),
                settings.fulfilmentCost(), settings.acceptWithin(), settings.collectWithin(), settings.timeZone());
        fulfilmentChanged.fire(new LocationFulfilmentChanged(location));
        return LocationView.of(location);
    }

    /**
     * Where the location supplies from, for tax (docs/sale-to-cash.md): a country, and a region of it if its rates or
     * GST need one; no country: it taxes nothing. Its next sale is taxed so.
     */
    public LocationView setTaxPlace(String code, @NotNull @Valid TaxPlaceRequest place) {
        access.require(Scopes.TAX_WRITE);
        place.requireConsistent();
        Location location = require(code);
        location.setTaxPlace(place.countryOrNone(), place.regionOrNone());
        return LocationView.of(location);
    }

    /** The location, or the standard refusal that there is none. */
    public Location require(String code) {
        return find(code).orElseThrow(
                () -> new Refusal(Refusal.Kind.NOT_FOUND, "unknown-location", "there is no location " + code));
    }

    /** Every location, for routing. */
    public List<Location> all() {
        return em.createNamedQuery(Location.FIND_ALL, Location.class).getResultList();
    }

    public Optional<LocationView> findByCode(String code) {
        access.require(Scopes.READ);
        return find(code).map(LocationView::of);
    }

    /**
     * The location entity for another capability's entities to refer to. Found by its id where the directory knows
     * the code: {@code em.find} takes the one this transaction already has, and never writes the transaction's
     * changes first, which a query does (a batch of till sales asks for its store a dozen times, and each query
     * compared every entity the batch had touched). A code the directory does not know yet (a location created
     * within the last second, or in this transaction) is looked up by a query.
     */
    public Optional<Location> find(String code) {
        Optional<Location> byId = directory.find(code).map(known -> em.find(Location.class, known.id()));
        return byId.isPresent() ? byId : em.createNamedQuery(Location.FIND_BY_CODE, Location.class)
                .setParameter("code", code).getResultStream().findFirst();
    }

    /**
     * The codes a report asked about one location (or none) may cover: that location, if it exists and the caller
     * may read there; otherwise those the caller sees, null meaning every location.
     */
    public Set<String> within(String location) {
        String code = blankToNull(location);
        if (code != null) {
            access.requireAt(Scopes.READ, code);
            require(code);
            return Set.of(code);
        }
        return access.visibleLocations(Scopes.READ).map(Set::copyOf).orElse(null);
    }

    /** The locations the caller may see, by code: all of them, or the stores it is bound to. */
    public List<LocationView> visible() {
        Optional<Set<String>> visible = access.visibleLocations(Scopes.READ);
        return all().stream().filter(l -> visible.map(codes -> codes.contains(l.getCode())).orElse(true))
                .map(LocationView::of).toList();
    }

    public Page<LocationView> list(int page, int size) {
        access.require(Scopes.READ);
        List<LocationView> items = em.createNamedQuery(Location.FIND_ALL, Location.class)
                .setFirstResult(Page.firstResult(page, size)).setMaxResults(size)
                .getResultStream().map(LocationView::of).toList();
        long total = em.createNamedQuery(Location.COUNT_ALL, Long.class).getSingleResult();
        return new Page<>(items, page, size, total);
    }
}
