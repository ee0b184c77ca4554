package org.omnistock.purchasing.boundary;

import static org.omnistock.platform.Text.blankToNull;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.omnistock.access.boundary.Access;
import org.omnistock.access.entity.Scopes;
import org.omnistock.analytics.control.SalesFacts;
import org.omnistock.analytics.control.SalesQueries;
import org.omnistock.analytics.control.TopDownForecast;
import org.omnistock.location.boundary.Locations;
import org.omnistock.platform.Refusal;
import org.omnistock.purchasing.control.OrderSuggestions;
import org.omnistock.purchasing.control.PurchasingRecords;
import org.omnistock.purchasing.entity.SupplierItem;

/**
 * Suggested purchase orders (docs/erp.md, "suggestions"): for every SKU a supplier sells and every location that
 * holds it, what its forecast pace (units a day over the next four weeks, {@link TopDownForecast}), what it has
 * available and coming, and the supplier's lead time, minimum and packs say to order now ({@link OrderSuggestions}),
 * from the cheapest active supplier of the SKU. Worked out when asked for, never stored; a merchandiser drafts a
 * supplier's suggestions into a purchase order, worked out again then.
 */
@Stateless
public class PurchaseSuggestions {

    /** The days ahead whose forecast gives a location's pace: four weeks, every weekday alike. */
    static final int PACE_DAYS = 28;

    @PersistenceContext(unitName = "omnistock")
    EntityManager em;

    @Inject
    Access access;

    @Inject
    Locations locations;

    @Inject
    SalesQueries queries;

    @Inject
    PurchasingRecords records;

    @Inject
    Purchasing purchasing;

    @Inject
    Clock clock;

    /** What to order now, of one supplier and for one location if given (staff of some stores: theirs). */
    public List<SuggestedLine> suggest(String supplier, String location) {
        access.require(Scopes.PURCHASING_READ);
        Set<String> at = locations.within(location);
        String only = blankToNull(supplier);
        if (only != null) {
            records.knownSupplier(only);
        }
        Map<String, SupplierItem> cheapest = new HashMap<>();
        for (SupplierItem item : em.createQuery("SELECT i FROM SupplierItem i JOIN FETCH i.sku JOIN FETCH i.supplier "
                + "WHERE i.supplier.active = TRUE", SupplierItem.class).getResultList()) {
            cheapest.merge(item.getSku().getCode(), item, (a, b) -> Comparator.comparing(SupplierItem::getUnitPrice)
                    .thenComparing((SupplierItem i) -> i.getSupplier().getCode()).compare(a, b) <= 0 ? a : b);
        }
        Map<String, Double> paceOf = forecastPace();
        List<SuggestedLine> lines = new ArrayList<>();
        for (SalesQueries.Held held : queries.held(null, null, at, false)) {
            SupplierItem item = cheapest.get(held.sku());
            if (item == null || (only != null && !item.getSupplier().getCode().equals(only))) {
                continue;
            }
            double pace = paceOf.getOrDefault(held.sku() + "@" + held.location(), 0.0);
            OrderSuggestions.Suggestion suggestion = OrderSuggestions.suggest(pace, held.available(),
                    held.incoming(), item.getSupplier().getLeadTimeDays(), item);
            if (suggestion.quantity() > 0) {
                lines.add(new SuggestedLine(item.getSupplier().getCode(), held.sku(), held.name(), held.location(),
                        suggestion.quantity(), item.getUnitPrice(), pace, held.available(), held.incoming(),
                        suggestion.coverDays(), suggestion.reason()));
            }
        }
        lines.sort(Comparator.comparing(SuggestedLine::supplier)
                .thenComparing(l -> l.coverDays() == null ? Double.MAX_VALUE : l.coverDays())
                .thenComparing(SuggestedLine::sku).thenComparing(SuggestedLine::locationId));
        return lines;
    }

    /**
     * Units a day each SKU at each location is forecast to sell over the next {@link #PACE_DAYS} days, keyed
     * {@code sku@location}: the one forecast ({@link TopDownForecast}) over the whole network's days to yesterday.
     */
    private Map<String, Double> forecastPace() {
        LocalDate last = SalesFacts.today(locations.all(), clock).minusDays(1);
        LocalDate first = last.minusDays(TopDownForecast.HISTORY_DAYS - 1);
        List<TopDownForecast.Series> series = TopDownForecast.of(queries.daily(first, last, null, null), first,
                TopDownForecast.HISTORY_DAYS);
        double[][] ahead = TopDownForecast.forecast(series, first.getDayOfWeek(), PACE_DAYS);
        Map<String, Double> pace = new HashMap<>();
        for (int i = 0; i < ahead.length; i++) {
            pace.put(series.get(i).sku() + "@" + series.get(i).location(),
                    Arrays.stream(ahead[i]).sum() / PACE_DAYS);
        }
        return pace;
    }

    /**
     * Drafts the supplier's suggestions (for one location if given) into a purchase order, as they stand now.
     *
     * @throws Refusal CONFLICT {@code nothing-suggested} when nothing is to be ordered from the supplier
     */
    public PurchaseOrderView draft(String supplier, String location) {
        access.require(Scopes.PURCHASING_WRITE);
        List<NewPurchaseOrder.Line> lines = suggest(supplier, location).stream()
                .map(l -> new NewPurchaseOrder.Line(l.sku(), l.locationId(), l.quantity(), null, null)).toList();
        if (lines.isEmpty()) {
            throw new Refusal(Refusal.Kind.CONFLICT, "nothing-suggested", "nothing is to be ordered from " + supplier
                    + (location == null || location.isBlank() ? "" : " for " + location) + " now");
        }
        return purchasing.draft(new NewPurchaseOrder(supplier, lines));
    }
}
