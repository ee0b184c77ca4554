package org.omnistock.fulfilment.control;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

import org.omnistock.catalog.boundary.Skus;
import org.omnistock.channel.boundary.ChannelLimits;
import org.omnistock.channel.boundary.Channels;
import org.omnistock.fulfilment.entity.CapacityDay;
import org.omnistock.fulfilment.routing.ChannelLimit;
import org.omnistock.fulfilment.routing.DeliveryMode;
import org.omnistock.fulfilment.routing.Demand;
import org.omnistock.fulfilment.routing.RoutingRequest;
import org.omnistock.fulfilment.routing.Site;
import org.omnistock.location.boundary.LocationFacts;
import org.omnistock.location.control.LocationDirectory;
import org.omnistock.location.entity.Location;
import org.omnistock.stock.boundary.StockLedger;

/**
 * What routing reads before it decides: the order's channel's rules (the locations it draws on, what it may sell of
 * each SKU), every location (capabilities and cost as the {@link LocationDirectory} holds
 * them, at most a second old; today's capacity used in its own calendar; rejection rate) and what each has available
 * of the group's SKUs. Read without locks and without managed entities: the reservations taken afterwards check the
 * stock again under the levels' locks, and each chosen location's capacity under its day's row lock.
 */
@Stateless
public class RoutingInputs {

    @PersistenceContext(unitName = "omnistock")
    EntityManager em;

    @Inject
    LocationDirectory locations;

    @Inject
    StockLedger ledger;

    @Inject
    RejectionRates rejections;

    @Inject
    Channels channels;

    @Inject
    Skus skuEntities;

    @Inject
    Clock clock;

    /**
     * Everything a decision needs; {@code locations} by code, for turning the plan into fulfilments; the channel's
     * locations and limits as {@link RoutingRequest} takes them (null and empty without a channel).
     */
    public record Inputs(List<Site> sites, Map<String, int[]> available, Map<String, LocationFacts> locations,
                         Set<String> channelLocations, Map<String, ChannelLimit> channelLimits) {

        /** The group to route, under its channel's rules. */
        public RoutingRequest request(String channel, DeliveryMode mode, double latitude, double longitude,
                                      String pickupLocation, List<Demand> lines, Map<String, String> excluded) {
            return new RoutingRequest(channel, mode, latitude, longitude, pickupLocation, lines, excluded,
                    channelLocations, channelLimits);
        }
    }

    /**
     * @param channel the channel the group is sold through, whose rules limit where its units come from and how
     *                many it may have ({@link Channels#limits}); null for none
     */
    public Inputs read(String channel, List<Demand> lines) {
        Instant now = clock.instant();
        Map<String, LocationFacts> byCode = locations.byCode();
        Collection<LocationFacts> all = byCode.values();
        Map<Long, Integer> used = usedToday(all, now);
        Map<Long, Double> rates = rejections.byLocation();
        List<Site> sites = new ArrayList<>(all.size());
        for (LocationFacts location : all) {
            sites.add(new Site(location.code(), location.type().name(), location.latitude(), location.longitude(),
                    location.ships(), location.offersPickup(), location.dailyCapacity(),
                    used.getOrDefault(location.id(), 0), location.fulfilmentCost(),
                    rates.getOrDefault(location.id(), 0.0)));
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
        if (channel == null) {
            return new Inputs(sites, available, byCode, null, Map.of());
        }
        ChannelLimits limits = channels.limits(channel, skuEntities.findAll(skus));
        Map<String, Integer> demand = new HashMap<>();
        lines.forEach(line -> demand.merge(line.sku(), line.quantity(), Integer::sum));
        Map<String, ChannelLimit> limited = new HashMap<>();
        demand.forEach((sku, units) -> {
            if (limits.sellable(sku) < units) {
                limited.put(sku, new ChannelLimit(limits.sellable(sku), limits.why(sku)));
            }
        });
        return new Inputs(sites, available, byCode, limits.locations(), limited);
    }

    /** The day it is now at the location, in its own time zone: the day its capacity counts. */
    public LocalDate today(Location location) {
        return LocalDate.ofInstant(clock.instant(), location.zone());
    }

    private Map<Long, Integer> usedToday(Collection<LocationFacts> all, Instant now) {
        Map<ZoneId, LocalDate> dayIn = new HashMap<>();
        Map<Long, LocalDate> dayOf = new HashMap<>();
        for (LocationFacts location : all) {
            dayOf.put(location.id(), dayIn.computeIfAbsent(location.zone(), zone -> LocalDate.ofInstant(now, zone)));
        }
        Map<Long, Integer> used = new HashMap<>();
        if (!dayIn.isEmpty()) {
            em.createNamedQuery(CapacityDay.USED_ON, Object[].class).setParameter("days", Set.copyOf(dayIn.values()))
                    .getResultStream().filter(row -> row[1].equals(dayOf.get((Long) row[0])))
                    .forEach(row -> used.put((Long) row[0], (Integer) row[2]));
        }
        return used;
    }
}
