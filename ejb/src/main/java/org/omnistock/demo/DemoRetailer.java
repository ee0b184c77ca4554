package org.omnistock.demo;

import java.math.BigDecimal;
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
import org.omnistock.location.boundary.NewLocation;
import org.omnistock.location.entity.LocationType;

/** Loads the demo retailer at start-up if configured to; see the package documentation. */
@Singleton
@Startup
@DependsOn({"SchemaMigration", "AccessBootstrap"})
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

    @PostConstruct
    void load() {
        if (enabled) {
            Access.asSystem(this::loadAll);
        }
    }

    private void loadAll() {
        long started = System.nanoTime();
        List<NewSku> skus = skus();
        int createdSkus = loader.createMissingSkus(skus);
        int createdLocations = loader.createMissingLocations(LOCATIONS);
        loader.createMissingChannels(LOCATIONS);
        loader.createMissingPricing(LOCATIONS, skus);
        loader.createMissingPromotions();
        loader.createMissingUsersAndClients();
        try {
            int stores = loader.issueStoreCredentials(LOCATIONS);
            LOG.info(() -> "Demo stores' broker users ready: " + stores + " (password demo-<code>)");
        } catch (RuntimeException e) {
            LOG.warning(() -> "Demo stores' broker users not issued (is the broker up?): " + e.getMessage());
        }
        long receipts = 0;
        for (NewLocation location : LOCATIONS) {
            receipts += loader.receiveOpeningStock(location, skus);
        }
        long newReceipts = receipts;
        LOG.info(() -> "Demo retailer ready: " + createdSkus + " SKUs, " + createdLocations + " locations and "
                + newReceipts + " opening receipts added in " + (System.nanoTime() - started) / 1_000_000 + " ms");
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
