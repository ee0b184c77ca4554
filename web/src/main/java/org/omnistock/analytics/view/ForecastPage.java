package org.omnistock.analytics.view;

import java.io.Serializable;
import java.util.Locale;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;

import org.omnistock.analytics.boundary.ForecastReport;
import org.omnistock.analytics.boundary.SalesAnalytics;
import org.omnistock.platform.view.Messages;

/**
 * Backs analytics/forecast.xhtml: the demand to come for a category or location, how well the method forecast the
 * last two weeks, and each SKU and location's forecast. Filters live in the URL.
 */
@Named
@ViewScoped
public class ForecastPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    SalesAnalytics analytics;

    private String category;
    private String location;
    private int horizonDays = 14;
    private ForecastReport report;

    public void load() {
        report = Messages.attempt(() -> analytics.forecast(category, location, horizonDays));
    }

    public String show() {
        return "/analytics/forecast?faces-redirect=true&includeViewParams=true";
    }

    /** Units per day: sold, forecast for the held-out days from the days before, and forecast ahead. */
    public String getChart() {
        if (report == null) {
            return null;
        }
        int days = report.actual().size() + report.ahead().size();
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder sold = Json.createArrayBuilder();
        JsonArrayBuilder backtest = Json.createArrayBuilder();
        JsonArrayBuilder ahead = Json.createArrayBuilder();
        int heldOutFrom = report.actual().size() - report.backtest().size();
        for (int t = 0; t < days; t++) {
            boolean past = t < report.actual().size();
            labels.add((past ? report.actual().get(t) : report.ahead().get(t - report.actual().size())).day()
                    .toString());
            if (past) {
                sold.add(report.actual().get(t).units());
            } else {
                sold.addNull();
            }
            if (t >= heldOutFrom && past) {
                backtest.add(round(report.backtest().get(t - heldOutFrom).units()));
            } else {
                backtest.addNull();
            }
            if (past) {
                ahead.addNull();
            } else {
                ahead.add(round(report.ahead().get(t - report.actual().size()).units()));
            }
        }
        return Json.createObjectBuilder().add("type", "line")
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", Json.createArrayBuilder()
                        .add(line("Sold", sold, "#1f3a5f"))
                        .add(line("Forecast of the held-out days", backtest, "#ef6c00"))
                        .add(line("Forecast", ahead, "#2e7d32"))))
                .add("options", Json.createObjectBuilder().add("animation", false).add("responsive", true)
                        .add("maintainAspectRatio", false))
                .build().toString();
    }

    private static JsonObjectBuilder line(String label, JsonArrayBuilder values, String colour) {
        return Json.createObjectBuilder().add("label", label).add("data", values).add("borderColor", colour)
                .add("backgroundColor", colour).add("pointRadius", 0).add("borderWidth", 2);
    }

    private static double round(double units) {
        return Math.round(units * 10) / 10.0;
    }

    public String percent(Double share) {
        return share == null ? "–" : String.format(Locale.ROOT, "%.1f%%", share * 100);
    }

    public String units(double units) {
        return String.format(Locale.ROOT, "%.1f", units);
    }

    public ForecastReport getReport() {
        return report;
    }

    public String getCategory() {
        return category;
    }

    public void setCategory(String category) {
        this.category = category;
    }

    public String getLocation() {
        return location;
    }

    public void setLocation(String location) {
        this.location = location;
    }

    public int getHorizonDays() {
        return horizonDays;
    }

    public void setHorizonDays(int horizonDays) {
        this.horizonDays = horizonDays;
    }
}
