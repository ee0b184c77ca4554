package org.omnistock.fulfilment.control;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.omnistock.fulfilment.entity.CapacityDay;
import org.omnistock.fulfilment.routing.Demand;
import org.omnistock.fulfilment.routing.Site;
import org.omnistock.location.boundary.Locations;
import org.omnistock.location.entity.Location;
import org.omnistock.stock.boundary.StockLedger;

/**
 * What routing reads before it decides: every location as it stands now (capabilities, today's capacity in its own
 * calendar, cost, rejection rate) and what each has available of the group's SKUs. Read without locks: the
 * reservations taken afterwards check the stock again under the levels' locks.
 */
@Stateless
public class RoutingInputs {

    @PersistenceContext(unitName = "omnistock")
    EntityManager em;

    @Inject
    Locations locations;

    @Inject
    StockLedger ledger;

    @Inject
    RejectionRates rejections;

    @Inject
    Clock clock;

    /** Everything a decision needs; {@code locations} by code, for turning the plan into fulfilments. */
    public record Inputs(List<Site> sites, Map<String, int[]> available, Map<String, Location> locations) {
    }

    public Inputs read(List<Demand> lines) {
        Instant now = clock.instant();
        List<Location> all = locations.all();
        Map<Long, Integer> used = usedToday(all, now);
        Map<Long, Double> rates = rejections.byLocation();
        List<Site> sites = new ArrayList<>(all.size());
        Map<String, Location> byCode = new LinkedHashMap<>();
        for (Location location : all) {
            byCode.put(location.getCode(), location);
            sites.add(new Site(location.getCode(), location.getType().name(), location.getLatitude().doubleValue(),
                    location.getLongitude().doubleValue(), location.ships(), location.offersPickup(),
                    location.getDailyCapacity(), used.getOrDefault(location.getId(), 0),
                    location.getFulfilmentCost().doubleValue(), rates.getOrDefault(location.getId(), 0.0)));
        }
        Set<String> skus = new HashSet<>();
        lines.forEach(line -> skus.add(line.sku()));
        Map<String, Map<String, Long>> stock = ledger.availableOf(skus);
        Map<String, int[]> available = new HashMap<>();
        stock.forEach((location, bySku) -> {
            int[] row = new int[lines.size()];
            for (int i = 0; i < lines.size(); i++) {
                row[i] = (int) Math.min(Integer.MAX_VALUE, bySku.getOrDefault(lines.get(i).sku(), 0L));
            }
            available.put(location, row);
        });
        return new Inputs(sites, available, byCode);
    }

    /** The day it is now at the location, in its own time zone: the day its capacity counts. */
    public LocalDate today(Location location) {
        return LocalDate.ofInstant(clock.instant(), location.zone());
    }

    private Map<Long, Integer> usedToday(List<Location> all, Instant now) {
        Set<LocalDate> days = new HashSet<>();
        Map<Long, LocalDate> dayOf = new HashMap<>();
        for (Location location : all) {
            LocalDate day = LocalDate.ofInstant(now, location.zone());
            days.add(day);
            dayOf.put(location.getId(), day);
        }
        Map<Long, Integer> used = new HashMap<>();
        if (!days.isEmpty()) {
            em.createNamedQuery(CapacityDay.FIND_ON, CapacityDay.class).setParameter("days", days).getResultStream()
                    .filter(day -> day.getLocalDay().equals(dayOf.get(day.getLocationId())))
                    .forEach(day -> used.put(day.getLocationId(), day.getUsed()));
        }
        return used;
    }
}
