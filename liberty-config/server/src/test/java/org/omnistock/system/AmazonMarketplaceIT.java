package org.omnistock.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.omnistock.system.Api.uniqueCode;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.function.BooleanSupplier;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * An Amazon seller account kept in step with a channel through a stand-in of the Selling Partner API
 * ({@link AmazonStandIn}, a real HTTP server on a loopback port): orders polled within the quota, each imported
 * once, a pending one only once paid, through 429s, 503s and paging, acknowledged in an XML feed, shipped with
 * tracking; figures and prices sent as JSON listings feeds, a SKU Amazon does not know shown as the feed report
 * says.
 */
class AmazonMarketplaceIT {

    private static final Duration WITHIN = Duration.ofSeconds(40);

    private static AmazonStandIn amazon;
    private static String store;
    private static String channel;
    private static String account;
    private static String tee;
    private static String mug;
    private static String unknown;

    @BeforeAll
    static void aSellerAccountConnectedToAChannel() {
        OrderDesk.standardRules();
        try {
            amazon = new AmazonStandIn();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        store = OrderDesk.location("AZS", "STORE", 52.37, 4.90, null);
        channel = OrderDesk.channel(store);
        tee = OrderDesk.pricedSku("AZT", "24.95");
        mug = OrderDesk.pricedSku("AZM", "7.50");
        unknown = OrderDesk.pricedSku("AZU", "3.00");
        Api.receive(tee, store, 9);
        Api.receive(mug, store, 4);
        Api.receive(unknown, store, 2);
        amazon.tokenLife(6);
        amazon.list(tee, 0);
        amazon.list(mug, 0);
        account = uniqueCode("amz").toLowerCase();
        Api.Reply created = Api.post("/api/v1/marketplaces", "{\"code\":\"" + account + "\",\"kind\":\"AMAZON\","
                + "\"channel\":\"" + channel + "\",\"baseUrl\":\"" + amazon.url() + "\",\"accessToken\":\""
                + AmazonStandIn.REFRESH_TOKEN + "\",\"remoteLocationId\":\"" + AmazonStandIn.MARKETPLACE + "\","
                + "\"sellerId\":\"" + AmazonStandIn.SELLER + "\",\"requestsPerSecond\":5,\"burst\":20,"
                + "\"defaultLatitude\":52.1326,\"defaultLongitude\":5.2913," + amazon.loginJson() + "}");
        assertEquals(201, created.status(), created.body());
        for (String sku : new String[] {tee, mug, unknown}) {
            Api.Reply put = Api.put("/api/v1/marketplaces/" + account + "/listings/" + sku,
                    "{\"productId\":\"B0" + sku.hashCode() + "\",\"variantId\":\"" + sku + "\"}");
            assertEquals(200, put.status(), put.body());
        }
    }

    @AfterAll
    static void stopTheStandIn() {
        Api.post("/api/v1/marketplaces/" + account + "/disable", "");
        amazon.close();
    }

    private static void await(BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + WITHIN.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not within " + WITHIN + ": " + what + "; account "
                        + Api.get("/api/v1/marketplaces/" + account).body() + "; listings "
                        + Api.get("/api/v1/marketplaces/" + account + "/listings").body());
            }
            Thread.sleep(200);
        }
    }

    private static long sellable(String sku) {
        return Api.get("/api/v1/channels/" + channel + "/stock/" + sku).json().getJsonNumber("sellable").longValue();
    }

    private static long orders(String externalId) {
        return Api.get("/api/v1/orders?channel=" + channel + "&q=" + externalId).json().getInt("total");
    }

    @Test
    void figuresAndPricesGoOutAsListingsFeedsAndAnUnknownSkuIsShownAsTheReportSays() throws Exception {
        await(() -> Long.valueOf(sellable(tee)).equals(amazon.available(tee))
                && Long.valueOf(sellable(mug)).equals(amazon.available(mug)), "both figures set on Amazon");
        assertEquals(0, new BigDecimal("24.95").compareTo(amazon.price(tee)), "and the channel's price");
        await(() -> Api.get("/api/v1/marketplaces/" + account + "/listings").body().contains("4000001"),
                "the SKU Amazon does not list is in error, with the report's code");

        int feeds = amazon.calls("createFeed");
        Api.receive(tee, store, 2);
        Api.receive(mug, store, 1);
        await(() -> amazon.available(tee) == sellable(tee) && amazon.available(mug) == sellable(mug),
                "changes reach Amazon");
        assertTrue(amazon.calls("createFeed") - feeds <= 2, "changes go in feeds, not a call each");
        assertTrue(amazon.calls("createFeed") <= 5, "within the feed quota: " + amazon.calls("createFeed"));
    }

    @Test
    void ordersArePolledOnceEachAPendingOneOncePaidThroughPages429sAnd503sAndAcknowledged() throws Exception {
        amazon.pageSize(1);
        String paid = amazon.order("Unshipped", tee, 1, "24.95", "0.00");
        String pending = amazon.order("Pending", mug, 2, "15.00", "3.95");
        amazon.throttleOrdersNext(3);
        amazon.failNext(4);
        await(() -> orders(paid) == 1, "the paid order, polled");
        assertTrue(amazon.calls("failed") >= 4, "the poll met the 503s and went on");
        String paidNumber = Api.get("/api/v1/orders?channel=" + channel + "&q=" + paid).json()
                .getJsonArray("items").getJsonObject(0).getString("number");
        await(() -> paidNumber.equals(amazon.acknowledgedAs(paid)),
                "acknowledged to Amazon with the platform's order number");
        int itemsAsked = amazon.calls("getOrderItems");
        Thread.sleep(4_500);
        assertEquals(1, orders(paid), "polled again, still one order");
        assertEquals(0, orders(pending), "a pending order waits until it is paid");
        assertEquals(itemsAsked, amazon.calls("getOrderItems"), "an order already here costs no items call");

        amazon.status(pending, "Unshipped");
        await(() -> orders(pending) == 1, "paid, it comes in");
        JsonObject order = Api.get("/api/v1/orders?channel=" + channel + "&q=" + pending).json()
                .getJsonArray("items").getJsonObject(0);
        assertEquals(0, new BigDecimal("18.95").compareTo(order.getJsonNumber("total").bigDecimalValue()),
                order.toString());

        JsonObject placed = Api.get("/api/v1/orders/" + order.getString("number")).json();
        String fulfilment = placed.getJsonArray("fulfilments").getJsonObject(0).getString("code");
        for (String step : new String[] {"{\"step\":\"ACCEPT\"}", "{\"step\":\"PICK\"}", "{\"step\":\"PACK\"}",
                "{\"step\":\"SHIP\",\"carrier\":\"DHL\",\"trackingNumber\":\"JVGL" + pending.hashCode() + "\"}"}) {
            OrderDesk.report(Api.ADMIN, fulfilment, step);
        }
        await(() -> amazon.acknowledgedAs(pending) != null, "acknowledged once paid and imported");
        assertEquals(order.getString("number"), amazon.acknowledgedAs(pending));
        await(() -> amazon.shipment(pending) != null, "the shipment confirmed to Amazon");
        JsonObject detail = amazon.shipment(pending);
        assertEquals("JVGL" + pending.hashCode(), detail.getString("trackingNumber"));
        assertEquals("DHL", detail.getString("carrierCode"));
        assertEquals(2, detail.getJsonArray("orderItems").getJsonObject(0).getInt("quantity"), detail.toString());

        assertTrue(amazon.tokensGiven() >= 2, "access tokens renewed before they ran out: " + amazon.tokensGiven());
        assertEquals(1, amazon.acknowledgements(paid), "each order acknowledged once");
        assertEquals(1, amazon.acknowledgements(pending), "each order acknowledged once");

        amazon.status(paid, "Canceled");
        await(() -> "CANCELLED".equals(Api.get("/api/v1/orders?channel=" + channel + "&q=" + paid).json()
                .getJsonArray("items").getJsonObject(0).getString("status")), "cancelled on Amazon, here too");
        amazon.pageSize(100);
    }

    @Test
    void anAccountNeedsItsLoginClientAndAWrongSecretShowsOnItsHealth() throws Exception {
        String code = uniqueCode("amzx").toLowerCase();
        String account = "{\"code\":\"" + code + "\",\"kind\":\"AMAZON\",\"channel\":\"" + channel
                + "\",\"baseUrl\":\"" + amazon.url() + "\",\"accessToken\":\"" + AmazonStandIn.REFRESH_TOKEN
                + "\",\"remoteLocationId\":\"" + AmazonStandIn.MARKETPLACE + "\",\"sellerId\":\""
                + AmazonStandIn.SELLER + "\",\"requestsPerSecond\":5,\"burst\":20";
        Api.Reply refused = Api.post("/api/v1/marketplaces", account + "}");
        assertEquals(422, refused.status(), refused.body());
        assertTrue(refused.body().contains("login-client-required"), refused.body());
        assertEquals(404, Api.get("/api/v1/marketplaces/" + code).status(), "nothing was made");

        Api.Reply created = Api.post("/api/v1/marketplaces", account + "," + amazon.loginJson()
                .replace(AmazonStandIn.CLIENT_SECRET, "not-the-secret") + "}");
        assertEquals(201, created.status(), created.body());
        try {
            await(() -> Api.get("/api/v1/marketplaces/" + code).json().getString("lastError", "")
                    .contains("Login with Amazon gave no access token"), "the refused login on the account");
            assertTrue(Api.get("/api/v1/marketplaces/" + code).body().contains("invalid_client"));
        } finally {
            Api.post("/api/v1/marketplaces/" + code + "/disable", "");
        }
    }
}
