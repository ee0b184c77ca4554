package org.omnistock.stock.view;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.omnistock.catalog.boundary.SkuView;
import org.omnistock.catalog.boundary.Skus;
import org.omnistock.catalog.view.Scanning;
import org.omnistock.location.view.Workplaces;
import org.omnistock.messages.Money;
import org.omnistock.platform.Retailer;
import org.omnistock.platform.Refusal;
import org.omnistock.platform.view.Messages;
import org.omnistock.stock.boundary.StockCount;
import org.omnistock.stock.boundary.StockLedger;
import org.omnistock.stock.boundary.StockLevelView;

/**
 * Backs stock/counts.xhtml: a count sheet for one location and category (each SKU's on hand when the sheet was made),
 * counted by typing or scanning a unit at a time, its variances reviewed with their value, then posted line by line
 * as compare-and-set counts: a line whose on hand moved since the sheet was made (a sale meanwhile) is refused and
 * stays to be counted again.
 */
@Named
@ViewScoped
public class CountsPage implements Serializable {

    private static final long serialVersionUID = 1L;
    /** SKUs one sheet may list: a category of a store, with room to spare. */
    private static final int MAX_LINES = 2_000;

    /** One SKU on the sheet. */
    public static final class Line implements Serializable {

        private static final long serialVersionUID = 1L;

        private final String sku;
        private final String name;
        private final long expected;
        private final BigDecimal unitCost;
        private final int digits;
        private Long counted;

        Line(String sku, String name, long expected, BigDecimal unitCost, int digits) {
            this.sku = sku;
            this.name = name;
            this.expected = expected;
            this.unitCost = unitCost;
            this.digits = digits;
        }

        public String getSku() {
            return sku;
        }

        public String getName() {
            return name;
        }

        public long getExpected() {
            return expected;
        }

        public Long getCounted() {
            return counted;
        }

        public void setCounted(Long counted) {
            this.counted = counted;
        }

        /** Counted less expected; null while not counted. */
        public Long getVariance() {
            return counted == null ? null : counted - expected;
        }

        /**
         * What the variance is worth at the SKU's unit cost, in the retailer's currency; null while not counted or
         * the cost is unknown.
         */
        public BigDecimal getVarianceValue() {
            return counted == null || unitCost == null ? null
                    : Money.round(unitCost.multiply(BigDecimal.valueOf(counted - expected)), digits);
        }
    }

    @Inject
    StockLedger ledger;

    @Inject
    Skus skus;

    @Inject
    Workplaces workplaces;

    @Inject
    Retailer retailer;

    @Inject
    Scanning scanning;

    private String location;
    private String category;
    private List<String> choices = List.of();
    private List<String> categories = List.of();
    private String sheet;
    private final List<Line> lines = new ArrayList<>();
    private boolean reviewed;
    private String scanned;
    private String found;

    public void load() {
        if (choices.isEmpty()) {
            choices = workplaces.codes();
            categories = skus.categories();
        }
        location = workplaces.chosen(location, choices);
        if (category == null && !categories.isEmpty()) {
            category = categories.get(0);
        }
    }

    /** A new sheet: every SKU of the category that has a level at the location, with its on hand now. */
    public void start() {
        lines.clear();
        reviewed = false;
        sheet = UUID.randomUUID().toString().substring(0, 8);
        try {
            List<StockLevelView> levels = ledger.levelsAt(location, category, 0, MAX_LINES).items();
            Map<String, BigDecimal> costs = costs(levels.stream().map(StockLevelView::sku).toList());
            levels.forEach(level -> lines.add(new Line(level.sku(), level.skuName(), level.onHand(),
                    costs.get(level.sku()), retailer.digits())));
            Messages.info("Count sheet " + sheet + ": " + lines.size() + " SKUs of " + category + " at " + location);
        } catch (Refusal refusal) {
            Messages.warn(refusal.getMessage());
            sheet = null;
        }
    }

    /** A scanned item counts one more unit on its line; an item not on the sheet gets a line of its own. */
    public void scan() {
        SkuView sku = scanning.sku(scanned).orElse(null);
        scanned = null;
        if (sku == null) {
            return;
        }
        if (sheet == null) {
            Messages.warn("Start a count sheet first");
            return;
        }
        found = sku.code();
        Line line = lines.stream().filter(l -> l.getSku().equals(sku.code())).findFirst().orElseGet(() -> {
            long onHand = ledger.levelsOfSku(sku.code()).levels().stream()
                    .filter(level -> level.locationId().equals(location)).mapToLong(StockLevelView::onHand)
                    .findFirst().orElse(0);
            Line added = new Line(sku.code(), sku.name(), onHand, sku.unitCost(), retailer.digits());
            lines.add(added);
            Messages.warn(sku.code() + " was not on the sheet (" + sku.category() + "): added");
            return added;
        });
        line.setCounted(line.getCounted() == null ? 1 : line.getCounted() + 1);
        reviewed = false;
    }

    public boolean isFound(Line line) {
        return line.getSku().equals(found);
    }

    /** Shows what the count changes before anything is posted. */
    public void review() {
        long counted = lines.stream().filter(l -> l.getCounted() != null).count();
        if (counted == 0) {
            Messages.warn("Nothing counted yet");
            return;
        }
        reviewed = true;
        Messages.info(counted + " of " + lines.size() + " lines counted, " + getVariances().size()
                + " differ from the books; post to correct them");
    }

    /** Posts every counted line; those refused stay on the sheet. */
    public void post() {
        int posted = 0;
        List<Line> done = new ArrayList<>();
        for (Line line : lines) {
            if (line.getCounted() == null) {
                continue;
            }
            Object result = Messages.attempt(() -> ledger.count(new StockCount(line.getSku(), location,
                    line.getExpected(), line.getCounted(), "count sheet " + sheet, null),
                    "count:" + sheet + ":" + location + ":" + line.getSku()));
            if (result != null) {
                posted++;
                done.add(line);
            }
        }
        lines.removeAll(done);
        reviewed = false;
        Messages.info(posted + " count(s) posted" + (lines.stream().anyMatch(l -> l.getCounted() != null)
                ? "; the lines left moved since the sheet was made: start a new sheet and count them again" : ""));
    }

    private Map<String, BigDecimal> costs(List<String> codes) {
        return skus.findAll(codes).stream().filter(sku -> sku.getUnitCost() != null)
                .collect(Collectors.toMap(sku -> sku.getCode(), sku -> sku.getUnitCost(), (a, b) -> a));
    }

    /** The counted lines that differ from the books. */
    public List<Line> getVariances() {
        return lines.stream().filter(l -> l.getVariance() != null && l.getVariance() != 0).toList();
    }

    public long getVarianceUnits() {
        return getVariances().stream().mapToLong(Line::getVariance).sum();
    }

    public BigDecimal getVarianceValue() {
        return getVariances().stream().map(Line::getVarianceValue).filter(v -> v != null)
                .reduce(Money.round(BigDecimal.ZERO, retailer.digits()), BigDecimal::add);
    }

    public String getCurrency() {
        return retailer.currency();
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

    public List<String> getChoices() {
        return choices;
    }

    public List<String> getCategories() {
        return categories;
    }

    public String getSheet() {
        return sheet;
    }

    public List<Line> getLines() {
        return lines;
    }

    public boolean isReviewed() {
        return reviewed;
    }

    public String getScanned() {
        return scanned;
    }

    public void setScanned(String scanned) {
        this.scanned = scanned;
    }
}
