package org.omnistock.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.omnistock.system.Api.createLocation;
import static org.omnistock.system.Api.createSku;
import static org.omnistock.system.Api.receive;
import static org.omnistock.system.Api.uniqueCode;

import java.time.Instant;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The back office's pages in headless Chromium (see {@link Browser}): sign in, find a SKU, read its stock, the
 * dashboard with its charts, and the other key pages, each test checking what the page shows and that the API agrees.
 */
@Tag("browser")
class BackOfficeIT {

    @RegisterExtension
    static final BrowserSession SESSION = new BrowserSession();

    private static Browser browser() {
        return SESSION.browser();
    }

    @Test
    void theStockPageShowsEveryLocationAndTheTotals() {
        String sku = uniqueCode("BO");
        String store = uniqueCode("BS");
        String warehouse = uniqueCode("BW");
        createSku(sku);
        createLocation(store, "STORE");
        createLocation(warehouse, "WAREHOUSE");
        receive(sku, store, 4);
        receive(sku, warehouse, 40);
        Browser browser = browser().signIn("admin", Api.ADMIN_PASSWORD);

        browser.type("search:sku_input", sku).click("search:find");

        String table = browser.text("search:levels");
        assertTrue(table.contains(store) && table.contains(warehouse), table);
        assertEquals("44", browser.textEndingWith("total-on-hand"), table);
        assertEquals("44", browser.textEndingWith("total-available"), table);
        assertTrue(browser.text("signed-in-user").contains("admin"), "the signed-in user is shown");
    }

    @Test
    void theDashboardIsWhereTheBackOfficeOpensAndItsFiguresAreTheApis() throws Exception {
        String category = uniqueCode("Dashboard");
        String sku = uniqueCode("BD");
        assertEquals(201, Api.post("/api/v1/skus", "{\"code\":\"" + sku + "\",\"name\":\"Dashboard tee\","
                + "\"category\":\"" + category + "\"}").status());
        assertEquals(200, Api.put("/api/v1/skus/" + sku + "/cost", "{\"unitCost\":5.00}").status());
        String store = uniqueCode("BDS");
        createLocation(store, "STORE");
        receive(sku, store, 10);
        AnalyticsIT.tillSale(store, sku, 3, "12.50");
        String filter = "?category=" + category + "&location=" + store;
        JsonObject api = AnalyticsIT.awaitSales(filter, r -> r.getJsonObject("total").getInt("units") == 3)
                .getJsonObject("total");
        Browser browser = browser().signIn(Api.newUser("merchandiser"));

        browser.open("/");
        assertTrue(browser.url().contains("/analytics/dashboard.xhtml"), browser.url());
        browser.open("/analytics/dashboard.xhtml" + filter);

        assertEquals("37.50", api.getJsonNumber("revenue").bigDecimalValue().setScale(2).toPlainString());
        assertEquals("37.50", browser.text("total-revenue"));
        assertEquals("3", browser.text("total-units"));
        String channels = browser.text("tables:channels");
        assertTrue(channels.contains("STORE") && channels.contains("60.0%"), "margin of 7.50 on 12.50: " + channels);
        assertTrue(browser.chartPoints("daysChart") > 0, "the chart of days is drawn with its data");
        String exported = browser.submitForDownload("tables:channels-csv");
        assertTrue(exported.contains("STORE") && exported.contains("37.50"), exported);

        browser.open("/analytics/cover.xhtml" + filter + "&leadTimeDays=30");
        String rows = browser.text("filters:cover");
        assertTrue(rows.contains(sku), rows);
        assertFalse(rows.contains("stock-out risk"), rows);
        assertTrue(rows.contains("70"), "7 available at 3 in 30 days last 70 days: " + rows);
    }

    @Test
    void aMerchandiserAcceptsASuggestedStockMoveWithOneClick() throws Exception {
        String category = uniqueCode("Moves");
        String sku = uniqueCode("BM");
        assertEquals(201, Api.post("/api/v1/skus", "{\"code\":\"" + sku + "\",\"name\":\"Moved tee\","
                + "\"category\":\"" + category + "\"}").status());
        String needy = OrderDesk.location("BMA", "STORE", 52.370, 4.890, null);
        String spare = OrderDesk.location("BMU", "STORE", 52.090, 5.110, null);
        receive(sku, needy, 18);
        receive(sku, spare, 60);
        AnalyticsIT.tillSale(needy, sku, 15, "20.00");
        AnalyticsIT.awaitSales("?category=" + category, r -> r.getJsonObject("total").getInt("units") == 15);
        Browser browser = browser().signIn(Api.newUser("merchandiser"));

        browser.open("/replenishment/moves.xhtml?category=" + category);
        String table = browser.text("moves:suggestions");
        assertTrue(table.contains(sku) && table.contains(spare) && table.contains(needy), table);
        browser.click("moves:suggestions:0:accept");

        String text = browser.pageText();
        assertTrue(text.contains("8 x " + sku + " from " + spare + " to " + needy + " shipped"), text);
        assertTrue(text.contains("No store is about to run out"), "the move is under way, no longer suggested");
        assertEquals(52L, Api.onHand(sku, spare));
    }

    @Test
    void aStoreManagerSeesTheDashboardOfTheirStoreOnly() {
        String own = uniqueCode("BDO");
        String other = uniqueCode("BDX");
        createLocation(own, "STORE");
        createLocation(other, "STORE");
        Browser browser = browser().signIn(Api.newUser("store-manager", own));

        browser.open("/analytics/dashboard.xhtml");
        String locations = browser.optionsOf("filters:location");
        assertTrue(locations.contains(own) && !locations.contains(other), locations);
        browser.open("/analytics/dashboard.xhtml?location=" + other);
        assertTrue(browser.pageText().contains("not at " + other), browser.pageText());
        assertFalse(browser.exists("total-revenue"), "no figures of another store");
    }

    @Test
    void theStockPageShowsALinkableEarlierInstantAsTheLedgerStoodThen() throws Exception {
        String sku = uniqueCode("BO");
        String store = uniqueCode("BS");
        createSku(sku);
        createLocation(store, "STORE");
        receive(sku, store, 6);
        Thread.sleep(20);
        Instant before = Instant.now();
        Thread.sleep(20);
        receive(sku, store, 30);
        Browser browser = browser().signIn("admin", Api.ADMIN_PASSWORD);

        browser.open("/stock/levels.xhtml?sku=" + sku + "&asOf=" + before);

        assertEquals("6", browser.textEndingWith("total-on-hand"), browser.pageText());
        assertTrue(browser.text("search:as-of").contains("As the ledger stood"));
        assertTrue(browser.element("search:share").getDomAttribute("href").contains("asOf="),
                "the view can be shared");
        browser.click("search:now");
        assertEquals("36", browser.textEndingWith("total-on-hand"), browser.pageText());
        assertEquals(Api.get("/api/v1/skus/" + sku + "/stock?asOf=" + before).json().getInt("totalOnHand"), 6,
                "the page and the API agree");
    }

    @Test
    void anUnknownSkuIsSaidSo() {
        Browser browser = browser().signIn(Api.newUser("merchandiser"));

        browser.type("search:sku_input", "NO-SUCH-SKU").click("search:find");

        assertTrue(browser.text("search:messages").contains("No SKU NO-SUCH-SKU"), browser.pageText());
    }

    @Test
    void aStoreManagerAdjustsStockOnTheLedgerPageAndTheBooksStayBalanced() {
        String sku = uniqueCode("BL");
        String store = uniqueCode("BL");
        createSku(sku);
        createLocation(store, "STORE");
        receive(sku, store, 5);
        Browser browser = browser().signIn(Api.newUser("store-manager", store));

        browser.open("/stock/ledger.xhtml?sku=" + sku + "&location=" + store);
        browser.type("ledger:changes:adjust-quantity", "-2").click("ledger:changes:adjust");

        assertEquals("3", browser.text("on-hand"), browser.pageText());
        String movements = browser.text("ledger:movements");
        assertTrue(movements.contains("ADJUSTMENT") && movements.contains("STOCK_COUNT"), movements);
        assertEquals(0, Api.get("/api/v1/stock/reconciliation").json().getJsonArray("mismatches").size(),
                "the books stay balanced");
    }

    @Test
    void aStoreManagerCannotChangeAnotherStoreEvenByPostingTheForm() {
        String sku = uniqueCode("BX");
        String own = uniqueCode("BX");
        String other = uniqueCode("BY");
        createSku(sku);
        createLocation(own, "STORE");
        createLocation(other, "STORE");
        receive(sku, own, 5);
        receive(sku, other, 5);
        Browser browser = browser().signIn(Api.newUser("store-manager", own));

        browser.open("/stock/ledger.xhtml?sku=" + sku + "&location=" + other);

        String shown = browser.pageText();
        assertTrue(shown.contains("acts only at " + own + ", not at " + other), shown);
        assertFalse(browser.exists("ledger:changes:adjust"), "no way to adjust another store");
        browser.open("/stock/reconciliation.xhtml");
        assertTrue(browser.pageText().contains("acts only at some locations"), browser.pageText());
        assertEquals(5L, Api.onHand(sku, other));
    }

    @Test
    void aMerchandiserMayNotAdjustStockNorOpenTheUsersPage() {
        String sku = uniqueCode("BM");
        String store = uniqueCode("BM");
        createSku(sku);
        createLocation(store, "STORE");
        receive(sku, store, 5);
        Browser browser = browser().signIn(Api.newUser("merchandiser"));

        browser.open("/stock/ledger.xhtml?sku=" + sku + "&location=" + store);
        assertEquals("5", browser.text("on-hand"), "it may read the ledger");
        assertFalse(browser.exists("ledger:changes:adjust"), "but not adjust");
        assertEquals(403, browser.status("/account/users.xhtml"));
    }

    @Test
    void anAdminCreatesAnApiClientAndSeesItsSecretOnce() {
        Browser browser = browser().signIn("admin", Api.ADMIN_PASSWORD);
        String clientId = uniqueCode("bo").toLowerCase();

        browser.open("/account/clients.xhtml");
        browser.type("clients:client-id", clientId).type("clients:name", "Back-office test client")
                .click("clients:create");

        String secret = browser.value("clients:secret");
        assertTrue(secret.length() >= 40, browser.pageText());
        assertEquals(200, Api.requestToken(clientId, secret, null).status(), "the secret shown works");
        browser.open("/account/clients.xhtml");
        assertFalse(browser.exists("clients:secret"), "and is not shown again");
        String clientsTable = browser.text("clients:client-table");
        assertTrue(clientsTable.lines().anyMatch(row -> row.contains(clientId) && row.contains("read")), clientsTable);
        String store = uniqueCode("BU");
        createLocation(store, "STORE");
        Api.User manager = Api.newUser("store-manager", store);
        String usersTable = browser.open("/account/users.xhtml").text("users:user-table");
        assertTrue(usersTable.lines().anyMatch(row -> row.contains(manager.username()) && row.contains(store)),
                usersTable);
    }

    @Test
    void aMerchandiserChangesAPriceAndPreviewsABasketWithIt() {
        String sku = uniqueCode("BP");
        String list = uniqueCode("BP");
        createSku(sku);
        assertEquals(201, Api.post("/api/v1/price-lists", "{\"code\":\"" + list + "\",\"name\":\"Back-office "
                + "test\",\"currency\":\"EUR\",\"customerGroup\":\"" + list + "\"}").status());
        Browser browser = browser().signIn(Api.newUser("merchandiser"));

        browser.open("/pricing/price-lists.xhtml?list=" + list);
        browser.type("change:price-sku", sku).type("change:price-amount", "24.50").click("change:record-price");
        String table = browser.text("table:price-table");
        assertTrue(table.contains(sku) && table.contains("24.50") && table.contains("CURRENT"),
                browser.text("change:change-messages") + " / " + table);

        browser.open("/promotion/preview.xhtml");
        browser.type("preview:channel", "").type("preview:group", list).type("preview:lines", sku + " 2")
                .click("preview:price");
        assertEquals("49.00 EUR", browser.textEndingWith("basket-total"), browser.pageText());
    }

    @Test
    void theApiDocumentationNeedsASignInAndShowsEveryBodyAndScope() {
        Browser browser = browser();
        browser.open("/api-docs/openapi.yaml");
        assertTrue(browser.url().contains("/login.xhtml") || browser.exists("j_username"), "sent to sign in first");

        browser.signIn(Api.newUser("merchandiser"));
        String document = browser.body("/api-docs/openapi.yaml");
        assertTrue(document.contains("title: Omnistock API"),
                () -> document.substring(0, Math.min(300, document.length())));
        assertTrue(document.contains("tokenUrl: /api/v1/tokens") && document.contains("stock:write"),
                "the security scheme and its scopes");
        assertTrue(document.contains("StockReceipt:") && document.contains("maximum: 10000000"),
                "the bodies' schemas, with their bounds");

        browser.open("/api-docs/");
        browser.waitFor(".opblock-tag", "Swagger UI draws the operations by tag");
        String ui = browser.pageText();
        assertTrue(ui.contains("Omnistock API") && ui.contains("stock") && ui.contains("catalog"), ui);
    }

    @Test
    void aStoreManagerWorksThroughItsStoresOrdersAndNotAnotherStores() {
        OrderDesk.standardRules();
        String sku = OrderDesk.pricedSku("BW", "15.00");
        String store = OrderDesk.location("BWS", "STORE", 52.36, 4.90, null);
        String other = OrderDesk.location("BWO", "STORE", 52.36, 4.90, null);
        Api.Client shop = OrderDesk.shop(store, other);
        receive(sku, store, 2);
        String number = shop.post("/api/v1/orders", OrderDesk.shippedOrder(uniqueCode("web"), null, "15.00",
                new OrderDesk.Line(sku, 1))).json().getString("number");
        Browser browser = browser().signIn(Api.newUser("store-manager", store));

        browser.open("/fulfilment/work.xhtml?location=" + store);
        String list = browser.text("work:list");
        assertTrue(list.contains(number) && list.contains(sku) && list.contains("SENT"), list);
        browser.clickCss(".step-ACCEPT");

        assertTrue(browser.text("work:list").contains("ACCEPTED"), browser.pageText());
        assertEquals("IN_FULFILMENT", Api.get("/api/v1/orders/" + number).json().getString("status"));
        browser.open("/fulfilment/work.xhtml?location=" + other);
        assertTrue(browser.pageText().contains("acts only at " + store + ", not at " + other), browser.pageText());
        browser.open("/order/order.xhtml?number=" + number);
        String shown = browser.pageText();
        assertTrue(shown.contains("IN_FULFILMENT"), "it reads the order its store works on: " + shown);
        assertFalse(shown.contains("Routing: why"), "other locations' stock is not a store manager's business");
    }

    @Test
    void theOrderPageSaysWhyTheOrderWentWhereItWentAndTheRulesPageReplaysTheWeek() {
        OrderDesk.standardRules();
        String sku = OrderDesk.pricedSku("BR", "15.00");
        String near = OrderDesk.location("BRN", "STORE", 52.36, 4.90, null);
        String far = OrderDesk.location("BRF", "WAREHOUSE", 51.56, 5.09, null);
        receive(sku, near, 2);
        receive(sku, far, 20);
        Api.Client shop = OrderDesk.shop(near, far);
        String number = shop.post("/api/v1/orders", OrderDesk.shippedOrder(uniqueCode("web"), null, "15.00",
                new OrderDesk.Line(sku, 1))).json().getString("number");
        Browser browser = browser().signIn("admin", Api.ADMIN_PASSWORD);

        browser.open("/order/order.xhtml?number=" + number);
        String text = browser.pageText();
        assertTrue(text.contains("allocated to " + near) && text.contains("runner-up " + far), text);
        assertTrue(text.contains("one parcel: chosen: " + near), text);
        assertTrue(browser.text("order:fulfilments").contains(near));

        browser.open("/fulfilment/rules.xhtml");
        assertTrue(browser.text("rules:strategies").contains("one parcel"), browser.pageText());
        browser.click("rules:replay");
        assertTrue(browser.pageText().contains("would go to the same locations"), browser.pageText());
    }

    @Test
    void aStoreManagerFindsACustomerByPhoneAdjustsTheirPointsAndAMerchandiserSeesNoCustomers() {
        String digits = String.valueOf(System.nanoTime() % 90_000_000L + 10_000_000L);
        String number = Api.post("/api/v1/customers", "{\"name\":\"Page Tester\",\"keys\":[{\"kind\":\"PHONE\","
                + "\"value\":\"+316" + digits + "\"}]}").json().getString("number");
        String store = uniqueCode("BC");
        createLocation(store, "STORE");
        Browser browser = browser().signIn(Api.newUser("store-manager", store));

        browser.open("/customer/customers.xhtml?q=06" + digits);
        assertTrue(browser.text("customers:found").contains(number), browser.pageText());
        browser.open("/customer/customer.xhtml?number=" + number);
        assertEquals("0", browser.text("balance"));
        browser.type("customer:points", "250").type("customer:reason", "goodwill: late parcel")
                .click("customer:adjust");

        assertEquals("250", browser.text("balance"), browser.pageText());
        assertTrue(browser.text("customer:timeline").contains("goodwill"));
        assertEquals(250, Api.get("/api/v1/customers/" + number + "/loyalty").json().getInt("balance"));
        assertTrue(browser.chartPoints("pointsChart") > 0, "the points chart is drawn");

        browser.forgetSession();
        browser.signIn(Api.newUser("merchandiser"));
        assertEquals(403, browser.status("/customer/customer.xhtml?number=" + number),
                "personal data is not a merchandiser's");
    }

    @Test
    void anAdminChangesTheLoyaltyTermsOnTheirPageAndAStoreManagerOnlyReadsThem() {
        String before = Api.get("/api/v1/loyalty/terms").body();
        try {
            Browser browser = browser().signIn(Api.newUser("admin"));
            browser.open("/customer/loyalty.xhtml");
            browser.type("loyalty:validDays", "400").click("loyalty:addTier");
            int row = Api.get("/api/v1/loyalty/terms").json().getJsonArray("tiers").size();
            String tier = uniqueCode("GOLD");
            browser.type("loyalty:tiers:" + row + ":code", tier).type("loyalty:tiers:" + row + ":name", "Gold")
                    .type("loyalty:tiers:" + row + ":threshold", "987.65").click("loyalty:save");

            assertTrue(browser.pageText().contains("Terms saved"), browser.pageText());
            String terms = Api.get("/api/v1/loyalty/terms").body();
            assertTrue(terms.contains("\"pointsValidDays\":400") && terms.contains(tier) && terms.contains("987.65"),
                    terms);

            browser.forgetSession();
            String store = uniqueCode("BL");
            createLocation(store, "STORE");
            browser.signIn(Api.newUser("store-manager", store));
            browser.open("/customer/loyalty.xhtml");
            assertTrue(browser.pageText().contains("Tiers"), browser.pageText());
            assertFalse(browser.exists("loyalty:save"), "only an administrator saves terms");
        } finally {
            assertEquals(200, Api.put("/api/v1/loyalty/terms", before).status());
        }
    }

    @Test
    void theForecastOrdersReconciliationAndAccountPagesShowWhatTheyAreFor() throws Exception {
        String category = uniqueCode("Forecast");
        String sku = uniqueCode("BF");
        assertEquals(201, Api.post("/api/v1/skus", "{\"code\":\"" + sku + "\",\"name\":\"Forecast tee\","
                + "\"category\":\"" + category + "\"}").status());
        String store = uniqueCode("BFS");
        createLocation(store, "STORE");
        receive(sku, store, 20);
        AnalyticsIT.tillSale(store, sku, 4, "10.00", Instant.now().minus(java.time.Duration.ofDays(3)));
        AnalyticsIT.awaitSales("?category=" + category, r -> r.getJsonObject("total").getInt("units") == 4);
        OrderDesk.standardRules();
        String ordered = OrderDesk.pricedSku("BFO", "15.00");
        String shopStore = OrderDesk.location("BFO", "STORE", 52.36, 4.90, null);
        receive(ordered, shopStore, 2);
        String number = OrderDesk.shop(shopStore).post("/api/v1/orders", OrderDesk.shippedOrder(uniqueCode("web"),
                null, "15.00", new OrderDesk.Line(ordered, 1))).json().getString("number");
        Api.User user = Api.newUser("admin");
        Browser browser = browser().signIn(user);

        browser.open("/analytics/forecast.xhtml?category=" + category + "&location=" + store);
        assertTrue(browser.text("forecast:rows").contains(sku), browser.pageText());
        assertTrue(browser.chartPoints("chart") > 0, "the forecast is drawn");
        assertTrue(browser.text("forecast:kinds").contains("NONE 1 4 100.0%"), "sold only in the held-out days, "
                + "so nothing forecast them: " + browser.text("forecast:kinds"));
        browser.open("/order/orders.xhtml");
        browser.type("orders:query", number).click("orders:find");
        assertTrue(browser.text("orders:found").contains(number), browser.pageText());
        browser.open("/stock/reconciliation.xhtml");
        assertTrue(browser.text("reconciliation:verdict").startsWith("Balanced"), browser.pageText());

        String changed = "a-new-password-" + uniqueCode("pw");
        browser.open("/account.xhtml");
        browser.type("account:current", user.password()).type("account:new", changed).click("account:change");
        assertTrue(browser.text("account:messages").contains("Your password is changed"), browser.pageText());
        browser.forgetSession();
        browser.signIn(user.username(), changed);
        assertFalse(browser.exists("login-error"), "the new password signs in");
    }

    @Test
    void aWrongPasswordDoesNotGetIn() {
        Browser browser = browser().signIn("admin", "wrong");

        // Waits for the error: the sign-in page may still be posting when signIn returns.
        assertTrue(browser.element("login-error").isDisplayed(), browser.pageText());
    }
}
