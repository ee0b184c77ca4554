package org.omnistock.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.omnistock.access.entity.Scopes;
import org.omnistock.account.boundary.ApiClients;
import org.omnistock.account.boundary.NewClient;
import org.omnistock.account.boundary.NewUser;
import org.omnistock.account.boundary.StoreCredentials;
import org.omnistock.account.boundary.Users;
import org.omnistock.catalog.boundary.NewBarcode;
import org.omnistock.catalog.boundary.NewSku;
import org.omnistock.catalog.boundary.Skus;
import org.omnistock.catalog.boundary.UnitCost;
import org.omnistock.catalog.entity.Sku;
import org.omnistock.channel.boundary.Channels;
import org.omnistock.channel.boundary.NewChannel;
import org.omnistock.channel.boundary.NewRule;
import org.omnistock.channel.entity.ChannelType;
import org.omnistock.channel.entity.RuleKind;
import org.omnistock.channel.entity.RuleScope;
import org.omnistock.location.boundary.Locations;
import org.omnistock.location.boundary.NewLocation;
import org.omnistock.location.boundary.TaxPlaceRequest;
import org.omnistock.location.entity.Location;
import org.omnistock.location.entity.LocationType;
import org.omnistock.messages.catalog.Gtin;
import org.omnistock.messages.promotion.PromotionRule;
import org.omnistock.messages.promotion.PromotionType;
import org.omnistock.messages.promotion.Stacking;
import org.omnistock.messages.promotion.Target;
import org.omnistock.messages.tax.TaxClass;
import org.omnistock.messages.tax.TaxRounding;
import org.omnistock.messages.tax.TaxScheme;
import org.omnistock.pricing.boundary.NewPrice;
import org.omnistock.pricing.boundary.NewPriceList;
import org.omnistock.pricing.boundary.PriceLists;
import org.omnistock.promotion.boundary.NewCoupons;
import org.omnistock.promotion.boundary.Promotions;
import org.omnistock.purchasing.boundary.NewPurchaseOrder;
import org.omnistock.purchasing.boundary.NewSupplier;
import org.omnistock.purchasing.boundary.Purchasing;
import org.omnistock.purchasing.boundary.SupplierItemRequest;
import org.omnistock.stock.boundary.NewTransfer;
import org.omnistock.stock.boundary.PostedMovement;
import org.omnistock.stock.boundary.StockLedger;
import org.omnistock.stock.boundary.Transfers;
import org.omnistock.tax.boundary.JurisdictionRequest;
import org.omnistock.tax.boundary.TaxConfiguration;
import org.omnistock.tax.boundary.TaxRateRequest;
import org.omnistock.tax.boundary.TaxRulesView;

/** The demo retailer's steps, each in one transaction. */
@Stateless
public class DemoLoader {

    @Inject
    Skus skus;

    @Inject
    Locations locations;

    @Inject
    StockLedger ledger;

    @Inject
    Transfers transfers;

    @Inject
    Channels channels;

    @Inject
    PriceLists priceLists;

    @Inject
    Promotions promotions;

    @Inject
    Users users;

    @Inject
    ApiClients clients;

    @Inject
    StoreCredentials storeCredentials;

    @Inject
    Purchasing purchasing;

    @Inject
    TaxConfiguration tax;

    @Inject
    Clock clock;

    /** The demo's Belgian stores; every other location is in the Netherlands. */
    private static final Set<String> BELGIAN = Set.of("S008", "S009", "S010");

    /** The reference of every opening receipt. */
    static final String OPENING_STOCK = "opening stock";

    /** What each product sells for in the base price list. */
    static final Map<String, BigDecimal> BASE_PRICES = Map.of("TSHIRT", new BigDecimal("19.95"),
            "POLO", new BigDecimal("34.95"), "JEANS-SLIM", new BigDecimal("79.95"),
            "JEANS-STRAIGHT", new BigDecimal("79.95"), "SWEATER", new BigDecimal("89.95"),
            "CARDIGAN", new BigDecimal("69.95"), "RAINCOAT", new BigDecimal("129.95"),
            "PUFFER", new BigDecimal("159.95"), "BEANIE", new BigDecimal("19.95"), "SCARF", new BigDecimal("29.95"));

    /** The demo's Belgian stores, in their own price zone. */
    static boolean isBelgian(String locationCode) {
        return Set.of("S008", "S009", "S010").contains(locationCode);
    }

    /** The product a demo SKU is a colour and size of (its code's longest known prefix). */
    static String product(String skuCode) {
        return BASE_PRICES.keySet().stream().filter(p -> skuCode.startsWith(p + "-"))
                .max(Comparator.comparingInt(String::length)).orElseThrow();
    }

    /**
     * Creates the SKUs not there yet, with what a unit costs: 40% of the base price, except accessories, whose cost
     * the demo retailer does not know (their margin is left out).
     */
    public int createMissingSkus(List<NewSku> wanted) {
        int created = 0;
        for (int i = 0; i < wanted.size(); i++) {
            NewSku sku = wanted.get(i);
            if (skus.find(sku.code()).isEmpty()) {
                skus.create(sku);
                skus.addBarcode(sku.code(), new NewBarcode(demoBarcode(i)));
                if (!sku.category().equals("Accessories")) {
                    skus.setUnitCost(sku.code(), new UnitCost(BASE_PRICES.get(product(sku.code()))
                            .multiply(new BigDecimal("0.4")).setScale(2, RoundingMode.HALF_UP)));
                }
                created++;
            }
        }
        return created;
    }

    /**
     * The demo SKU's EAN-13, in GS1's range for a retailer's own numbers (prefix 20): the n-th SKU of the demo
     * catalog is 2000000 followed by n, five digits, and the check digit ({@code 2000000000008} the first).
     */
    static String demoBarcode(int n) {
        return Gtin.withCheckDigit(String.format("2000000%05d", n));
    }

    public int createMissingLocations(List<NewLocation> wanted) {
        int created = 0;
        for (NewLocation location : wanted) {
            if (locations.find(location.code()).isEmpty()) {
                locations.create(location);
                created++;
            }
        }
        return created;
    }

    /**
     * The web shop sells from every location; the app from the warehouses; Amazon from the e-commerce warehouse,
     * holding back 10% and never selling accessories.
     */
    public void createMissingChannels(List<NewLocation> all) {
        List<String> everywhere = all.stream().map(NewLocation::code).toList();
        List<String> warehouses = all.stream().filter(l -> l.type() == LocationType.WAREHOUSE)
                .map(NewLocation::code).toList();
        createChannel(new NewChannel("WEB", "Web shop", ChannelType.WEB, everywhere));
        createChannel(new NewChannel("APP", "Mobile app", ChannelType.APP, warehouses));
        if (createChannel(new NewChannel("AMAZON", "Amazon marketplace", ChannelType.MARKETPLACE, List.of("W02")))) {
            channels.setRule("AMAZON", new NewRule(RuleScope.ALL, null, RuleKind.BUFFER_PERCENT,
                    BigDecimal.TEN));
            channels.setRule("AMAZON", new NewRule(RuleScope.CATEGORY, "Accessories", RuleKind.EXCLUDE, null));
        }
    }

    /**
     * Dutch and Belgian VAT for the demo (docs/sale-to-cash.md): the rates from 2019, before the sales history, the
     * Netherlands rounded per line and Belgium per invoice, each with the text its documents print; every location in
     * its country, the channels at home in the Netherlands, so till receipts and orders are taxed. What is there is
     * kept.
     */
    public void createMissingTax(List<NewLocation> all) {
        TaxRulesView rules = tax.view();
        jurisdiction(rules, "NL", TaxRounding.PER_LINE, "Omnistock Demo B.V. - BTW NL000000000B01 - KvK 00000000 "
                + "(demo)");
        jurisdiction(rules, "BE", TaxRounding.PER_INVOICE, "Omnistock Demo BV - BTW BE 0000.000.001 (demo)");
        rate(rules, "NL", TaxClass.STANDARD, "21", "BTW hoog");
        rate(rules, "NL", TaxClass.REDUCED, "9", "BTW laag");
        rate(rules, "BE", TaxClass.STANDARD, "21", "BTW 21%");
        rate(rules, "BE", TaxClass.REDUCED, "6", "BTW 6%");
        for (NewLocation location : all) {
            String country = BELGIAN.contains(location.code()) ? "BE" : "NL";
            locations.setTaxPlace(location.code(), new TaxPlaceRequest(country, null));
        }
        for (String channel : List.of("WEB", "APP", "AMAZON")) {
            channels.setTaxHome(channel, new TaxPlaceRequest("NL", null));
        }
    }

    private void jurisdiction(TaxRulesView rules, String country, TaxRounding rounding, String documentText) {
        if (rules.jurisdictions().stream().noneMatch(j -> j.country().equals(country))) {
            tax.setJurisdiction(country, new JurisdictionRequest(TaxScheme.VAT, rounding, documentText));
        }
    }

    private void rate(TaxRulesView rules, String country, TaxClass taxClass, String percent, String name) {
        if (rules.rates().stream().noneMatch(r -> r.country().equals(country) && r.taxClass() == taxClass
                && r.region() == null && r.hsnPrefix() == null)) {
            tax.addRate(new TaxRateRequest(country, null, taxClass, null, new BigDecimal(percent), name,
                    Instant.parse("2019-01-01T00:00:00Z"), null));
        }
    }

    private boolean createChannel(NewChannel channel) {
        if (channels.findByCode(channel.code()).isPresent()) {
            return false;
        }
        channels.create(channel);
        return true;
    }

    /**
     * The demo's documented staff users and API clients (README, "Demo logins"): a merchandiser, a manager of the
     * Amsterdam and Rotterdam stores, an accountant; the web shop and Amazon, each bound to its channel; the ERP; and
     * the Amsterdam store's own systems, bound to that store.
     */
    public void createMissingUsersAndClients() {
        createUser(new NewUser("merchandiser", "Merel de Merchandiser", "merchandiser", List.of(),
                "omnistock-merch"));
        createUser(new NewUser("manager", "Mo the manager of Amsterdam and Rotterdam", "store-manager",
                List.of("S001", "S002"), "omnistock-manager"));
        createUser(new NewUser("accountant", "Ada the accountant", "accountant", List.of(), "omnistock-books"));
        createClient(new NewClient("webshop", "Web shop", Set.of(Scopes.READ, Scopes.ORDERS_WRITE,
                Scopes.CUSTOMERS_READ, Scopes.CUSTOMERS_WRITE, Scopes.STORED_VALUE_READ,
                Scopes.STORED_VALUE_WRITE), null, "WEB"), "webshop-demo-secret");
        createClient(new NewClient("amazon", "Amazon connector", Set.of(Scopes.READ, Scopes.ORDERS_WRITE), null,
                "AMAZON"), "amazon-demo-secret");
        createClient(new NewClient("erp", "ERP", Set.of(Scopes.READ, Scopes.CATALOG_WRITE, Scopes.STOCK_WRITE,
                Scopes.PRICES_WRITE, Scopes.BOOKS_READ), null, null), "erp-demo-secret");
        createClient(new NewClient("store-s001", "Amsterdam Kalverstraat store systems", Set.of(Scopes.READ,
                Scopes.STOCK_WRITE, Scopes.ORDERS_WRITE, Scopes.CUSTOMERS_READ, Scopes.STORED_VALUE_READ,
                Scopes.STORED_VALUE_WRITE), "S001", null),
                "store-s001-demo-secret");
    }

    /**
     * Each demo store's and warehouse's own broker user, with its documented password ({@code demo-<code>}), issued
     * again at every start: the build makes a new broker instance, which knows none of them.
     *
     * @return how many locations have broker credentials
     */
    public int issueStoreCredentials(List<NewLocation> all) {
        for (NewLocation location : all) {
            storeCredentials.issueWithPassword(location.code(), "demo-" + location.code());
        }
        return all.size();
    }

    private void createUser(NewUser user) {
        if (users.findByUsername(user.username()).isEmpty()) {
            users.create(user);
        }
    }

    private void createClient(NewClient client, String secret) {
        if (clients.findByClientId(client.clientId()).isEmpty()) {
            clients.createWithSecret(client, secret);
        }
    }

    /**
     * One opening receipt per SKU, all of a location's in one posting through the ledger's delivery path (levels in
     * lock order, the writes in one batch per statement, the channels recomputed once), not one posting each:
     * warehouses hold more than stores, and the quantities vary by SKU and location but are the same on every run.
     * Once: the posting is one transaction, so a location with stock levels has had its opening stock.
     *
     * @return how many receipts were new
     */
    public int receiveOpeningStock(NewLocation newLocation, List<NewSku> wanted) {
        if (ledger.levelsAt(newLocation.code(), null, 0, 1).total() > 0) {
            return 0;
        }
        Location location = locations.require(newLocation.code());
        Map<String, Sku> byCode = new HashMap<>();
        skus.findAll(wanted.stream().map(NewSku::code).toList()).forEach(sku -> byCode.put(sku.getCode(), sku));
        List<StockLedger.LevelWork<PostedMovement>> receipts = new ArrayList<>();
        for (NewSku wantedSku : wanted) {
            Sku sku = byCode.get(wantedSku.code());
            int spread = Math.floorMod((sku.getCode() + "@" + location.getCode()).hashCode(), 100);
            long quantity = newLocation.type() == LocationType.WAREHOUSE ? 40 + spread : 1 + spread / 8;
            receipts.add(new StockLedger.LevelWork<>(sku, location,
                    () -> ledger.receiveDeliveryLine(sku, location, OPENING_STOCK, quantity)));
        }
        ledger.inLockOrder(receipts);
        return receipts.size();
    }

    /**
     * Goods on their way to S001 for its goods in and transfers pages: a purchase order to the demo's T-shirt
     * supplier, sent, due tomorrow morning (three lines, at the supplier's prices), and a transfer from W01 shipped on
     * the day the demo was loaded; once.
     */
    public void announceGoodsIn() {
        if (transfers.findByReference("TR-DEMO-0001").isPresent()) {
            return;
        }
        Instant tomorrow = clock.instant().truncatedTo(ChronoUnit.DAYS).plus(Duration.ofHours(32));
        purchasing.createSupplier(new NewSupplier("NORDTEX", "Nordtex Apparel", null, 5, 30, new BigDecimal("5"), 1,
                new BigDecimal("2")));
        List<NewPurchaseOrder.Line> lines = new ArrayList<>();
        for (String[] line : new String[][] {{"TSHIRT-RED-M", "12", "4.10"}, {"TSHIRT-RED-L", "12", "4.10"},
                {"POLO-NAVY-M", "6", "9.80"}}) {
            purchasing.setItem("NORDTEX", new SupplierItemRequest(line[0], "NT-" + line[0], new BigDecimal(line[2]), 6,
                    6));
            lines.add(new NewPurchaseOrder.Line(line[0], "S001", Long.valueOf(line[1]), null, tomorrow));
        }
        purchasing.send(purchasing.draft(new NewPurchaseOrder("NORDTEX", lines)).number());
        transfers.ship(new NewTransfer("TR-DEMO-0001", "TSHIRT-BLACK-M", "W01", "S001", 6L, tomorrow));
    }

    /**
     * Dutch and Belgian stores in two price zones; a base list, dearer Belgian prices, web prices for jeans, VIP
     * prices for knitwear, a T-shirt tier from 3, and an outerwear price drop scheduled a week ahead.
     */
    public void createMissingPricing(List<NewLocation> all, List<NewSku> wanted) {
        for (NewLocation location : all) {
            if (location.type() == LocationType.STORE) {
                String zone = isBelgian(location.code()) ? "BE" : "NL";
                locations.setPriceZone(location.code(), zone);
            }
        }
        Instant now = clock.instant();
        List<NewPrice> basePrices = new ArrayList<>();
        List<NewPrice> belgian = new ArrayList<>();
        List<NewPrice> web = new ArrayList<>();
        List<NewPrice> vip = new ArrayList<>();
        Instant saleStart = now.plus(Duration.ofDays(7)).truncatedTo(ChronoUnit.DAYS);
        for (NewSku sku : wanted) {
            String product = product(sku.code());
            BigDecimal price = BASE_PRICES.get(product);
            basePrices.add(new NewPrice(sku.code(), price, null, null));
            belgian.add(new NewPrice(sku.code(), price.add(new BigDecimal("2.00")), null, null));
            if (product.equals("TSHIRT")) {
                basePrices.add(new NewPrice(sku.code(), new BigDecimal("16.95"), 3, null));
            }
            if (sku.category().equals("Outerwear")) {
                basePrices.add(new NewPrice(sku.code(), price.multiply(new BigDecimal("0.7"))
                        .setScale(0, RoundingMode.HALF_UP).subtract(new BigDecimal("0.05")), null, saleStart));
            }
            if (sku.category().equals("Jeans")) {
                web.add(new NewPrice(sku.code(), price.subtract(new BigDecimal("10.00")), null, null));
            }
            if (sku.category().equals("Knitwear")) {
                vip.add(new NewPrice(sku.code(), price.multiply(new BigDecimal("0.9"))
                        .setScale(2, RoundingMode.HALF_UP), null, null));
            }
        }
        createPriceList(new NewPriceList("BASE", "Base prices", "EUR", null, null, null, 0, null, null), basePrices);
        createPriceList(new NewPriceList("BE", "Belgian stores", "EUR", null, "BE", null, 0, null, null), belgian);
        createPriceList(new NewPriceList("WEB", "Web shop prices", "EUR", "WEB", null, null, 0, null, null), web);
        createPriceList(new NewPriceList("VIP", "VIP customers", "EUR", null, null, "VIP", 0, null, null), vip);
    }

    private void createPriceList(NewPriceList list, List<NewPrice> prices) {
        if (priceLists.findByCode(list.code()).isEmpty()) {
            priceLists.create(list);
            priceLists.record(list.code(), prices);
        }
    }

    /** One promotion of every type, a welcome coupon, and an exclusive staff discount. */
    public void createMissingPromotions() {
        Instant now = clock.instant();
        createPromotion(new PromotionRule("KNIT20", "20% off knitwear", PromotionType.PERCENT_OFF, Target.CATEGORY,
                List.of("Knitwear"), new BigDecimal("20"), null, null, null, null, null, List.of(), null, null, 10,
                Stacking.COMBINABLE, false, null, null, null), null);
        createPromotion(new PromotionRule("TEES3FOR2", "T-shirts: 3 for 2", PromotionType.BUY_X_GET_Y,
                Target.CATEGORY, List.of("T-shirts"), null, null, 2, 1, null, null, List.of(), null, null, 20,
                Stacking.COMBINABLE, false, null, null, null), null);
        createPromotion(new PromotionRule("WINTERSET", "Beanie and scarf for 39.95", PromotionType.BUNDLE_PRICE,
                Target.SKU, List.of("BEANIE-BLACK", "SCARF-BLACK"), null, null, null, null, new BigDecimal("39.95"),
                null, List.of(), null, null, 30, Stacking.COMBINABLE, false, null, null, null), null);
        createPromotion(new PromotionRule("SHIP50", "Free shipping from 50", PromotionType.FREE_SHIPPING,
                Target.BASKET, List.of(), null, null, null, null, null, new BigDecimal("50"), List.of("WEB", "APP"),
                null, null, 0, Stacking.COMBINABLE, false, null, null, null), null);
        createPromotion(new PromotionRule("WELCOME10", "10 off your first order from 50", PromotionType.AMOUNT_OFF,
                Target.BASKET, List.of(), null, BigDecimal.TEN, null, null, null, new BigDecimal("50"), List.of(),
                null, null, 0, Stacking.COMBINABLE, true, null, null, 1), new NewCoupons("WELCOME10", null, null));
        createPromotion(new PromotionRule("STAFF30", "Staff discount", PromotionType.PERCENT_OFF, Target.BASKET,
                List.of(), new BigDecimal("30"), null, null, null, null, null, List.of(), null, null, 100,
                Stacking.EXCLUSIVE, true, null, null, null), new NewCoupons("STAFF-2026", null, 500));
        createPromotion(new PromotionRule("WEEKEND25", "25% off this weekend, 1,000 times", PromotionType.PERCENT_OFF,
                Target.BASKET, List.of(), new BigDecimal("25"), null, null, null, null, null, List.of(), now,
                now.plus(Duration.ofDays(3)), 0, Stacking.BEST_DEAL, false, 1000, null, null), null);
    }

    private void createPromotion(PromotionRule rule, NewCoupons coupons) {
        if (promotions.findByCode(rule.code()).isEmpty()) {
            promotions.create(rule);
            if (coupons != null) {
                promotions.addCoupons(rule.code(), coupons);
            }
        }
    }
}
