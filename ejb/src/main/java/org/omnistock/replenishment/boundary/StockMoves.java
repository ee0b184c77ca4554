package org.omnistock.replenishment.boundary;

import static org.omnistock.platform.Text.blankToNull;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.omnistock.access.boundary.Access;
import org.omnistock.access.boundary.Caller;
import org.omnistock.access.entity.Scopes;
import org.omnistock.analytics.control.SalesFacts;
import org.omnistock.analytics.control.SalesQueries;
import org.omnistock.location.boundary.Locations;
import org.omnistock.location.entity.Location;
import org.omnistock.location.entity.LocationType;
import org.omnistock.platform.Refusal;
import org.omnistock.platform.RequestDigest;
import org.omnistock.replenishment.control.StockBalancer;
import org.omnistock.stock.boundary.NewTransfer;
import org.omnistock.stock.boundary.TransferView;
import org.omnistock.stock.boundary.Transfers;

/** Suggests moves of stock to where it sells, and turns an accepted one into a transfer; see the package rules. */
@Stateless
public class StockMoves {

    /** Goods moved within this distance arrive the next day, farther ones the day after. */
    private static final double NEXT_DAY_KM = 150;
    private static final int MAX_REFERENCE = 128;

    @Inject
    Access access;

    @Inject
    Locations locations;

    @Inject
    SalesQueries queries;

    @Inject
    Transfers transfers;

    @Inject
    Clock clock;

    /**
     * The moves the terms suggest now, of one category or SKU if given, to or from one location if given (staff of
     * some stores: to or from theirs), the shortest cover first.
     */
    public List<MoveSuggestion> suggest(@NotNull @Valid MoveTerms terms, String category, String sku,
                                        String location) {
        Set<String> at = locations.within(location);
        return suggestions(terms, blankToNull(category), blankToNull(sku)).stream()
                .filter(m -> at == null || at.contains(m.fromLocationId()) || at.contains(m.toLocationId()))
                .toList();
    }

    /**
     * Ships the units the terms still suggest moving of the SKU from one location to the other, as a transfer; the
     * same suggestion accepted again the same day answers with that transfer.
     *
     * @throws Refusal CONFLICT {@code no-longer-suggested} if the move no longer stands
     */
    public TransferView accept(@NotNull @Valid MoveAcceptance acceptance) {
        String sku = acceptance.sku();
        String from = acceptance.fromLocationId();
        String to = acceptance.toLocationId();
        MoveTerms terms = acceptance.terms();
        Caller caller = access.caller();
        if (!caller.has(Scopes.STOCK_MOVES) || caller.isBound()) {
            access.requireAt(Scopes.STOCK_WRITE, from);
        }
        String reference = reference(SalesFacts.today(locations.all(), clock), from, to, sku);
        // Checked above: shipped as the system, so that stock:moves alone (a merchandiser) may ship what is suggested.
        Optional<TransferView> accepted = Access.asSystem(() -> transfers.findByReference(reference));
        if (accepted.isPresent()) {
            TransferView first = accepted.get();
            return Access.asSystem(() -> transfers.ship(new NewTransfer(reference, sku, from, to, first.quantity(),
                    first.expectedAt())));
        }
        MoveSuggestion move = suggestions(terms, null, sku).stream()
                .filter(m -> m.fromLocationId().equals(from) && m.toLocationId().equals(to)).findFirst()
                .orElseThrow(() -> new Refusal(Refusal.Kind.CONFLICT, "no-longer-suggested", "moving " + sku
                        + " from " + from + " to " + to + " is not suggested (any more): its stock or sales changed"));
        Duration transit = Duration.ofDays(move.distanceKm() <= NEXT_DAY_KM ? 1 : 2);
        return Access.asSystem(() -> transfers.ship(new NewTransfer(reference, sku, from, to, move.quantity(),
                clock.instant().plus(transit))));
    }

    private List<MoveSuggestion> suggestions(MoveTerms terms, String category, String sku) {
        LocalDate today = SalesFacts.today(locations.all(), clock);
        Map<String, Location> byCode = new HashMap<>();
        locations.all().forEach(location -> byCode.put(location.getCode(), location));
        Map<String, SalesQueries.Sold> sold = new HashMap<>();
        queries.sold(today, category, sku, null, false).forEach(s -> sold.put(s.sku() + "@" + s.location(), s));
        Map<String, List<StockBalancer.Site>> sitesOf = new LinkedHashMap<>();
        Map<String, String> names = new HashMap<>();
        for (SalesQueries.Held held : queries.held(category, sku, null, false)) {
            Location location = byCode.get(held.location());
            SalesQueries.Sold units = sold.get(held.sku() + "@" + held.location());
            long units30 = units == null ? 0 : units.units30();
            BigDecimal unitRevenue = units30 <= 0 ? BigDecimal.ZERO
                    : units.revenue30().divide(BigDecimal.valueOf(units30), 4, RoundingMode.HALF_EVEN);
            names.put(held.sku(), held.name());
            sitesOf.computeIfAbsent(held.sku(), k -> new ArrayList<>()).add(new StockBalancer.Site(held.location(),
                    location.getType() == LocationType.WAREHOUSE, location.getLatitude().doubleValue(),
                    location.getLongitude().doubleValue(), held.available(), held.incoming(), units30 / 30.0,
                    unitRevenue));
        }
        List<MoveSuggestion> suggestions = new ArrayList<>();
        sitesOf.forEach((code, sites) -> StockBalancer.plan(sites, terms.forBalancer(), terms.source())
                .forEach(move -> suggestions.add(new MoveSuggestion(code, names.get(code), move.from(), move.to(),
                        move.quantity(), move.distanceKm(), move.toCoverBefore(), move.toCoverAfter(),
                        move.fromCoverBefore(), move.fromCoverAfter(), move.unitsSaved(), move.revenueSaved(),
                        reference(today, move.from(), move.to(), code)))));
        suggestions.sort(Comparator.comparing(MoveSuggestion::toCoverBefore)
                .thenComparing(Comparator.comparing(MoveSuggestion::revenueSaved).reversed())
                .thenComparing(MoveSuggestion::sku).thenComparing(MoveSuggestion::toLocationId)
                .thenComparing(MoveSuggestion::fromLocationId));
        return suggestions;
    }

    /** The transfer's reference: readable, one per day, SKU and pair of locations; shortened by a digest if long. */
    static String reference(LocalDate day, String from, String to, String sku) {
        String readable = "RB-" + day.format(DateTimeFormatter.BASIC_ISO_DATE) + "-" + from + "-" + to + "-" + sku;
        return readable.length() <= MAX_REFERENCE ? readable
                : "RB-" + day.format(DateTimeFormatter.BASIC_ISO_DATE) + "-" + RequestDigest.of(from + "|" + to + "|"
                + sku).substring(0, 40);
    }
}
