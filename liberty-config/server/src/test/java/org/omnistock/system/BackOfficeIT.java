package org.omnistock.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.omnistock.system.Api.createLocation;
import static org.omnistock.system.Api.createSku;
import static org.omnistock.system.Api.receive;
import static org.omnistock.system.Api.uniqueCode;

import java.io.IOException;
import java.net.URL;
import java.time.Instant;

import jakarta.json.JsonObject;

import org.htmlunit.BrowserVersion;
import org.htmlunit.ScriptException;
import org.htmlunit.WebClient;
import org.htmlunit.html.DomNode;
import org.htmlunit.html.HtmlElement;
import org.htmlunit.html.HtmlForm;
import org.htmlunit.html.HtmlInput;
import org.htmlunit.html.HtmlPage;
import org.htmlunit.html.HtmlTextArea;
import org.htmlunit.javascript.SilentJavaScriptErrorListener;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The back office in a headless browser (HtmlUnit, with JavaScript): sign in, find a SKU, read its stock, and the
 * other key pages. The tests check what a page shows after its scripts ran, not whether HtmlUnit's JavaScript engine
 * liked every script: it cannot parse Chart.js (ES2015 classes), and under load it now and then broke inside a
 * PrimeFaces script that works in browsers ("jQuery is not defined", a widget re-initialised by an AJAX update not
 * finding its form). Such errors are printed, not thrown; a page that needed the failed script still fails its
 * test on what it shows. The charts themselves were looked at in Chromium.
 */
class BackOfficeIT {

    private WebClient browser;

    @BeforeEach
    void openBrowser() {
        browser = new WebClient(BrowserVersion.FIREFOX);
        browser.getOptions().setCssEnabled(false);
        browser.getOptions().setThrowExceptionOnScriptError(false);
        browser.setJavaScriptErrorListener(new SilentJavaScriptErrorListener() {
            @Override
            public void scriptException(HtmlPage page, ScriptException e) {
                System.err.println("BackOfficeIT: script error on " + page.getUrl() + ": " + e.getMessage());
            }

            @Override
            public void loadScriptError(HtmlPage page, URL script, Exception e) {
                System.err.println("BackOfficeIT: " + script + " not loaded on " + page.getUrl() + ": " + e);
            }
        });
        browser.getOptions().setThrowExceptionOnFailingStatusCode(false);
        browser.setAjaxController(new org.htmlunit.NicelyResynchronizingAjaxController());
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    @Test
    void theStockPageShowsEveryLocationAndTheTotals() throws IOException {
        String sku = uniqueCode("BO");
        String store = uniqueCode("BS");
        String warehouse = uniqueCode("BW");
        createSku(sku);
        createLocation(store, "STORE");
        createLocation(warehouse, "WAREHOUSE");
        receive(sku, store, 4);
        receive(sku, warehouse, 40);

        HtmlPage stock = signIn("admin", Api.ADMIN_PASSWORD);
        enterSku(stock, sku);
        HtmlPage result = stock.getHtmlElementById("search:find").click();
        browser.waitForBackgroundJavaScript(5_000);

        String table = result.getHtmlElementById("search:levels").asNormalizedText();
        assertTrue(table.contains(store) && table.contains(warehouse), table);
        assertEquals("44", footer(result, "total-on-hand"), table);
        assertEquals("44", footer(result, "total-available"), table);
        assertTrue(result.asNormalizedText().contains("admin"), "the signed-in user is shown");
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

        signIn(Api.newUser("merchandiser"));
        HtmlPage landing = open(Api.BASE + "/");
        assertTrue(landing.getUrl().toString().contains("/analytics/dashboard.xhtml"), landing.getUrl().toString());
        HtmlPage dashboard = open(Api.BASE + "/analytics/dashboard.xhtml" + filter);

        assertEquals("37.50", api.getJsonNumber("revenue").bigDecimalValue().setScale(2).toPlainString());
        assertEquals("37.50", dashboard.getElementById("total-revenue").asNormalizedText());
        assertEquals("3", dashboard.getElementById("total-units").asNormalizedText());
        String channels = dashboard.getElementById("tables:channels").asNormalizedText();
        assertTrue(channels.contains("STORE") && channels.contains("60.0%"), "margin of 7.50 on 12.50: " + channels);
        assertTrue(dashboard.querySelector("[id$='daysChart'] canvas, canvas[id$='daysChart']") != null
                || dashboard.asXml().contains("daysChart"), "the chart of days");
        org.htmlunit.Page csv = dashboard.getHtmlElementById("tables:channels-csv").click();
        String exported = csv.getWebResponse().getContentAsString();
        assertTrue(exported.contains("STORE") && exported.contains("37.50"), exported);

        HtmlPage cover = open(Api.BASE + "/analytics/cover.xhtml" + filter + "&leadTimeDays=30");
        String rows = cover.getElementById("filters:cover").asNormalizedText();
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
        signIn(Api.newUser("merchandiser"));

        HtmlPage moves = open(Api.BASE + "/replenishment/moves.xhtml?category=" + category);
        String table = moves.getElementById("moves:suggestions").asNormalizedText();
        assertTrue(table.contains(sku) && table.contains(spare) && table.contains(needy), table);
        HtmlPage accepted = moves.getHtmlElementById("moves:suggestions:0:accept").click();
        browser.waitForBackgroundJavaScript(5_000);

        String text = accepted.asNormalizedText();
        assertTrue(text.contains("8 x " + sku + " from " + spare + " to " + needy + " shipped"), text);
        assertTrue(text.contains("No store is about to run out"), "the move is under way, no longer suggested");
        assertEquals(52L, Api.onHand(sku, spare));
    }

    @Test
    void aStoreManagerSeesTheDashboardOfTheirStoreOnly() throws IOException {
        String own = uniqueCode("BDO");
        String other = uniqueCode("BDX");
        createLocation(own, "STORE");
        createLocation(other, "STORE");
        signIn(Api.newUser("store-manager", own));

        HtmlPage dashboard = open(Api.BASE + "/analytics/dashboard.xhtml");
        String locations = dashboard.getElementById("filters:location").asXml();
        assertTrue(locations.contains(own) && !locations.contains(other), locations);
        HtmlPage elsewhere = open(Api.BASE + "/analytics/dashboard.xhtml?location=" + other);
        assertTrue(elsewhere.asNormalizedText().contains("not at " + other), elsewhere.asNormalizedText());
        assertTrue(elsewhere.getElementById("total-revenue") == null, "no figures of another store");
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
        signIn("admin", Api.ADMIN_PASSWORD);

        HtmlPage past = open(Api.BASE + "/stock/levels.xhtml?sku=" + sku + "&asOf=" + before);

        assertEquals("6", footer(past, "total-on-hand"), past.asNormalizedText());
        assertTrue(past.getHtmlElementById("search:as-of").asNormalizedText().contains("As the ledger stood"));
        assertTrue(past.getHtmlElementById("search:share").getAttribute("href").contains("asOf="),
                "the view can be shared");
        HtmlPage now = past.getHtmlElementById("search:now").click();
        browser.waitForBackgroundJavaScript(5_000);
        assertEquals("36", footer(now, "total-on-hand"), now.asNormalizedText());
        assertEquals(Api.get("/api/v1/skus/" + sku + "/stock?asOf=" + before).json().getInt("totalOnHand"), 6,
                "the page and the API agree");
    }

    @Test
    void anUnknownSkuIsSaidSo() throws IOException {
        HtmlPage stock = signIn(Api.newUser("merchandiser"));
        enterSku(stock, "NO-SUCH-SKU");
        HtmlPage result = stock.getHtmlElementById("search:find").click();
        browser.waitForBackgroundJavaScript(5_000);

        assertTrue(result.getHtmlElementById("search:messages").asNormalizedText().contains("No SKU NO-SUCH-SKU"));
    }

    @Test
    void aStoreManagerAdjustsStockOnTheLedgerPageAndTheBooksStayBalanced() throws IOException {
        String sku = uniqueCode("BL");
        String store = uniqueCode("BL");
        createSku(sku);
        createLocation(store, "STORE");
        receive(sku, store, 5);
        signIn(Api.newUser("store-manager", store));

        HtmlPage ledger = open(Api.BASE + "/stock/ledger.xhtml?sku=" + sku + "&location=" + store);
        ledger.getHtmlElementById("ledger:changes:adjust-quantity").type("-2");
        HtmlPage adjusted = ledger.getHtmlElementById("ledger:changes:adjust").click();
        browser.waitForBackgroundJavaScript(5_000);

        assertEquals("3", adjusted.getHtmlElementById("on-hand").asNormalizedText().strip(),
                adjusted.asNormalizedText());
        String movements = adjusted.getHtmlElementById("ledger:movements").asNormalizedText();
        assertTrue(movements.contains("ADJUSTMENT") && movements.contains("STOCK_COUNT"), movements);

        assertEquals(0, Api.get("/api/v1/stock/reconciliation").json().getJsonArray("mismatches").size(),
                "the books stay balanced");
    }

    @Test
    void aStoreManagerCannotChangeAnotherStoreEvenByPostingTheForm() throws IOException {
        String sku = uniqueCode("BX");
        String own = uniqueCode("BX");
        String other = uniqueCode("BY");
        createSku(sku);
        createLocation(own, "STORE");
        createLocation(other, "STORE");
        receive(sku, own, 5);
        receive(sku, other, 5);
        signIn(Api.newUser("store-manager", own));

        HtmlPage ledger = open(Api.BASE + "/stock/ledger.xhtml?sku=" + sku + "&location=" + other);

        String shown = ledger.asNormalizedText();
        assertTrue(shown.contains("acts only at " + own + ", not at " + other), shown);
        assertTrue(ledger.getElementById("ledger:changes:adjust") == null, "no way to adjust another store");
        HtmlPage reconciliation = open(Api.BASE + "/stock/reconciliation.xhtml");
        assertTrue(reconciliation.asNormalizedText().contains("acts only at some locations"),
                reconciliation.asNormalizedText());
        assertEquals(5L, Api.onHand(sku, other));
    }

    @Test
    void aMerchandiserMayNotAdjustStockNorOpenTheUsersPage() throws IOException {
        String sku = uniqueCode("BM");
        String store = uniqueCode("BM");
        createSku(sku);
        createLocation(store, "STORE");
        receive(sku, store, 5);
        signIn(Api.newUser("merchandiser"));

        HtmlPage ledger = open(Api.BASE + "/stock/ledger.xhtml?sku=" + sku + "&location=" + store);
        assertEquals("5", ledger.getHtmlElementById("on-hand").asNormalizedText().strip(), "it may read the ledger");
        assertTrue(ledger.getElementById("ledger:changes:adjust") == null, "but not adjust");
        org.htmlunit.Page users = browser.getPage(Api.BASE + "/account/users.xhtml");
        assertEquals(403, users.getWebResponse().getStatusCode());
    }

    @Test
    void anAdminCreatesAnApiClientAndSeesItsSecretOnce() throws IOException {
        signIn("admin", Api.ADMIN_PASSWORD);
        String clientId = uniqueCode("bo").toLowerCase();

        HtmlPage clients = open(Api.BASE + "/account/clients.xhtml");
        clients.getHtmlElementById("clients:client-id").type(clientId);
        clients.getHtmlElementById("clients:name").type("Back-office test client");
        HtmlPage created = clients.getHtmlElementById("clients:create").click();
        browser.waitForBackgroundJavaScript(5_000);

        String secret = created.getHtmlElementById("clients:secret").getAttribute("value");
        assertTrue(secret.length() >= 40, created.asNormalizedText());
        assertEquals(200, Api.requestToken(clientId, secret, null).status(), "the secret shown works");
        HtmlPage again = open(Api.BASE + "/account/clients.xhtml");
        assertTrue(again.getElementById("clients:secret") == null, "and is not shown again");
        String clientsTable = again.getHtmlElementById("clients:client-table").asNormalizedText();
        assertTrue(clientsTable.lines().anyMatch(row -> row.contains(clientId) && row.contains("read")), clientsTable);
        String store = uniqueCode("BU");
        createLocation(store, "STORE");
        Api.User manager = Api.newUser("store-manager", store);
        String usersTable = browser.<HtmlPage>getPage(Api.BASE + "/account/users.xhtml")
                .getHtmlElementById("users:user-table").asNormalizedText();
        assertTrue(usersTable.lines().anyMatch(row -> row.contains(manager.username()) && row.contains(store)),
                usersTable);
    }

    @Test
    void aMerchandiserChangesAPriceAndPreviewsABasketWithIt() throws IOException {
        String sku = uniqueCode("BP");
        String list = uniqueCode("BP");
        createSku(sku);
        assertEquals(201, Api.post("/api/v1/price-lists", "{\"code\":\"" + list + "\",\"name\":\"Back-office "
                + "test\",\"currency\":\"EUR\",\"customerGroup\":\"" + list + "\"}").status());
        signIn(Api.newUser("merchandiser"));

        HtmlPage prices = open(Api.BASE + "/pricing/price-lists.xhtml?list=" + list);
        prices.getHtmlElementById("change:price-sku").type(sku);
        prices.getHtmlElementById("change:price-amount").type("24.50");
        HtmlPage recorded = prices.getHtmlElementById("change:record-price").click();
        browser.waitForBackgroundJavaScript(5_000);
        String table = recorded.getHtmlElementById("table:price-table").asNormalizedText();
        assertTrue(table.contains(sku) && table.contains("24.50") && table.contains("CURRENT"),
                recorded.getHtmlElementById("change:change-messages").asNormalizedText() + " / " + table);

        HtmlPage preview = open(Api.BASE + "/promotion/preview.xhtml");
        preview.getHtmlElementById("preview:channel").setAttribute("value", "");
        preview.getHtmlElementById("preview:group").type(list);
        HtmlTextArea lines = preview.getHtmlElementById("preview:lines");
        lines.setText(sku + " 2");
        HtmlPage priced = preview.getHtmlElementById("preview:price").click();
        browser.waitForBackgroundJavaScript(5_000);
        DomNode total = priced.querySelector("[id$='basket-total']");
        assertTrue(total != null, priced.asNormalizedText());
        assertEquals("49.00 EUR", total.asNormalizedText().strip());
    }

    @Test
    void theApiDocumentationNeedsASignInAndDescribesEveryBodyAndScope() throws IOException {
        org.htmlunit.Page anonymous = browser.getPage(Api.BASE + "/api-docs/openapi.yaml");
        assertTrue(anonymous.getUrl().getPath().endsWith("/login.xhtml"), "sent to sign in first");

        signIn(Api.newUser("merchandiser"));
        String document = browser.getPage(Api.BASE + "/api-docs/openapi.yaml").getWebResponse().getContentAsString();

        assertTrue(document.contains("title: Omnistock API"), document.substring(0, 300));
        assertTrue(document.contains("tokenUrl: /api/v1/tokens") && document.contains("stock:write"),
                "the security scheme and its scopes");
        assertTrue(document.contains("StockReceipt:") && document.contains("maximum: 10000000"),
                "the bodies' schemas, with their bounds");
        // Swagger UI's bundle is more than HtmlUnit's JavaScript runs; the page is read as served.
        browser.getOptions().setJavaScriptEnabled(false);
        String ui = browser.getPage(Api.BASE + "/api-docs/").getWebResponse().getContentAsString();
        assertTrue(ui.contains("SwaggerUIBundle") && !ui.contains("${swagger.ui.version}"), ui);
    }

    @Test
    void aStoreManagerWorksThroughItsStoresOrdersAndNotAnotherStores() throws IOException {
        OrderDesk.standardRules();
        String sku = OrderDesk.pricedSku("BW", "15.00");
        String store = OrderDesk.location("BWS", "STORE", 52.36, 4.90, null);
        String other = OrderDesk.location("BWO", "STORE", 52.36, 4.90, null);
        Api.Client shop = OrderDesk.shop(store, other);
        receive(sku, store, 2);
        String number = shop.post("/api/v1/orders", OrderDesk.shippedOrder(uniqueCode("web"), null, "15.00",
                new OrderDesk.Line(sku, 1))).json().getString("number");
        signIn(Api.newUser("store-manager", store));

        HtmlPage work = open(Api.BASE + "/fulfilment/work.xhtml?location=" + store);
        String list = work.getHtmlElementById("work:list").asNormalizedText();
        assertTrue(list.contains(number) && list.contains(sku) && list.contains("SENT"), list);
        DomNode accept = work.querySelector(".step-ACCEPT");
        assertTrue(accept != null, work.asNormalizedText());
        HtmlPage accepted = ((HtmlElement) accept).click();
        browser.waitForBackgroundJavaScript(5_000);

        assertTrue(accepted.getHtmlElementById("work:list").asNormalizedText().contains("ACCEPTED"),
                accepted.asNormalizedText());
        assertEquals("IN_FULFILMENT", Api.get("/api/v1/orders/" + number).json().getString("status"));
        HtmlPage elsewhere = open(Api.BASE + "/fulfilment/work.xhtml?location=" + other);
        assertTrue(elsewhere.asNormalizedText().contains("acts only at " + store + ", not at " + other),
                elsewhere.asNormalizedText());
        HtmlPage orderPage = open(Api.BASE + "/order/order.xhtml?number=" + number);
        String shown = orderPage.asNormalizedText();
        assertTrue(shown.contains("IN_FULFILMENT"), "it reads the order its store works on: " + shown);
        assertFalse(shown.contains("Routing: why"), "other locations' stock is not a store manager's business");
    }

    @Test
    void theOrderPageSaysWhyTheOrderWentWhereItWentAndTheRulesPageReplaysTheWeek() throws IOException {
        OrderDesk.standardRules();
        String sku = OrderDesk.pricedSku("BR", "15.00");
        String near = OrderDesk.location("BRN", "STORE", 52.36, 4.90, null);
        String far = OrderDesk.location("BRF", "WAREHOUSE", 51.56, 5.09, null);
        receive(sku, near, 2);
        receive(sku, far, 20);
        Api.Client shop = OrderDesk.shop(near, far);
        String number = shop.post("/api/v1/orders", OrderDesk.shippedOrder(uniqueCode("web"), null, "15.00",
                new OrderDesk.Line(sku, 1))).json().getString("number");
        signIn("admin", Api.ADMIN_PASSWORD);

        HtmlPage order = open(Api.BASE + "/order/order.xhtml?number=" + number);
        String text = order.asNormalizedText();
        assertTrue(text.contains("allocated to " + near) && text.contains("runner-up " + far), text);
        assertTrue(text.contains("one parcel: chosen: " + near), text);
        assertTrue(order.getHtmlElementById("order:fulfilments").asNormalizedText().contains(near));

        HtmlPage rules = open(Api.BASE + "/fulfilment/rules.xhtml");
        assertTrue(rules.getHtmlElementById("rules:strategies").asNormalizedText().contains("one parcel"),
                rules.asNormalizedText());
        HtmlPage replayed = rules.getHtmlElementById("rules:replay").click();
        browser.waitForBackgroundJavaScript(10_000);
        assertTrue(replayed.asNormalizedText().contains("would go to the same locations"),
                replayed.asNormalizedText());
    }

    @Test
    void aStoreManagerFindsACustomerByPhoneAdjustsTheirPointsAndAMerchandiserSeesNoCustomers()
            throws IOException {
        String digits = String.valueOf(System.nanoTime() % 90_000_000L + 10_000_000L);
        String number = Api.post("/api/v1/customers", "{\"name\":\"Page Tester\",\"keys\":[{\"kind\":\"PHONE\","
                + "\"value\":\"+316" + digits + "\"}]}").json().getString("number");
        String store = uniqueCode("BC");
        createLocation(store, "STORE");
        signIn(Api.newUser("store-manager", store));

        HtmlPage search = open(Api.BASE + "/customer/customers.xhtml?q=06" + digits);
        assertTrue(search.getHtmlElementById("customers:found").asNormalizedText().contains(number),
                search.asNormalizedText());
        HtmlPage customer = open(Api.BASE + "/customer/customer.xhtml?number=" + number);
        assertEquals("0", customer.getHtmlElementById("balance").asNormalizedText().strip());
        HtmlForm form = customer.getHtmlElementById("customer");
        form.getInputByName("customer:points").type("250");
        form.getInputByName("customer:reason").type("goodwill: late parcel");
        HtmlPage adjusted = customer.getHtmlElementById("customer:adjust").click();
        browser.waitForBackgroundJavaScript(10_000);
        assertEquals("250", adjusted.getHtmlElementById("balance").asNormalizedText().strip(),
                adjusted.asNormalizedText());
        assertTrue(adjusted.getHtmlElementById("customer:timeline").asNormalizedText().contains("goodwill"));
        assertEquals(250, Api.get("/api/v1/customers/" + number + "/loyalty").json().getInt("balance"));
        assertTrue(adjusted.asXml().contains("Earned") && adjusted.asXml().contains("Redeemed"),
                "the points chart is configured");

        browser.getCookieManager().clearCookies();
        signIn(Api.newUser("merchandiser"));
        org.htmlunit.Page forbidden = browser.getPage(Api.BASE + "/customer/customer.xhtml?number=" + number);
        assertEquals(403, forbidden.getWebResponse().getStatusCode(), "personal data is not a merchandiser's");
    }

    @Test
    void anAdminChangesTheLoyaltyTermsOnTheirPageAndAStoreManagerOnlyReadsThem() throws IOException {
        String before = Api.get("/api/v1/loyalty/terms").body();
        try {
            signIn(Api.newUser("admin"));
            HtmlPage page = open(Api.BASE + "/customer/loyalty.xhtml");
            HtmlForm form = page.getHtmlElementById("loyalty");
            form.getInputByName("loyalty:validDays").setValue("400");
            page = page.getHtmlElementById("loyalty:addTier").click();
            browser.waitForBackgroundJavaScript(10_000);
            form = page.getHtmlElementById("loyalty");
            int row = Api.get("/api/v1/loyalty/terms").json().getJsonArray("tiers").size();
            String tier = uniqueCode("GOLD");
            form.getInputByName("loyalty:tiers:" + row + ":code").setValue(tier);
            form.getInputByName("loyalty:tiers:" + row + ":name").setValue("Gold");
            form.getInputByName("loyalty:tiers:" + row + ":threshold").setValue("987.65");
            HtmlPage saved = page.getHtmlElementById("loyalty:save").click();
            browser.waitForBackgroundJavaScript(10_000);

            assertTrue(saved.asNormalizedText().contains("Terms saved"), saved.asNormalizedText());
            String terms = Api.get("/api/v1/loyalty/terms").body();
            assertTrue(terms.contains("\"pointsValidDays\":400") && terms.contains(tier) && terms.contains("987.65"),
                    terms);

            browser.getCookieManager().clearCookies();
            String store = uniqueCode("BL");
            createLocation(store, "STORE");
            signIn(Api.newUser("store-manager", store));
            HtmlPage readOnly = open(Api.BASE + "/customer/loyalty.xhtml");
            assertTrue(readOnly.asNormalizedText().contains("Tiers"), readOnly.asNormalizedText());
            assertTrue(readOnly.getElementById("loyalty:save") == null, "only an administrator saves terms");
        } finally {
            assertEquals(200, Api.put("/api/v1/loyalty/terms", before).status());
        }
    }

    @Test
    void aWrongPasswordDoesNotGetIn() throws IOException {
        HtmlPage page = signIn("admin", "wrong");

        assertTrue(page.getElementById("login-error") != null, page.asNormalizedText());
    }

    /**
     * Opens a back-office page, loaded again once (its scripts fetched anew) if PrimeFaces' scripts did not get
     * running on it: now and then, under load, HtmlUnit ran a PrimeFaces script before the jQuery it needs. A page
     * whose scripts fail twice fails the test.
     */
    private HtmlPage open(String url) throws IOException {
        HtmlPage page = browser.getPage(url);
        if (primeFacesRuns(page)) {
            return page;
        }
        browser.getCache().clear();
        HtmlPage again = browser.getPage(url);
        browser.waitForBackgroundJavaScript(5_000);
        assertTrue(primeFacesRuns(again), "PrimeFaces' scripts do not run on " + url);
        return again;
    }

    /**
     * Puts a SKU code in the stock page's autocomplete as a whole, not key by key: typed into it, the test failed
     * once in CI inside PrimeFaces' key handler, which saw the suggestion panel open before it had items ("Cannot
     * call method filter of undefined"), HtmlUnit's background thread having answered a search while the test's
     * thread went on typing. These tests are about what the page shows for a SKU, not about suggestions.
     */
    private static void enterSku(HtmlPage page, String code) {
        page.<HtmlInput>getHtmlElementById("search:sku_input").setValue(code);
    }

    private static boolean primeFacesRuns(HtmlPage page) {
        return !"undefined".equals(String.valueOf(page.executeJavaScript("typeof PrimeFaces").getJavaScriptResult()));
    }

    /** A total in the table's footer, found by the end of its client id. */
    private static String footer(HtmlPage page, String id) {
        org.htmlunit.html.DomNode total = page.querySelector("[id$='" + id + "']");
        assertTrue(total != null, "no footer " + id + " in " + page.asXml());
        return total.asNormalizedText().strip();
    }

    private HtmlPage signIn(Api.User user) throws IOException {
        return signIn(user.username(), user.password());
    }

    private HtmlPage signIn(String user, String password) throws IOException {
        HtmlPage login = browser.getPage(Api.BASE + "/stock/levels.xhtml");
        HtmlForm form = login.getHtmlElementById("j_username").getEnclosingForm();
        form.getInputByName("j_username").type(user);
        form.getInputByName("j_password").type(password);
        HtmlElement signIn = login.getHtmlElementById("sign-in");
        return signIn.click();
    }
}
