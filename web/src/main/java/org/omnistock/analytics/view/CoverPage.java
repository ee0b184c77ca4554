package org.omnistock.analytics.view;

import java.io.Serializable;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.omnistock.analytics.boundary.AgeBucket;
import org.omnistock.analytics.boundary.CoverRow;
import org.omnistock.analytics.boundary.SalesAnalytics;
import org.omnistock.platform.Page;
import org.omnistock.platform.view.Messages;

/**
 * Backs analytics/cover.xhtml: how fast each SKU sells at a location (or across the network) and how long its stock
 * lasts, those about to run out first. Filters live in the URL.
 */
@Named
@ViewScoped
public class CoverPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    SalesAnalytics analytics;

    private String location;
    private String category;
    private int leadTimeDays = 7;
    private Page<CoverRow> rows;
    private List<AgeBucket> ageing;

    public void load() {
        rows = Messages.attempt(() -> analytics.cover(location, category, leadTimeDays, 0, Page.MAX_SIZE));
        ageing = rows == null ? null : analytics.ageing(location, category);
    }

    public List<AgeBucket> getAgeing() {
        return ageing;
    }

    public String show() {
        return "/analytics/cover?faces-redirect=true&includeViewParams=true";
    }

    /** Days as a whole number, a dash when there is no figure. */
    public String days(Double days) {
        return days == null ? "–" : String.valueOf(Math.round(Math.floor(days)));
    }

    public String percent(Double share) {
        return share == null ? "–" : String.format("%.1f%%", share * 100);
    }

    public String perDay(double velocity) {
        return String.format("%.2f", velocity);
    }

    public Page<CoverRow> getRows() {
        return rows;
    }

    public String getLocation() {
        return location;
    }

    public void setLocation(String location) {
        this.location = location;
    }

    public String getCategory() {
        return category;
    }

    public void setCategory(String category) {
        this.category = category;
    }

    public int getLeadTimeDays() {
        return leadTimeDays;
    }

    public void setLeadTimeDays(int leadTimeDays) {
        this.leadTimeDays = leadTimeDays;
    }
}
