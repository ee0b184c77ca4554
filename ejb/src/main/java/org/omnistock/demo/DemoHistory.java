package org.omnistock.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import org.omnistock.analytics.control.SalesFacts;
import org.omnistock.catalog.boundary.NewSku;
import org.omnistock.catalog.boundary.Skus;
import org.omnistock.catalog.entity.Sku;
import org.omnistock.location.boundary.Locations;
import org.omnistock.location.boundary.NewLocation;
import org.omnistock.location.entity.Location;
import org.omnistock.location.entity.LocationType;

/**
 * The demo retailer's sales of the 90 days before it started using Omnistock, as a retailer would bring them from
 * its old tills and web shop so that the dashboard, velocity and cover mean something from the first day. They
 * are sales figures only (the stock ledger starts with the opening stock): one fact per day, location, SKU and
 * channel that sold, written through the one way sales become figures.
 *
 * <p>Patterns a merchandiser would recognise: busy Saturdays and quiet Sundays in stores, evenings and Sundays on the
 * web; black and navy, M and L sell most; outerwear picks up as autumn goes on; a knitwear promotion week (20% off)
 * six weeks ago; cardigans barely sell (the slow line). Drawn from a fixed seed, so every demo has the same history.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DemoHistory {

    static final String SOURCE = "history:";
    static final int DAYS = 90;
    /** The promotion week: these days before today. */
    static final int PROMOTION_FROM = 45;
    static final int PROMOTION_TO = 39;
    private static final int BATCH = 2_000;

    /** One day's sales of a SKU at a location through a channel. */
    record Line(LocalDate day, String location, String sku, String channel, int units, BigDecimal revenue) {
    }

    @Inject
    SalesFacts facts;

    @Inject
    Skus skus;

    @Inject
    Locations locations;

    /**
     * Records the history of the 90 days before today, unless a history was recorded before (a restarted demo
     * keeps its first one).
     *
     * @return how many facts were recorded
     */
    public int createMissing(List<NewSku> wanted, List<NewLocation> where, LocalDate today) {
        if (facts.anyFrom(SOURCE)) {
            return 0;
        }
        Map<String, Sku> skuOf = new HashMap<>();
        skus.findAll(wanted.stream().map(NewSku::code).toList()).forEach(s -> skuOf.put(s.getCode(), s));
        Map<String, Location> locationOf = new HashMap<>();
        where.forEach(l -> locationOf.put(l.code(), locations.find(l.code()).orElseThrow()));
        List<Line> history = lines(wanted, where, today);
        List<SalesFacts.Line> batch = new ArrayList<>(BATCH);
        for (Line line : history) {
            Location location = locationOf.get(line.location());
            ZoneId zone = location.zone();
            batch.add(new SalesFacts.Line(SOURCE + line.day() + ":" + line.location() + ":" + line.sku() + ":"
                    + line.channel(), line.day().atTime(LocalTime.NOON).atZone(zone).toInstant(), line.channel(),
                    location, skuOf.get(line.sku()), line.units(), line.revenue()));
            if (batch.size() == BATCH) {
                facts.record(batch);
                batch.clear();
            }
        }
        facts.record(batch);
        return history.size();
    }

    /** The history itself, for these SKUs and locations, the 90 days before {@code today}. */
    static List<Line> lines(List<NewSku> skus, List<NewLocation> where, LocalDate today) {
        Random random = new Random(2026);
        double[] weight = new double[skus.size()];
        double total = 0;
        for (int i = 0; i < skus.size(); i++) {
            weight[i] = popularity(skus.get(i).code());
            total += weight[i];
        }
        List<Line> lines = new ArrayList<>();
        for (int back = DAYS; back >= 1; back--) {
            LocalDate day = today.minusDays(back);
            boolean promotion = back <= PROMOTION_FROM && back >= PROMOTION_TO;
            double autumn = 0.5 + (DAYS - back) / (double) DAYS;
            for (NewLocation location : where) {
                for (Map.Entry<String, Double> channel : channelsAt(location).entrySet()) {
                    double perDay = channel.getValue() * dayFactor(channel.getKey(), day.getDayOfWeek());
                    for (int i = 0; i < skus.size(); i++) {
                        NewSku sku = skus.get(i);
                        if (channel.getKey().equals("AMAZON") && sku.category().equals("Accessories")) {
                            continue;
                        }
                        double lambda = perDay * weight[i] / total
                                * (sku.category().equals("Outerwear") ? autumn : 1)
                                * (promotion && sku.category().equals("Knitwear") ? 2.5 : 1);
                        int units = poisson(random, lambda);
                        if (units > 0) {
                            BigDecimal price = price(sku, location, promotion);
                            lines.add(new Line(day, location.code(), sku.code(), channel.getKey(), units,
                                    price.multiply(BigDecimal.valueOf(units))));
                        }
                    }
                }
            }
        }
        return lines;
    }

    /** Units a day each channel sells at the location, on an ordinary day. */
    private static Map<String, Double> channelsAt(NewLocation location) {
        if (location.type() == LocationType.STORE) {
            return Map.of(SalesFacts.STORE_CHANNEL, storeSize(location.code()) * 25.0);
        }
        return location.code().equals("W01") ? Map.of("WEB", 13.0, "APP", 7.0) : Map.of("WEB", 5.0, "AMAZON", 5.0);
    }

    /** The flagship sells most, the smallest stores half as much. */
    private static double storeSize(String code) {
        return switch (code) {
            case "S001" -> 1.6;
            case "S002", "S008" -> 1.2;
            case "S006", "S007", "S010" -> 0.6;
            default -> 0.9;
        };
    }

    static double dayFactor(String channel, DayOfWeek day) {
        boolean store = channel.equals(SalesFacts.STORE_CHANNEL);
        return switch (day) {
            case MONDAY -> store ? 0.7 : 1.1;
            case TUESDAY, WEDNESDAY -> store ? 0.8 : 0.9;
            case THURSDAY -> store ? 1.0 : 0.9;
            case FRIDAY -> store ? 1.2 : 0.8;
            case SATURDAY -> store ? 1.8 : 0.9;
            case SUNDAY -> store ? 0.5 : 1.5;
        };
    }

    /** How well a SKU sells against the others: its product, colour and size. */
    static double popularity(String code) {
        double product = switch (DemoLoader.product(code)) {
            case "TSHIRT" -> 3.0;
            case "POLO", "JEANS-STRAIGHT" -> 1.5;
            case "JEANS-SLIM" -> 2.0;
            case "CARDIGAN" -> 0.1;
            case "RAINCOAT", "PUFFER", "SCARF" -> 0.8;
            default -> 1.0;
        };
        double colour = code.contains("-BLACK") ? 1.5 : code.contains("-NAVY") ? 1.2 : code.contains("-WHITE") ? 1.0
                : code.contains("-RED") ? 0.6 : 0.5;
        double size = code.endsWith("-M") || code.endsWith("-L") ? 1.2 : code.endsWith("-S") || code.endsWith("-XL")
                ? 0.8 : code.endsWith("-XS") || code.endsWith("-XXL") ? 0.4 : 1.0;
        return product * colour * size;
    }

    /** The base price; Belgian stores' prices are 2.00 dearer; the promotion week took 20% off knitwear. */
    private static BigDecimal price(NewSku sku, NewLocation location, boolean promotion) {
        BigDecimal price = DemoLoader.BASE_PRICES.get(DemoLoader.product(sku.code()));
        if (DemoLoader.isBelgian(location.code())) {
            price = price.add(new BigDecimal("2.00"));
        }
        if (promotion && sku.category().equals("Knitwear")) {
            price = price.multiply(new BigDecimal("0.8")).setScale(2, RoundingMode.HALF_UP);
        }
        return price;
    }

    /** Knuth's method: fine for the small means of one SKU at one location on one day. */
    private static int poisson(Random random, double lambda) {
        double limit = Math.exp(-lambda);
        double product = random.nextDouble();
        int count = 0;
        while (product > limit) {
            count++;
            product *= random.nextDouble();
        }
        return count;
    }
}
