package org.omnistock.tillday.view;

import java.io.Serializable;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.omnistock.access.boundary.Access;
import org.omnistock.access.entity.Scopes;
import org.omnistock.location.boundary.LocationView;
import org.omnistock.location.boundary.Locations;
import org.omnistock.location.entity.LocationType;
import org.omnistock.platform.view.Messages;
import org.omnistock.tillday.boundary.DayReport;
import org.omnistock.tillday.boundary.DayTotal;
import org.omnistock.tillday.boundary.TillDays;

/**
 * Backs tillday/days.xhtml: a store's till days, newest first, each with its X report (open) or Z report (closed):
 * receipts, totals by tender, tax rate and document kind, the cash expected, counted and the difference with its
 * reason. The store and the day shown live in the URL; a user bound to stores sees theirs only.
 */
@Named
@ViewScoped
public class TillDaysPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    TillDays tillDays;

    @Inject
    Locations locations;

    @Inject
    Access access;

    private String store;
    private Long day;
    private List<LocationView> stores;
    private List<DayReport> days;
    private DayReport shown;

    public void load() {
        access.require(Scopes.TILL_DAYS);
        stores = locations.visible().stream().filter(l -> l.type() == LocationType.STORE).toList();
        if ((store == null || store.isBlank()) && !stores.isEmpty()) {
            store = stores.get(0).code();
        }
        if (store == null || store.isBlank()) {
            return;
        }
        days = Messages.attempt(() -> tillDays.days(store));
        if (days == null) {
            return;
        }
        shown = day != null ? days.stream().filter(d -> d.id() == day).findFirst().orElse(null)
                : days.stream().findFirst().orElse(null);
        if (shown != null && "OPEN".equals(shown.state())) {
            shown = Messages.attempt(() -> tillDays.current(store));
        }
    }

    public String show() {
        return "/tillday/days?faces-redirect=true&includeViewParams=true";
    }

    /** The shown report's totals of one kind (TENDER, TAX, DOCUMENT). */
    public List<DayTotal> totals(String kind) {
        return shown == null ? List.of() : shown.totals().stream().filter(t -> t.kind().equals(kind)).toList();
    }

    public List<LocationView> getStores() {
        return stores;
    }

    public List<DayReport> getDays() {
        return days;
    }

    public DayReport getShown() {
        return shown;
    }

    public String getStore() {
        return store;
    }

    public void setStore(String store) {
        this.store = store;
    }

    public Long getDay() {
        return day;
    }

    public void setDay(Long day) {
        this.day = day;
    }
}
