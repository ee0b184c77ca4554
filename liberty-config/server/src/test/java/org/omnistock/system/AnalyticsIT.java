package org.omnistock.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.omnistock.system.Api.post;
import static org.omnistock.system.Api.uniqueCode;
import static org.omnistock.system.OrderDesk.Line;
import static org.omnistock.system.OrderDesk.report;
import static org.omnistock.system.OrderDesk.shippedOrder;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import jakarta.jms.Connection;
import jakarta.jms.Session;
import jakarta.json.JsonObject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.omnistock.messages.Destinations;

/**
 * Sales figures from a till, a web order and a return, added up by channel, location, category and SKU; stock cover
 * from the same sales; each store's staff seeing only their own.
 */
class AnalyticsIT {

    private String category;
    private String channel;
    private String store;
    private String warehouse;
    private String tee;
    private String jeans;
    private Api.Client shop;

    @BeforeEach
    void aStoreAWarehouseAndAWebShopSellingTwoSkusOfACategoryOfTheirOwn() {
        OrderDesk.standardRules();
        category = uniqueCode("Analytics");
        channel = uniqueCode("ACH");
        tee = skuInCategory("ATE", "20.00");
        jeans = skuInCategory("AJE", "80.00");
        assertEquals(200, Api.put("/api/v1/skus/" + tee + "/cost", "{\"unitCost\":8.00}").status());
        store = OrderDesk.location("AS", "STORE", 52.09, 5.12, null);
        warehouse = OrderDesk.location("AW", "WAREHOUSE", 51.56, 5.09, null);
        assertEquals(201, post("/api/v1/channels", "{\"code\":\"" + channel + "\",\"name\":\"Analytics tests\","
                + "\"type\":\"WEB\",\"locationIds\":[\"" + warehouse + "\"]}").status());
        shop = Api.newClient(null, channel, "read", "orders:write");
        Api.receive(tee, store, 10);
        Api.receive(tee, warehouse, 10);
        Api.receive(jeans, warehouse, 10);
    }

    private String skuInCategory(String prefix, String price) {
        String sku = uniqueCode(prefix);
        assertEquals(201, post("/api/v1/skus", "{\"code\":\"" + sku + "\",\"name\":\"Analytics " + sku
                + "\",\"category\":\"" + category + "\"}").status());
        String list = uniqueCode("APL");
        assertEquals(201, post("/api/v1/price-lists", "{\"code\":\"" + list + "\",\"name\":\"Analytics tests\","
                + "\"currency\":\"EUR\"}").status());
        assertEquals(200, post("/api/v1/price-lists/" + list + "/prices", "[{\"sku\":\"" + sku + "\",\"amount\":"
                + price + "}]").status());
        return sku;
    }

    /** Two T-shirts sold at the store's till, one brought back there (not from an order). */
    private void tillSale() throws Exception {
        sendSale(store, "{\"sku\":\"" + tee + "\",\"quantity\":2,\"unitPrice\":20.00},{\"sku\":\"" + tee
                + "\",\"quantity\":1,\"unitPrice\":20.00,\"returnCondition\":\"AVAILABLE\"}");
    }

    /** A receipt of one line sent by the store's till, as the store's broker user. */
    static void tillSale(String store, String sku, int quantity, String unitPrice) throws Exception {
        tillSale(store, sku, quantity, unitPrice, Instant.now());
    }

    /** A sale rung up at the instant (days ago, for what counts whole days only, such as the forecast). */
    static void tillSale(String store, String sku, int quantity, String unitPrice, Instant soldAt) throws Exception {
        sendSale(store, soldAt, "{\"sku\":\"" + sku + "\",\"quantity\":" + quantity + ",\"unitPrice\":"
                + unitPrice + "}");
    }

    private static void sendSale(String store, String lines) throws Exception {
        sendSale(store, Instant.now(), lines);
    }

    private static void sendSale(String store, Instant soldAt, String lines) throws Exception {
        try (Connection till = Broker.asStore(Broker.credentialsOf(store), null)) {
            Session session = till.createSession(false, Session.AUTO_ACKNOWLEDGE);
            session.createProducer(session.createQueue(Destinations.POS_SALES)).send(session.createTextMessage(
                    "{\"schemaVersion\":1,\"storeId\":\"" + store + "\",\"receiptId\":\"R-" + UUID.randomUUID()
                            + "\",\"soldAt\":\"" + soldAt + "\",\"lines\":[" + lines + "]}"));
        }
    }

    /** Three T-shirts and jeans shipped from the warehouse (140.00), one T-shirt then returned at the store. */
    private void webOrderShippedAndPartlyReturnedAtTheStore() {
        Api.Reply placed = shop.post("/api/v1/orders", shippedOrder(uniqueCode("web"), null, "140.00",
                new Line(tee, 3), new Line(jeans, 1)));
        assertEquals(201, placed.status(), placed.body());
        String number = placed.json().getString("number");
        String fulfilment = placed.json().getJsonArray("fulfilments").getJsonObject(0).getString("code");
        Api.Client warehouseSystems = Api.newClient(warehouse, null, "read", "orders:write");
        report(warehouseSystems, fulfilment, "{\"step\":\"SHIP\",\"carrier\":\"DHL\",\"trackingNumber\":\"A1\"}");
        report(warehouseSystems, fulfilment, "{\"step\":\"DELIVER\"}");
        String returnNumber = shop.post("/api/v1/orders/" + number + "/returns",
                "{\"lines\":[{\"lineNo\":1,\"quantity\":1,\"reason\":\"too small\"}]}").json().getString("number");
        Api.Reply received = post("/api/v1/returns/" + returnNumber + "/receipt", "{\"locationId\":\"" + store
                + "\",\"lines\":[{\"lineNo\":1,\"quantity\":1,\"condition\":\"AVAILABLE\"}]}");
        assertEquals(200, received.status(), received.body());
    }

    /** This test's sales report (its category's), with more of a query ({@code &...}). */
    private JsonObject own(Api.Client client, String query) {
        return sales(client, "?category=" + category + query);
    }

    private static JsonObject sales(Api.Client client, String query) {
        Api.Reply reply = client.get("/api/v1/analytics/sales" + query);
        assertEquals(200, reply.status(), reply.body());
        return reply.json();
    }

    private JsonObject awaitOwn(String query, Predicate<JsonObject> condition) throws InterruptedException {
        return awaitSales("?category=" + category + query, condition);
    }

    /** The sales report for the query ({@code ?...}) once the condition holds, or as it is after 20 s. */
    static JsonObject awaitSales(String query, Predicate<JsonObject> condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        JsonObject report = sales(Api.ADMIN, query);
        while (!condition.test(report) && System.nanoTime() < deadline) {
            Thread.sleep(200);
            report = sales(Api.ADMIN, query);
        }
        return report;
    }

    private static Map<String, JsonObject> byKey(JsonObject report, String table) {
        return report.getJsonArray(table).stream().map(v -> v.asJsonObject())
                .collect(Collectors.toMap(f -> f.getString("key"), f -> f));
    }

    private static BigDecimal revenue(JsonObject figures) {
        return figures.getJsonNumber("revenue").bigDecimalValue().stripTrailingZeros();
    }

    @Test
    void tillSalesOrdersAndReturnsAddUpByChannelLocationCategoryAndSku() throws Exception {
        webOrderShippedAndPartlyReturnedAtTheStore();
        tillSale();

        JsonObject report = awaitOwn("", r -> byKey(r, "channels").containsKey("STORE"));

        JsonObject total = report.getJsonObject("total");
        assertEquals(0, new BigDecimal("140").compareTo(revenue(total)), total.toString());
        assertEquals(4, total.getInt("units"), "2 sold and 1 back at the till, 4 shipped and 1 back from the web");
        Map<String, JsonObject> channels = byKey(report, "channels");
        assertEquals(2, channels.size(), channels.toString());
        assertEquals(0, new BigDecimal("20").compareTo(revenue(channels.get("STORE"))));
        assertEquals(1, channels.get("STORE").getInt("units"));
        assertEquals(0, new BigDecimal("120").compareTo(revenue(channels.get(channel))));
        assertEquals(0, new BigDecimal("0.6").compareTo(channels.get("STORE").getJsonNumber("margin")
                .bigDecimalValue()), "T-shirts at 20.00 that cost 8.00");
        assertEquals(0, new BigDecimal("0.6").compareTo(channels.get(channel).getJsonNumber("margin")
                .bigDecimalValue()), "only the T-shirts' revenue has a known cost; the jeans' has none");
        assertEquals(0, new BigDecimal("0.8571").compareTo(channels.get(channel).getJsonNumber("share")
                .bigDecimalValue()));
        Map<String, JsonObject> locations = byKey(report, "locations");
        assertEquals(0, BigDecimal.ZERO.compareTo(revenue(locations.get(store))),
                "the till's 20.00 less the web T-shirt refunded at the store");
        assertEquals(0, new BigDecimal("140").compareTo(revenue(locations.get(warehouse))));
        assertEquals(0, new BigDecimal("140").compareTo(revenue(byKey(report, "categories").get(category))));
        assertEquals(jeans, report.getJsonArray("topSkus").getJsonObject(0).getString("key"), "80.00 before 60.00");
        LocalDate today = LocalDate.parse(report.getString("to"));
        JsonObject day = report.getJsonArray("days").stream().map(v -> v.asJsonObject())
                .filter(d -> d.getString("day").equals(today.toString())).findFirst().orElseThrow();
        assertEquals(0, new BigDecimal("140").compareTo(day.getJsonNumber("revenue").bigDecimalValue()));
        JsonObject week = report.getJsonArray("weeks").stream().map(v -> v.asJsonObject())
                .filter(w -> w.getString("day").equals(today.with(java.time.temporal.TemporalAdjusters
                        .previousOrSame(java.time.DayOfWeek.MONDAY)).toString())).findFirst().orElseThrow();
        assertEquals(0, new BigDecimal("140").compareTo(week.getJsonNumber("revenue").bigDecimalValue()),
                "this week, dated by its Monday");

        Thread.sleep(2_500);
        JsonObject folded = own(Api.ADMIN, "");
        assertEquals(report.getJsonObject("total"), folded.getJsonObject("total"),
                "once folded into the day totals, every fact counts once, as before");

        JsonObject tomorrow = own(Api.ADMIN, "&from=" + today.plusDays(1) + "&to=" + today.plusDays(1));
        assertEquals(0, BigDecimal.ZERO.compareTo(revenue(tomorrow.getJsonObject("total"))));
        assertEquals(0, new BigDecimal("140").compareTo(tomorrow.getJsonObject("total")
                .getJsonNumber("previousRevenue").bigDecimalValue()), "today is tomorrow's previous period");
        assertEquals(0, new BigDecimal("-1").compareTo(tomorrow.getJsonObject("total").getJsonNumber("change")
                .bigDecimalValue()));
    }

    @Test
    void whileSalesAreFoldedIntoTotalsEveryReadCountsEachSaleOnce() throws Exception {
        int sales = 20;
        Api.receive(tee, store, sales);
        AtomicInteger sent = new AtomicInteger();
        Thread till = new Thread(() -> {
            try {
                for (int i = 0; i < sales; i++) {
                    sent.incrementAndGet();
                    tillSale(store, tee, 1, "10.00");
                    Thread.sleep(50);
                }
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        till.start();
        BigDecimal seen = BigDecimal.ZERO;
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (seen.compareTo(BigDecimal.TEN.multiply(BigDecimal.valueOf(sales))) < 0
                && System.nanoTime() < deadline) {
            int sentBefore = sent.get();
            JsonObject report = own(Api.ADMIN, "");
            BigDecimal total = revenue(report.getJsonObject("total"));
            BigDecimal days = report.getJsonArray("days").stream()
                    .map(d -> d.asJsonObject().getJsonNumber("revenue").bigDecimalValue())
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            BigDecimal sentAfter = BigDecimal.TEN.multiply(BigDecimal.valueOf(sent.get()));
            assertTrue(total.compareTo(seen) >= 0, "a sale counted before never drops out while it is folded: "
                    + total + " after " + seen + " (" + sentBefore + " sent)");
            assertTrue(total.compareTo(sentAfter) <= 0 && days.compareTo(sentAfter) <= 0,
                    "never more than was sold: total " + total + ", days " + days + ", sold " + sentAfter);
            seen = total;
        }
        till.join();
        assertEquals(0, BigDecimal.TEN.multiply(BigDecimal.valueOf(sales)).compareTo(seen), "every sale counted once");
    }

    @Test
    void everySalesTableComesAsCsv() throws Exception {
        tillSale();
        awaitOwn("", r -> byKey(r, "channels").containsKey("STORE"));

        Api.Reply csv = Api.ADMIN.get("/api/v1/analytics/sales/channels?category=" + category, "text/csv");

        assertEquals(200, csv.status(), csv.body());
        assertTrue(csv.contentType().startsWith("text/csv"), csv.contentType());
        String[] rows = csv.body().split("\r\n");
        assertEquals("key,label,units,revenue,margin,previousRevenue,change,share", rows[0]);
        assertEquals(2, rows.length, csv.body());
        assertTrue(rows[1].startsWith("STORE,STORE,1,20.0000,0.6000,0,,1.0000"), rows[1]);
        assertEquals(200, Api.ADMIN.get("/api/v1/analytics/cover?location=" + store, "text/csv").status());
        assertEquals(404, Api.get("/api/v1/analytics/sales/everything").status());
    }

    @Test
    void coverIsTheAvailableStockOverThe30DayPaceAndShortOnesAreAtRisk() throws Exception {
        String fast = uniqueCode("AST");
        Api.createLocation(fast, "STORE");
        Api.receive(tee, fast, 3);
        tillSale(fast, tee, 2, "20.00");
        awaitOwn("&location=" + fast, r -> r.getJsonObject("total").getInt("units") == 2);

        JsonObject cover = Api.get("/api/v1/analytics/cover?location=" + fast + "&category=" + category
                + "&leadTimeDays=30").json();

        JsonObject row = cover.getJsonArray("items").getJsonObject(0);
        assertEquals(tee, row.getString("sku"));
        assertEquals(fast, row.getString("location"));
        assertEquals(2, row.getInt("units7"));
        assertEquals(2, row.getInt("units30"));
        assertEquals(1, row.getInt("available"));
        assertEquals(15.0, row.getJsonNumber("daysOfCover").doubleValue(), 1e-9, "1 unit at 2 units in 30 days");
        assertEquals(2.0 / 3, row.getJsonNumber("sellThrough").doubleValue(), 1e-9);
        assertTrue(row.getBoolean("stockOutRisk"), "15 days of cover, 30 to replenish");
        JsonObject fresh = Api.get("/api/v1/analytics/ageing?location=" + fast + "&category=" + category).jsonArray()
                .getJsonObject(0);
        assertEquals("0-30 days", fresh.getString("age"));
        assertEquals(1, fresh.getInt("units"), "received today, 2 of 3 sold");
        assertEquals(0, new BigDecimal("8.00").compareTo(fresh.getJsonNumber("costValue").bigDecimalValue()));
        JsonObject shortLead = Api.get("/api/v1/analytics/cover?location=" + fast + "&category=" + category
                + "&leadTimeDays=7").json().getJsonArray("items").getJsonObject(0);
        assertFalse(shortLead.getBoolean("stockOutRisk"));
        JsonObject network = Api.get("/api/v1/analytics/cover?category=" + category).json();
        JsonObject jeansEverywhere = network.getJsonArray("items").stream().map(v -> v.asJsonObject())
                .filter(r -> r.getString("sku").equals(jeans)).findFirst().orElseThrow();
        assertFalse(jeansEverywhere.containsKey("location") && !jeansEverywhere.isNull("location"),
                "across the network, one row per SKU");
        assertTrue(!jeansEverywhere.containsKey("daysOfCover") || jeansEverywhere.isNull("daysOfCover"),
                "jeans that did not sell have no cover, not an endless one");
        assertTrue(jeansEverywhere.getBoolean("slowMover"), "10 jeans that did not sell in 30 days");
        assertFalse(row.getBoolean("slowMover"));
    }

    @Test
    void theForecastFollowsTheStoresWeekAndBeatsAFlatMean() throws Exception {
        String weekly = uniqueCode("AFS");
        Api.createLocation(weekly, "STORE");
        Api.receive(tee, weekly, 500);
        LocalDate today = LocalDate.parse(Api.get("/api/v1/analytics/sales").json().getString("to"));
        int sold = 0;
        int last30 = 0;
        for (int back = 56; back >= 1; back--) {
            LocalDate day = today.minusDays(back);
            int units = switch (day.getDayOfWeek()) {
                case SATURDAY -> 6;
                case SUNDAY -> 0;
                default -> 2;
            };
            if (units > 0) {
                sendSale(weekly, day.atTime(12, 0).toInstant(ZoneOffset.UTC), "{\"sku\":\"" + tee
                        + "\",\"quantity\":" + units + ",\"unitPrice\":20.00}");
                sold += units;
                last30 += back <= 30 ? units : 0;
            }
        }
        int all = sold;
        awaitOwn("&location=" + weekly + "&from=" + today.minusDays(56),
                r -> r.getJsonObject("total").getInt("units") == all);

        JsonObject forecast = Api.get("/api/v1/analytics/forecast?category=" + category + "&location=" + weekly
                + "&horizonDays=7").json();

        assertEquals(1, forecast.getInt("series"));
        JsonObject row = forecast.getJsonArray("rows").getJsonObject(0);
        assertEquals(tee, row.getString("sku"));
        assertEquals(last30, row.getInt("units30"));
        double week = row.getJsonNumber("forecast").doubleValue();
        assertTrue(week > 14 && week < 16.5, "16 a week, the level eight weeks in (alpha 0.05): " + week);
        JsonObject saturday = forecast.getJsonArray("ahead").stream().map(v -> v.asJsonObject())
                .filter(d -> LocalDate.parse(d.getString("day")).getDayOfWeek() == java.time.DayOfWeek.SATURDAY)
                .findFirst().orElseThrow();
        assertTrue(saturday.getJsonNumber("units").doubleValue() > 5, "Saturdays sell three times a weekday");
        double wape = forecast.getJsonNumber("wape").doubleValue();
        double flat = forecast.getJsonNumber("flatWape").doubleValue();
        assertTrue(wape < 0.3 && wape < flat, "the week's shape beats a flat mean: " + wape + " against " + flat);
        JsonObject kind = forecast.getJsonArray("kinds").getJsonObject(0);
        assertEquals("SMOOTH", kind.getString("kind"), "sells six days a week, evenly enough: " + kind);
        assertEquals(1, kind.getInt("series"));
        assertEquals(32, kind.getInt("heldOutUnits"), "two weeks of 16");
        assertEquals(totalWape(forecast), kind.getJsonNumber("wape").doubleValue(), 1e-9, "the one series' error");
        assertTrue(kind.containsKey("ownWape") && kind.containsKey("tsbWape") && kind.containsKey("flatWape"),
                kind.toString());
        assertEquals(403, Api.newClient(store, null, "read").get("/api/v1/analytics/forecast?location=" + weekly)
                .status(), "another store's");
        assertEquals(400, Api.get("/api/v1/analytics/forecast?horizonDays=0").status());
    }

    private static double totalWape(JsonObject forecast) {
        return forecast.getJsonNumber("totalWape").doubleValue();
    }

    @Test
    void aStoresStaffSeeTheirStoreOnlyAndBadFiltersAreRefused() throws Exception {
        webOrderShippedAndPartlyReturnedAtTheStore();
        tillSale();
        awaitOwn("", r -> byKey(r, "channels").containsKey("STORE"));
        Api.Client storeStaff = Api.newClient(store, null, "read");

        JsonObject visible = own(storeStaff, "");

        assertEquals(1, byKey(visible, "locations").size(), "only the store's own figures");
        assertTrue(byKey(visible, "locations").containsKey(store));
        assertEquals(403, storeStaff.get("/api/v1/analytics/sales?location=" + warehouse).status());
        assertEquals(403, storeStaff.get("/api/v1/analytics/cover?location=" + warehouse).status());
        Api.Client noRead = Api.newClient(null, null, "orders:write");
        assertEquals(403, noRead.get("/api/v1/analytics/sales").status());
        assertEquals(401, Api.ANONYMOUS.get("/api/v1/analytics/sales").status());

        Api.Reply backwards = Api.get("/api/v1/analytics/sales?from=2026-02-01&to=2026-01-01");
        assertEquals(422, backwards.status());
        assertEquals("urn:omnistock:problem:bad-period", backwards.json().getString("type"));
        assertEquals("urn:omnistock:problem:invalid-day", Api.get("/api/v1/analytics/sales?from=yesterday").json()
                .getString("type"));
        assertEquals(422, Api.get("/api/v1/analytics/sales?from=2020-01-01&to=2026-01-01").status(),
                "at most a year at a time");
        assertEquals(404, Api.get("/api/v1/analytics/sales?location=" + uniqueCode("NOWHERE")).status());
        assertEquals(400, Api.put("/api/v1/skus/" + tee + "/cost", "{\"unitCost\":-1}").status());
        assertEquals(403, storeStaff.put("/api/v1/skus/" + tee + "/cost", "{\"unitCost\":1}").status());
    }
}
