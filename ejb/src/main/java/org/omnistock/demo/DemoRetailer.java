package org.omnistock.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.omnistock.access.boundary.Access;
import org.omnistock.catalog.boundary.NewSku;
import org.omnistock.fulfilment.routing.DeliveryMode;
import org.omnistock.location.boundary.NewLocation;
import org.omnistock.location.entity.LocationType;
import org.omnistock.order.boundary.NewOrder;
import org.omnistock.promotion.boundary.BasketItem;

/** Loads the demo retailer at start-up if configured to; see the package documentation. */
@Singleton
@Startup
@DependsOn({"SchemaMigration", "AccountBootstrap"})
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DemoRetailer {

    private static final Logger LOG = Logger.getLogger(DemoRetailer.class.getName());

    static final List<NewLocation> LOCATIONS = List.of(
            location("W01", "Tilburg distribution centre", LocationType.WAREHOUSE, "51.560596", "5.091914"),
            location("W02", "Venlo e-commerce warehouse", LocationType.WAREHOUSE, "51.370300", "6.172400"),
            location("S001", "Amsterdam Kalverstraat", LocationType.STORE, "52.370216", "4.891087"),
            location("S002", "Rotterdam Lijnbaan", LocationType.STORE, "51.920841", "4.475097"),
            location("S003", "Utrecht Hoog Catharijne", LocationType.STORE, "52.089444", "5.110833"),
            location("S004", "Den Haag Grote Marktstraat", LocationType.STORE, "52.076667", "4.311389"),
            location("S005", "Eindhoven Demer", LocationType.STORE, "51.439444", "5.476944"),
            location("S006", "Groningen Herestraat", LocationType.STORE, "53.215278", "6.566111"),
            location("S007", "Maastricht Grote Staat", LocationType.STORE, "50.850278", "5.690278"),
            location("S008", "Antwerpen Meir", LocationType.STORE, "51.218056", "4.409722"),
            location("S009", "Brussel Nieuwstraat", LocationType.STORE, "50.851944", "4.355833"),
            location("S010", "Gent Veldstraat", LocationType.STORE, "51.052222", "3.722500"));

    private static final String[] COLOURS = {"BLACK", "WHITE", "NAVY", "RED", "GREEN"};
    private static final String[] SIZES = {"XS", "S", "M", "L", "XL", "XXL"};

    /** Five categories, two products each, in five colours; six sizes except accessories (one size): 250 SKUs. */
    private static final String[][] PRODUCTS = {
            {"T-shirts", "TSHIRT", "Organic cotton T-shirt"},
            {"T-shirts", "POLO", "Piqué polo shirt"},
            {"Jeans", "JEANS-SLIM", "Slim fit jeans"},
            {"Jeans", "JEANS-STRAIGHT", "Straight fit jeans"},
            {"Knitwear", "SWEATER", "Merino crew-neck sweater"},
            {"Knitwear", "CARDIGAN", "Cotton cardigan"},
            {"Outerwear", "RAINCOAT", "Waterproof raincoat"},
            {"Outerwear", "PUFFER", "Recycled puffer jacket"},
            {"Accessories", "BEANIE", "Rib-knit beanie"},
            {"Accessories", "SCARF", "Wool-blend scarf"}};

    @Inject
    @ConfigProperty(name = "omnistock.demo.data", defaultValue = "false")
    boolean enabled;

    @Inject
    DemoLoader loader;

    @Inject
    DemoOrders orders;

    @Inject
    DemoCustomers customers;

    @Inject
    DemoHistory history;

    @Inject
    Clock clock;

    @PostConstruct
    void load() {
        if (enabled) {
            Access.asSystem(this::loadAll);
        }
    }

    private void loadAll() {
        long started = System.nanoTime();
        List<NewSku> skus = skus();
        List<DemoOrders.DemoOrder> week = week(skus);
        // The week's last order is the last thing loaded: a start after a complete load checks nothing else (every
        // piece checked again cost 10 s of each start, B7), but issues the stores' broker users, which live in the
        // broker instance each build makes afresh. A load cut short is taken up where it stopped.
        if (orders.placed(week.get(week.size() - 1))) {
            issueStoreCredentials();
            LOG.info(() -> "Demo retailer already loaded (checked in " + (System.nanoTime() - started) / 1_000_000
                    + " ms)");
            return;
        }
        int createdSkus = loader.createMissingSkus(skus);
        int createdLocations = loader.createMissingLocations(LOCATIONS);
        loader.createMissingChannels(LOCATIONS);
        loader.createMissingPricing(LOCATIONS, skus);
        loader.createMissingTax(LOCATIONS);
        loader.createMissingPromotions();
        loader.createMissingUsersAndClients();
        issueStoreCredentials();
        long receipts = 0;
        for (NewLocation location : LOCATIONS) {
            receipts += loader.receiveOpeningStock(location, skus);
        }
        loader.announceGoodsIn();
        long historyStarted = System.nanoTime();
        int historyFacts = history.createMissing(skus, LOCATIONS, LocalDate.now(clock));
        LOG.info(() -> "Demo sales history: " + historyFacts + " day figures of " + DemoHistory.DAYS + " days in "
                + (System.nanoTime() - historyStarted) / 1_000_000 + " ms");
        orders.configureLocations(LOCATIONS);
        orders.publishRules();
        customers.loyaltyTerms();
        int createdCustomers = customers.createMissing(week);
        int placed = 0;
        for (int i = 0; i < week.size(); i++) {
            if (orders.place(week.get(i), i, week.size())) {
                placed++;
            }
        }
        long newReceipts = receipts;
        int newOrders = placed;
        LOG.info(() -> "Demo retailer ready: " + createdSkus + " SKUs, " + createdLocations + " locations, "
                + newReceipts + " opening receipts, " + createdCustomers + " customers and " + newOrders
                + " orders added in "
                + (System.nanoTime() - started) / 1_000_000 + " ms");
    }

    private void issueStoreCredentials() {
        try {
            int stores = loader.issueStoreCredentials(LOCATIONS);
            LOG.info(() -> "Demo locations' broker users ready: " + stores + " (password demo-<code>)");
        } catch (RuntimeException e) {
            LOG.warning(() -> "Demo locations' broker users not issued (is the broker up?): " + e.getMessage());
        }
    }

    /** Where the demo's customers live. */
    private static final String[][] CITIES = {
            {"Amsterdam", "1012 AB", "NL", "52.367600", "4.904100"}, {"Rotterdam", "3011 AA", "NL", "51.924400",
            "4.477700"}, {"Utrecht", "3511 AA", "NL", "52.090700", "5.121400"}, {"Den Haag", "2511 AA", "NL",
            "52.070500", "4.300700"}, {"Eindhoven", "5611 AA", "NL", "51.441600", "5.469700"}, {"Groningen",
            "9711 AA", "NL", "53.219400", "6.566500"}, {"Maastricht", "6211 AA", "NL", "50.851400", "5.691000"},
            {"Nijmegen", "6511 AA", "NL", "51.812600", "5.837200"}, {"Zwolle", "8011 AA", "NL", "52.516800",
            "6.083000"}, {"Antwerpen", "2000", "BE", "51.219400", "4.402500"}, {"Brussel", "1000", "BE",
            "50.850300", "4.351700"}, {"Gent", "9000", "BE", "51.054300", "3.717400"}, {"Breda", "4811 AA", "NL",
            "51.571900", "4.768300"}, {"Haarlem", "2011 AA", "NL", "52.387400", "4.646200"}};

    /**
     * A week of orders from every channel: the web shop (some collected at a store), the app, Amazon, and a store's
     * endless aisle; the oldest delivered or collected, the newest just placed; one rejected by its store and
     * re-routed, one cancelled, one returned at a store.
     */
    static List<DemoOrders.DemoOrder> week(List<NewSku> skus) {
        List<DemoOrders.DemoOrder> week = new ArrayList<>();
        String[] pickupStores = {"S001", "S003", "S008"};
        int count = 36;
        for (int i = 0; i < count; i++) {
            String channel = switch (i % 6) {
                case 3 -> "APP";
                case 4 -> "AMAZON";
                default -> "WEB";
            };
            String sellingStore = i % 6 == 5 ? "S004" : null;
            List<BasketItem> lines = new ArrayList<>();
            for (int k = 0; k <= i % 3; k++) {
                NewSku sku = skus.get((i * 37 + k * 11) % skus.size());
                if (channel.equals("AMAZON") && sku.category().equals("Accessories")) {
                    sku = skus.get((i * 37 + k * 11 + 60) % skus.size());
                }
                lines.add(new BasketItem(sku.code(), k == 0 && i % 5 == 0 ? 2 : 1));
            }
            NewOrder.Delivery delivery;
            if (channel.equals("WEB") && sellingStore == null && i % 4 == 1) {
                delivery = new NewOrder.Delivery("store", DeliveryMode.PICKUP, null, pickupStores[i % 3],
                        "Demo customer " + i);
            } else {
                String[] city = CITIES[i % CITIES.length];
                delivery = new NewOrder.Delivery("home", DeliveryMode.SHIP, new NewOrder.Address("Demo customer " + i,
                        "Demostraat " + (i + 1), null, city[1], city[0], city[2], new BigDecimal(city[3]),
                        new BigDecimal(city[4]), null), null, null);
            }
            DemoOrders.Progress progress = i == 7 ? DemoOrders.Progress.REJECTED_ONCE
                    : i == 11 ? DemoOrders.Progress.CANCELLED
                    : i == 3 ? DemoOrders.Progress.RETURNED_AT_A_STORE
                    : i < 18 ? DemoOrders.Progress.DELIVERED
                    : i < 26 ? DemoOrders.Progress.SHIPPED
                    : i < 30 ? DemoOrders.Progress.PACKED
                    : i < 33 ? DemoOrders.Progress.ACCEPTED
                    : DemoOrders.Progress.NEW;
            week.add(new DemoOrders.DemoOrder(String.format("demo-%s-%03d", channel.toLowerCase(), i), channel,
                    sellingStore, lines, delivery, progress));
        }
        return week;
    }

    static List<NewSku> skus() {
        List<NewSku> skus = new ArrayList<>();
        for (String[] product : PRODUCTS) {
            for (String colour : COLOURS) {
                for (String size : SIZES) {
                    boolean oneSize = product[0].equals("Accessories");
                    if (oneSize && !size.equals("M")) {
                        continue;
                    }
                    String code = product[1] + "-" + colour + (oneSize ? "" : "-" + size);
                    String name = product[2] + ", " + colour.toLowerCase() + (oneSize ? "" : ", size " + size);
                    skus.add(new NewSku(code, name, product[0]));
                }
            }
        }
        return skus;
    }

    private static NewLocation location(String code, String name, LocationType type, String latitude,
                                        String longitude) {
        return new NewLocation(code, name, type, new BigDecimal(latitude), new BigDecimal(longitude));
    }
}
