package org.omnistock.analytics.view;

import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;

import org.omnistock.analytics.boundary.SalesAnalytics;
import org.omnistock.analytics.boundary.SalesFigures;
import org.omnistock.analytics.boundary.SalesReport;
import org.omnistock.analytics.control.SalesFacts;
import org.omnistock.channel.boundary.ChannelView;
import org.omnistock.channel.boundary.Channels;
import org.omnistock.platform.view.Messages;

/**
 * Backs analytics/dashboard.xhtml, the back office's landing page: the sales of a period by channel, location,
 * category and SKU against the period before, with a chart per day. The filters live in the URL, so a view can be
 * shared.
 */
@Named
@ViewScoped
public class DashboardPage implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Chart.js colours, one per channel in turn. */
    private static final String[] COLOURS = {"#1f3a5f", "#2e7d32", "#ef6c00", "#6a1b9a", "#00838f", "#c62828",
            "#5d4037", "#7fb3f5"};

    @Inject
    SalesAnalytics analytics;

    @Inject
    Channels channelBoundary;

    private LocalDate from;
    private LocalDate to;
    private String channel;
    private String category;
    private String location;
    private String by;
    private SalesReport report;

    public void load() {
        report = Messages.attempt(() -> analytics.report(from, to, channel, category, location));
        if (report != null) {
            from = report.from();
            to = report.to();
        }
    }

    /** Shows the filters chosen, through the URL. */
    public String show() {
        return "/analytics/dashboard?faces-redirect=true&includeViewParams=true";
    }

    /** Every channel that sells, and the stores' tills. */
    public List<String> getChannels() {
        List<String> codes = new ArrayList<>(channelBoundary.list().stream().map(ChannelView::code).toList());
        codes.add(SalesFacts.STORE_CHANNEL);
        return codes;
    }

    /** Whether the chart shows weeks: asked for, or a period longer than two months. */
    public boolean isWeekly() {
        return "week".equals(by) || by == null && report != null && report.days().size() > 62;
    }

    /** Revenue per day (or week), one stacked bar per channel (Chart.js through PrimeFaces' bundled library). */
    public String getDaysChart() {
        if (report == null) {
            return null;
        }
        List<SalesReport.Day> bars = isWeekly() ? report.weeks() : report.days();
        Set<String> channels = new TreeSet<>();
        bars.forEach(day -> channels.addAll(day.byChannel().keySet()));
        JsonArrayBuilder labels = Json.createArrayBuilder();
        bars.forEach(day -> labels.add((isWeekly() ? "week of " : "") + day.day()));
        JsonArrayBuilder datasets = Json.createArrayBuilder();
        int colour = 0;
        for (String code : channels) {
            JsonArrayBuilder values = Json.createArrayBuilder();
            bars.forEach(day -> values.add(day.byChannel().getOrDefault(code, BigDecimal.ZERO)));
            datasets.add(Json.createObjectBuilder().add("label", code).add("data", values)
                    .add("backgroundColor", COLOURS[colour++ % COLOURS.length]));
        }
        JsonObjectBuilder stacked = Json.createObjectBuilder().add("stacked", true);
        return Json.createObjectBuilder().add("type", "bar")
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
                .add("options", Json.createObjectBuilder().add("animation", false).add("responsive", true)
                        .add("maintainAspectRatio", false)
                        .add("scales", Json.createObjectBuilder().add("x", stacked).add("y", stacked)))
                .build().toString();
    }

    /** Each channel's share of the period's revenue. */
    public String getChannelsChart() {
        if (report == null || report.total().revenue().signum() <= 0) {
            return null;
        }
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder values = Json.createArrayBuilder();
        JsonArrayBuilder colours = Json.createArrayBuilder();
        int colour = 0;
        List<SalesFigures> sorted = new ArrayList<>(report.channels());
        sorted.sort(Comparator.comparing(SalesFigures::key));
        for (SalesFigures figures : sorted) {
            labels.add(figures.key());
            values.add(figures.revenue().max(BigDecimal.ZERO));
            colours.add(COLOURS[colour++ % COLOURS.length]);
        }
        return Json.createObjectBuilder().add("type", "doughnut")
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets",
                        Json.createArrayBuilder().add(Json.createObjectBuilder().add("data", values)
                                .add("backgroundColor", colours))))
                .add("options", Json.createObjectBuilder().add("animation", false).add("responsive", true)
                        .add("maintainAspectRatio", false))
                .build().toString();
    }

    /** A share (0.1234) as a percentage with one decimal, or a dash when there is none. */
    public String percent(BigDecimal share) {
        return share == null ? "–" : share.movePointRight(2).setScale(1, RoundingMode.HALF_EVEN) + "%";
    }

    /** The change from the period before as a signed percentage; "new" when only this period sold. */
    public String change(SalesFigures figures) {
        if (figures.change() == null) {
            return figures.revenue().signum() == 0 ? "–" : "new";
        }
        return (figures.change().signum() > 0 ? "+" : "") + percent(figures.change());
    }

    public String changeStyle(SalesFigures figures) {
        BigDecimal change = figures.change();
        return change == null || change.signum() == 0 ? "os-muted" : change.signum() > 0 ? "os-up" : "os-down";
    }

    public SalesReport getReport() {
        return report;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public String getChannel() {
        return channel;
    }

    public void setChannel(String channel) {
        this.channel = channel;
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

    public String getBy() {
        return by;
    }

    public void setBy(String by) {
        this.by = by;
    }

    public void setLocation(String location) {
        this.location = location;
    }
}
