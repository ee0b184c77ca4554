package org.omnistock.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.omnistock.system.Api.uniqueCode;

import java.io.StringReader;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.function.BooleanSupplier;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A Shopify-shaped shop kept in step with the platform through a stand-in of its Admin API ({@link ShopifyStandIn},
 * a real HTTP server on a loopback port): its orders come in by webhook and by poll, once, through a lost webhook,
 * a duplicate and a storm of 429s; the channel's figures and prices go out with compare-and-set, and a figure the
 * shop changed itself is set right again.
 */
class MarketplacesIT {

    @RegisterExtension
    static final BrowserSession SESSION = new BrowserSession();

    private static final Duration WITHIN = Duration.ofSeconds(40);
    private static final String WEBHOOK_SECRET = "shopify-webhook-secret";

    private static ShopifyStandIn shop;
    private static String store;
    private static String channel;
    private static String account;
    private static String tee;
    private static String cap;
    private static String teeItem;
    private static String capItem;

    @BeforeAll
    static void aShopConnectedToAChannel() throws Exception {
        OrderDesk.standardRules();
        shop = new ShopifyStandIn();
        store = OrderDesk.location("MKS", "STORE", 52.37, 4.90, null);
        channel = OrderDesk.channel(store);
        tee = OrderDesk.pricedSku("MKT", "19.95");
        cap = OrderDesk.pricedSku("MKC", "9.50");
        Api.receive(tee, store, 12);
        Api.receive(cap, store, 5);
        teeItem = shop.stock(tee, 0);
        capItem = shop.stock(cap, 3);
        account = uniqueCode("shop").toLowerCase();
        Api.Reply created = Api.post("/api/v1/marketplaces", "{\"code\":\"" + account + "\",\"kind\":\"SHOPIFY\","
                + "\"channel\":\"" + channel + "\",\"baseUrl\":\"" + shop.url() + "\",\"accessToken\":\""
                + ShopifyStandIn.TOKEN + "\",\"webhookSecret\":\"" + WEBHOOK_SECRET + "\",\"remoteLocationId\":\""
                + ShopifyStandIn.LOCATION + "\",\"requestsPerSecond\":2,\"burst\":40}");
        assertEquals(201, created.status(), created.body());
        for (String[] listing : new String[][] {{tee, teeItem, "1"}, {cap, capItem, "2"}}) {
            Api.Reply put = Api.put("/api/v1/marketplaces/" + account + "/listings/" + listing[0],
                    "{\"productId\":\"gid://shopify/Product/" + listing[2] + "\",\"variantId\":"
                            + "\"gid://shopify/ProductVariant/" + listing[0] + "\",\"inventoryItemId\":\""
                            + listing[1] + "\"}");
            assertEquals(200, put.status(), put.body());
        }
    }

    @AfterAll
    static void stopTheStandIn() {
        Api.post("/api/v1/marketplaces/" + account + "/disable", "");
        shop.close();
    }

    private static void await(BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + WITHIN.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not within " + WITHIN + ": " + what + "; account "
                        + Api.get("/api/v1/marketplaces/" + account).body());
            }
            Thread.sleep(200);
        }
    }

    private static long sellable(String sku) {
        return Api.get("/api/v1/channels/" + channel + "/stock/" + sku).json().getJsonNumber("sellable").longValue();
    }

    private static JsonObject order(String externalId) {
        JsonObject page = Api.get("/api/v1/orders?channel=" + channel + "&q=" + externalId).json();
        return page.getJsonArray("items").isEmpty() ? null : page.getJsonArray("items").getJsonObject(0);
    }

    private static long orders(String externalId) {
        return Api.get("/api/v1/orders?channel=" + channel + "&q=" + externalId).json().getInt("total");
    }

    @Test
    void theChannelsFiguresAndPricesReachTheShopAndAFigureTheShopChangedIsSetRight() throws Exception {
        await(() -> Long.valueOf(sellable(tee)).equals(shop.available(teeItem))
                && Long.valueOf(sellable(cap)).equals(shop.available(capItem)), "both figures set in the shop");
        await(() -> new BigDecimal("19.95").compareTo(shop.price("gid://shopify/ProductVariant/" + tee)) == 0,
                "the channel's price set in the shop");

        Api.receive(tee, store, 3);
        await(() -> shop.available(teeItem) == sellable(tee), "a change reaches the shop within seconds");

        String list = uniqueCode("MKP");
        Api.Reply created = Api.post("/api/v1/price-lists", "{\"code\":\"" + list + "\",\"name\":\"Shop prices\","
                + "\"currency\":\"EUR\",\"channel\":\"" + channel + "\",\"priority\":10}");
        assertEquals(201, created.status(), created.body());
        assertEquals(200, Api.post("/api/v1/price-lists/" + list + "/prices", "[{\"sku\":\"" + tee
                + "\",\"amount\":17.95}]").status());
        await(() -> new BigDecimal("17.95").compareTo(shop.price("gid://shopify/ProductVariant/" + tee)) == 0,
                "a price change of the channel reaches the shop");

        int staleBefore = shop.staleRefusals();
        shop.setAvailable(teeItem, 1);
        Api.receive(tee, store, 1);
        await(() -> shop.available(teeItem) == sellable(tee), "set right after the shop changed it itself");
        assertTrue(shop.staleRefusals() > staleBefore, "the push compared, and was refused once");
        JsonObject health = Api.get("/api/v1/marketplaces/" + account).json();
        assertTrue(health.getInt("stockConflicts") >= 1, health.toString());

        shop.throttleGraphqlNext(3);
        Api.receive(cap, store, 2);
        await(() -> shop.available(capItem) == sellable(cap), "through throttled GraphQL answers");

        JsonArray rows = Json.createReader(new StringReader(Api.get("/api/v1/marketplaces/" + account
                + "/reconciliation").body())).readArray();
        assertEquals(2, rows.size(), rows.toString());
        for (JsonObject row : rows.getValuesAs(JsonObject.class)) {
            assertTrue(!row.containsKey("reason") || row.isNull("reason"), "the shop and the channel agree: " + row);
            assertEquals(row.getJsonNumber("sellable").longValue(), row.getJsonNumber("marketplace").longValue());
        }
    }

    @Test
    void ordersComeInOnceByWebhookAndPollThroughALostWebhookADuplicateA429StormAnd503s() throws Exception {
        String hook = Api.BASE + "/api/v1/marketplace-hooks/shopify/" + account;
        long first = shop.order("EUR", tee, 1, "19.95", "4.95");
        assertEquals(200, shop.sendWebhook(hook, "orders/create", first, WEBHOOK_SECRET));
        assertEquals(200, shop.sendWebhook(hook, "orders/create", first, WEBHOOK_SECRET), "a duplicate");
        assertEquals(1, orders(String.valueOf(first)), "one order for the webhook and its duplicate");
        assertEquals(403, shop.sendWebhook(hook, "orders/create", shop.order("EUR", cap, 1, "9.50", "0.00"),
                "not-the-secret"), "a webhook not signed with the account's secret is refused");

        long lost = shop.order("EUR", cap, 2, "9.50", "4.95");
        shop.pageSize(1);
        shop.throttleNext(4);
        shop.failNext(5);
        await(() -> orders(String.valueOf(lost)) == 1, "the order whose webhook was lost, by the poll");
        assertTrue(shop.throttled() >= 4, "the poll met the 429s and waited");
        assertTrue(shop.failed() >= 5, "and the 503s, retried");
        Thread.sleep(4_500);
        assertEquals(1, orders(String.valueOf(first)), "the poll read the webhook's order again: still one");
        assertEquals(1, orders(String.valueOf(lost)));
        JsonObject placed = order(String.valueOf(lost));
        assertEquals(0, new BigDecimal("23.95").compareTo(placed.getJsonNumber("total").bigDecimalValue()),
                placed.toString());

        JsonObject full = Api.get("/api/v1/orders/" + placed.getString("number")).json();
        String fulfilment = full.getJsonArray("fulfilments").getJsonObject(0).getString("code");
        for (String step : new String[] {"{\"step\":\"ACCEPT\"}", "{\"step\":\"PICK\"}", "{\"step\":\"PACK\"}",
                "{\"step\":\"SHIP\",\"carrier\":\"PostNL\",\"trackingNumber\":\"3SMKT" + lost + "\"}"}) {
            OrderDesk.report(Api.ADMIN, fulfilment, step);
        }
        await(() -> shop.fulfilledWith(lost) != null, "the shipment confirmed in the shop");
        assertEquals(java.util.List.of("3SMKT" + lost), shop.fulfilledWith(lost), "with its tracking number");

        shop.cancel(first);
        assertEquals(200, shop.sendWebhook(hook, "orders/cancelled", first, WEBHOOK_SECRET));
        assertEquals("CANCELLED", order(String.valueOf(first)).getString("status"));
        shop.pageSize(250);
    }

    @Test
    void anAdminSeesTheAccountsHealthItsListingsAndTheReconciliationInTheBackOffice() throws Exception {
        await(() -> Long.valueOf(sellable(tee)).equals(shop.available(teeItem))
                && Long.valueOf(sellable(cap)).equals(shop.available(capItem)), "both figures set in the shop");
        Browser browser = SESSION.browser().signIn("admin", Api.ADMIN_PASSWORD);
        browser.open("/marketplace/marketplaces.xhtml");
        assertTrue(browser.text("marketplaces:account-table").contains(account), browser.pageText());
        int row = 0;
        var rows = browser.all("[id='marketplaces:account-table_data'] > tr");
        while (!rows.get(row).getText().contains(account)) {
            row++;
        }
        browser.click("marketplaces:account-table:" + row + ":listings");
        assertTrue(browser.text("marketplaces:listing-table").contains(tee), browser.pageText());
        browser.click("marketplaces:reconcile");
        assertTrue(browser.text("marketplaces:differing").contains("0 of 2 differ"), browser.pageText());
        browser.forgetSession();
        assertEquals(403, SESSION.browser().signIn(Api.newUser("merchandiser")).status(
                "/marketplace/marketplaces.xhtml"), "marketplaces are for admins");
    }

    @Test
    void marketplaceAccountsAreForAdmins() {
        Api.Client erp = Api.newClient(null, null, "read", "catalog:write", "stock:write");
        assertEquals(403, erp.get("/api/v1/marketplaces").status());
        assertEquals(403, erp.post("/api/v1/marketplaces/" + account + "/full-sync", "").status());
        assertEquals(404, Api.post("/api/v1/marketplace-hooks/shopify/no-such-account", "{}").status());
        assertTrue(Api.get("/api/v1/marketplaces").body().contains(account));
        assertTrue(!Api.get("/api/v1/marketplaces").body().contains(ShopifyStandIn.TOKEN), "the token is not shown");
    }
}
