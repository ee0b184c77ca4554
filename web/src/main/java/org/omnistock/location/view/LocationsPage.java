package org.omnistock.location.view;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.omnistock.location.boundary.FulfilmentSettings;
import org.omnistock.location.boundary.LocationView;
import org.omnistock.location.boundary.Locations;
import org.omnistock.location.boundary.NewLocation;
import org.omnistock.location.entity.LocationType;
import org.omnistock.platform.view.Messages;

/**
 * Backs location/locations.xhtml: the stores and warehouses the user sees, with what each does for orders
 * (shipping, pickup, daily capacity, cost, deadlines, time zone) and its price zone; one changed; a new one.
 */
@Named
@ViewScoped
public class LocationsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Locations locations;

    private List<LocationView> all = List.of();
    private String selected;
    private LocationView location;

    private String priceZone;
    private boolean ships;
    private boolean offersPickup;
    private Integer dailyCapacity;
    private BigDecimal fulfilmentCost;
    /** Hours a location has to accept a fulfilment, days a pickup waits: what people set, not ISO durations. */
    private BigDecimal acceptHours;
    private Integer collectDays;
    private String timeZone;

    private String newCode;
    private String newName;
    private LocationType newType = LocationType.STORE;
    private BigDecimal newLatitude;
    private BigDecimal newLongitude;

    public void load() {
        all = locations.visible();
        if (selected != null) {
            select(selected);
        }
    }

    public void select(String code) {
        location = all.stream().filter(l -> l.code().equals(code)).findFirst().orElse(null);
        selected = location == null ? null : code;
        if (location == null) {
            Messages.warn("There is no location " + code + " that you may see");
            return;
        }
        FulfilmentSettings settings = location.fulfilment();
        priceZone = location.priceZone();
        ships = settings.ships();
        offersPickup = settings.offersPickup();
        dailyCapacity = settings.dailyCapacity();
        fulfilmentCost = settings.fulfilmentCost();
        acceptHours = BigDecimal.valueOf(settings.acceptWithin().toMinutes()).divide(BigDecimal.valueOf(60), 2,
                java.math.RoundingMode.HALF_UP).stripTrailingZeros();
        collectDays = (int) settings.collectWithin().toDays();
        timeZone = settings.timeZone();
    }

    /** Saves what the location does for orders, and its price zone if that changed. */
    public void save() {
        if (acceptHours == null || acceptHours.signum() <= 0) {
            Messages.warn("Hours to accept is a number of hours, such as 2 or 0.5");
            return;
        }
        Duration accept = Duration.ofSeconds(acceptHours.multiply(BigDecimal.valueOf(3600)).setScale(0,
                java.math.RoundingMode.HALF_UP).longValue());
        LocationView saved = Messages.attempt(() -> locations.setFulfilment(selected, new FulfilmentSettings(ships,
                offersPickup, dailyCapacity, fulfilmentCost, accept, Duration.ofDays(collectDays == null ? 0
                : collectDays), timeZone)));
        String zone = priceZone == null || priceZone.isBlank() ? null : priceZone.strip();
        if (saved != null && !java.util.Objects.equals(zone, saved.priceZone())) {
            saved = Messages.attempt(() -> locations.setPriceZone(selected, zone));
        }
        if (saved != null) {
            Messages.info(selected + " saved; routing takes it into account from now on");
            load();
        }
    }

    public void create() {
        LocationView created = Messages.attempt(() -> locations.create(new NewLocation(newCode, newName, newType,
                newLatitude, newLongitude)));
        if (created != null) {
            Messages.info("Location " + created.code() + " created");
            selected = created.code();
            newCode = null;
            newName = null;
            load();
        }
    }

    public LocationType[] getTypes() {
        return LocationType.values();
    }

    public List<LocationView> getAll() {
        return all;
    }

    public String getSelected() {
        return selected;
    }

    public void setSelected(String selected) {
        this.selected = selected == null || selected.isBlank() ? null : selected;
    }

    public LocationView getLocation() {
        return location;
    }

    public String getPriceZone() {
        return priceZone;
    }

    public void setPriceZone(String priceZone) {
        this.priceZone = priceZone;
    }

    public boolean isShips() {
        return ships;
    }

    public void setShips(boolean ships) {
        this.ships = ships;
    }

    public boolean isOffersPickup() {
        return offersPickup;
    }

    public void setOffersPickup(boolean offersPickup) {
        this.offersPickup = offersPickup;
    }

    public Integer getDailyCapacity() {
        return dailyCapacity;
    }

    public void setDailyCapacity(Integer dailyCapacity) {
        this.dailyCapacity = dailyCapacity;
    }

    public BigDecimal getFulfilmentCost() {
        return fulfilmentCost;
    }

    public void setFulfilmentCost(BigDecimal fulfilmentCost) {
        this.fulfilmentCost = fulfilmentCost;
    }

    public BigDecimal getAcceptHours() {
        return acceptHours;
    }

    public void setAcceptHours(BigDecimal acceptHours) {
        this.acceptHours = acceptHours;
    }

    public Integer getCollectDays() {
        return collectDays;
    }

    public void setCollectDays(Integer collectDays) {
        this.collectDays = collectDays;
    }

    public String getTimeZone() {
        return timeZone;
    }

    public void setTimeZone(String timeZone) {
        this.timeZone = timeZone;
    }

    public String getNewCode() {
        return newCode;
    }

    public void setNewCode(String newCode) {
        this.newCode = newCode;
    }

    public String getNewName() {
        return newName;
    }

    public void setNewName(String newName) {
        this.newName = newName;
    }

    public LocationType getNewType() {
        return newType;
    }

    public void setNewType(LocationType newType) {
        this.newType = newType;
    }

    public BigDecimal getNewLatitude() {
        return newLatitude;
    }

    public void setNewLatitude(BigDecimal newLatitude) {
        this.newLatitude = newLatitude;
    }

    public BigDecimal getNewLongitude() {
        return newLongitude;
    }

    public void setNewLongitude(BigDecimal newLongitude) {
        this.newLongitude = newLongitude;
    }
}
