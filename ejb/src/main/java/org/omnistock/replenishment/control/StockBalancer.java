package org.omnistock.replenishment.control;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.omnistock.fulfilment.routing.RoutingEngine;

/**
 * Where one SKU's stock should move, as a pure function of each location's stock and pace: from stores sitting on
 * far more than they sell (rebalancing) or from warehouses (replenishment) to stores about to run out. See the
 * package documentation for the rules; deterministic on ties.
 */
public final class StockBalancer {

    private StockBalancer() {
    }

    /** Who gives: stores with surplus, or warehouses. */
    public enum Source {
        STORES, WAREHOUSES
    }

    /**
     * One location's stock of the SKU.
     *
     * @param incoming    units on their way to it (transfers shipped, goods expected)
     * @param unitsPerDay its sales pace (the last 30 days')
     * @param unitRevenue what a unit sold there brings, for the sales a move saves
     */
    public record Site(String location, boolean warehouse, double latitude, double longitude, long available,
                       long incoming, double unitsPerDay, BigDecimal unitRevenue) {

        /** Days the stock it has and is getting lasts; null when it does not sell. */
        Double cover(long extra) {
            return unitsPerDay <= 0 ? null : (available + incoming + extra) / unitsPerDay;
        }

        /** The units that last the target cover at its pace. */
        long target(int days) {
            return (long) Math.ceil(days * unitsPerDay);
        }
    }

    /**
     * @param targetCoverDays  the cover a move fills a store up to, and a giving store keeps
     * @param leadTimeDays     a store whose cover is shorter than this needs stock
     * @param surplusFactor    a store gives only what lies beyond this many times the target cover
     * @param maxDistanceKm    how far stock may travel
     */
    public record Terms(int targetCoverDays, int leadTimeDays, double surplusFactor, double maxDistanceKm) {
    }

    /**
     * One move of units, with the covers before and after (null where a location does not sell) and the sales it
     * saves: the units the receiving store would otherwise run out of before goods ordered now arrive (its pace
     * over the lead time, less what it has and is getting), and their worth.
     */
    public record Move(String from, String to, long quantity, double distanceKm, Double toCoverBefore,
                       Double toCoverAfter, Double fromCoverBefore, Double fromCoverAfter, long unitsSaved,
                       BigDecimal revenueSaved) {
    }

    public static List<Move> plan(List<Site> sites, Terms terms, Source source) {
        Map<String, Long> giving = new HashMap<>();
        for (Site site : sites) {
            long spare = spare(site, terms, source);
            if (spare > 0) {
                giving.put(site.location(), spare);
            }
        }
        List<Site> needy = sites.stream().filter(site -> !site.warehouse() && site.unitsPerDay() > 0
                        && site.cover(0) < terms.leadTimeDays())
                .sorted(Comparator.comparing((Site site) -> site.cover(0))
                        .thenComparing(Comparator.comparingDouble(Site::unitsPerDay).reversed())
                        .thenComparing(Site::location))
                .toList();
        Map<String, Long> given = new HashMap<>();
        List<Move> moves = new ArrayList<>();
        for (Site store : needy) {
            long need = store.target(terms.targetCoverDays()) - store.available() - store.incoming();
            long lost = Math.max(0, store.target(terms.leadTimeDays()) - store.available() - store.incoming());
            long received = 0;
            List<Site> givers = sites.stream().filter(s -> giving.getOrDefault(s.location(), 0L) > 0)
                    .filter(s -> !s.location().equals(store.location()))
                    .filter(s -> distance(s, store) <= terms.maxDistanceKm())
                    .sorted(Comparator.comparingDouble((Site s) -> distance(s, store)).thenComparing(Site::location))
                    .toList();
            for (Site giver : givers) {
                if (need <= 0) {
                    break;
                }
                long quantity = Math.min(need, giving.get(giver.location()));
                giving.merge(giver.location(), -quantity, Long::sum);
                long before = given.getOrDefault(giver.location(), 0L);
                given.merge(giver.location(), quantity, Long::sum);
                long saved = Math.min(quantity, Math.max(0, lost - received));
                moves.add(new Move(giver.location(), store.location(), quantity, distance(giver, store),
                        store.cover(received), store.cover(received + quantity), giver.cover(-before),
                        giver.cover(-before - quantity), saved,
                        store.unitRevenue().multiply(BigDecimal.valueOf(saved)).setScale(2, RoundingMode.HALF_EVEN)));
                received += quantity;
                need -= quantity;
            }
        }
        return moves;
    }

    /** What a location can give without itself running short: all beyond its own target cover. */
    private static long spare(Site site, Terms terms, Source source) {
        if (site.warehouse() != (source == Source.WAREHOUSES)) {
            return 0;
        }
        if (site.warehouse()) {
            return site.available() - site.target(terms.targetCoverDays());
        }
        if (site.unitsPerDay() <= 0) {
            return site.available() - 1;
        }
        Double cover = site.cover(0);
        return cover > terms.surplusFactor() * terms.targetCoverDays()
                ? site.available() - site.target(terms.targetCoverDays()) : 0;
    }

    private static double distance(Site a, Site b) {
        return RoutingEngine.distanceKm(a.latitude(), a.longitude(), b.latitude(), b.longitude());
    }
}
