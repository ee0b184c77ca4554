package org.omnistock.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.omnistock.system.Api.createLocation;
import static org.omnistock.system.Api.createSku;
import static org.omnistock.system.Api.newBarcode;
import static org.omnistock.system.Api.receive;
import static org.omnistock.system.Api.uniqueCode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The back office's pages for the catalog, locations, channels, promotions, price lists and returns, in headless
 * Chromium: each change made on a page is what the API then says, and a user whose role may not make it is not
 * offered it.
 */
@Tag("browser")
class BackOfficePagesIT {

    @RegisterExtension
    static final BrowserSession SESSION = new BrowserSession();

    private static Browser browser() {
        return SESSION.browser();
    }

    @Test
    void aMerchandiserGivesASkuABarcodeRenamesItAndImportsTheCatalogLineByLine() throws IOException {
        String sku = uniqueCode("CP");
        createSku(sku);
        String barcode = newBarcode();
        Browser browser = browser().signIn(Api.newUser("merchandiser"));

        browser.open("/catalog/skus.xhtml?q=" + sku);
        browser.clickCss("[id$=':0:'] a.os-code, #catalog\\:skus a.os-code");
        browser.type("catalog:new-barcode", barcode).click("catalog:add-barcode");
        assertTrue(browser.text("catalog:barcodes").contains(barcode), browser.pageText());
        browser.type("catalog:edit-name", "Renamed on the page").type("catalog:edit-category", "Page tests")
                .type("catalog:edit-cost_input", "4.25").click("catalog:save");
        assertTrue(browser.text("catalog:messages").contains(sku + " saved"), browser.pageText());
        JsonObject saved = Api.get("/api/v1/barcodes/" + barcode).json();
        assertEquals(sku, saved.getString("code"));
        assertEquals("Renamed on the page", saved.getString("name"));
        assertEquals("Page tests", saved.getString("category"));
        assertEquals(0, new java.math.BigDecimal("4.25").compareTo(saved.getJsonNumber("unitCost").bigDecimalValue()));

        browser.open("/catalog/skus.xhtml");
        browser.scan("catalog:scan", barcode);
        assertTrue(browser.text("catalog:sku").contains("Renamed on the page"), "a scan opens the SKU");

        String fresh = uniqueCode("CPF");
        Path wrong = Files.createTempFile("catalog", ".csv");
        Files.writeString(wrong, "code,name,category,unitCost,barcodes\n" + fresh + ",Imported,Page tests,2.00,\n"
                + "lower case,Bad,,,\n");
        browser.upload("file:upload", wrong).waitForText("file:import-problems", "line 3");
        assertEquals(404, Api.get("/api/v1/skus/" + fresh).status(), "nothing of a wrong file is imported");
        Files.writeString(wrong, "code,name,category,unitCost,barcodes\n" + fresh + ",Imported,Page tests,2.00,\n");
        browser.upload("file:upload", wrong).waitForText("catalog:messages", "1 SKUs created");
        assertEquals("Imported", Api.get("/api/v1/skus/" + fresh).json().getString("name"));
        Files.delete(wrong);
    }

    @Test
    void aStoreManagerReadsTheCatalogAndLocationsButChangesNeither() {
        String store = uniqueCode("CR");
        createLocation(store, "STORE");
        String sku = uniqueCode("CR");
        createSku(sku);
        Browser browser = browser().signIn(Api.newUser("store-manager", store));

        browser.open("/catalog/skus.xhtml?q=" + sku + "&sku=" + sku);
        assertTrue(browser.text("catalog:sku").contains(sku), browser.pageText());
        assertFalse(browser.exists("catalog:save") || browser.exists("catalog:add-barcode")
                || browser.exists("file:upload"), "no change is offered");
        browser.open("/location/locations.xhtml?location=" + store);
        assertTrue(browser.text("locations:location").contains(store), browser.pageText());
        assertFalse(browser.exists("locations:save"), "a store's settings are the merchandisers'");
        assertFalse(browser.pageText().contains("Channels\n"), "no channels in a store manager's menu");
    }

    @Test
    void aMerchandiserSetsWhatALocationDoesForOrdersAndItsPriceZone() {
        String store = uniqueCode("LP");
        createLocation(store, "STORE");
        String zone = uniqueCode("Z");
        Browser browser = browser().signIn(Api.newUser("merchandiser"));

        browser.open("/location/locations.xhtml?location=" + store);
        browser.type("locations:capacity_input", "25").type("locations:accept-hours_input", "0.5")
                .type("locations:price-zone", zone).click("locations:save");

        assertTrue(browser.text("locations:messages").contains(store + " saved"), browser.pageText());
        JsonObject saved = Api.get("/api/v1/locations/" + store).json();
        assertEquals(zone, saved.getString("priceZone"));
        assertEquals(25, saved.getJsonObject("fulfilment").getInt("dailyCapacity"));
        assertEquals("PT30M", saved.getJsonObject("fulfilment").getString("acceptWithin"));
        assertTrue(browser.text("locations:location-table").contains(zone));
    }

    @Test
    void aMerchandiserExcludesACategoryFromAChannelSeesItsFigureAndTakesTheRuleOff() {
        String store = uniqueCode("CH");
        createLocation(store, "STORE");
        String category = uniqueCode("Excluded");
        String sku = uniqueCode("CHS");
        assertEquals(201, Api.post("/api/v1/skus", "{\"code\":\"" + sku + "\",\"name\":\"Channel page\","
                + "\"category\":\"" + category + "\"}").status());
        receive(sku, store, 7);
        String channel = uniqueCode("CHP");
        assertEquals(201, Api.post("/api/v1/channels", "{\"code\":\"" + channel + "\",\"name\":\"Page channel\","
                + "\"type\":\"MARKETPLACE\",\"locationIds\":[\"" + store + "\"]}").status());
        Browser browser = browser().signIn(Api.newUser("merchandiser"));

        browser.open("/channel/channels.xhtml?channel=" + channel);
        browser.select("channels:rule-kind", "EXCLUDE").select("channels:rule-scope", "CATEGORY")
                .type("channels:rule-value", category).click("channels:set-rule");
        assertTrue(browser.text("channels:rules").contains(category), browser.pageText());
        browser.type("channels:sku", sku).click("channels:check");
        assertEquals("excluded", browser.text("sellable-figure"));
        assertTrue(Api.get("/api/v1/channels/" + channel + "/stock/" + sku).json().getBoolean("excluded"),
                "the page and the API are the one rule");

        browser.clickCss("#channels\\:rules button.take-off").clickCss(".ui-confirmdialog-yes");
        assertFalse(browser.text("channels:rules").contains(category), browser.pageText());
        browser.type("channels:sku", sku).click("channels:check");
        assertEquals("7", browser.text("sellable-figure"));
    }

    @Test
    void aMerchandiserChangesAPromotionAndAPriceListsScopeAndAStoreManagerMayDoNeither() {
        String promotion = uniqueCode("PE");
        assertEquals(201, Api.post("/api/v1/promotions", "{\"code\":\"" + promotion + "\",\"name\":\"Page edit\","
                + "\"type\":\"PERCENT_OFF\",\"target\":\"BASKET\",\"percent\":10,\"stacking\":\"COMBINABLE\","
                + "\"couponRequired\":true}")
                .status());
        String list = uniqueCode("PL");
        String zone = uniqueCode("Z");
        assertEquals(201, Api.post("/api/v1/price-lists", "{\"code\":\"" + list + "\",\"name\":\"Scope edit\","
                + "\"currency\":\"EUR\",\"priceZone\":\"" + zone + "\"}").status());
        String sku = uniqueCode("PLS");
        createSku(sku);
        assertEquals(200, Api.post("/api/v1/price-lists/" + list + "/prices", "[{\"sku\":\"" + sku
                + "\",\"amount\":12.00}]").status());
        Browser browser = browser().signIn(Api.newUser("merchandiser"));

        browser.open("/promotion/promotions.xhtml");
        int row = rowOf(browser, "promotions:promotion-table", promotion);
        browser.click("promotions:promotion-table:" + row + ":edit");
        assertEquals(promotion, browser.value("promotions:code"), "the form holds the promotion");
        browser.type("promotions:percent_input", "15").type("promotions:name", "Page edit, more off")
                .click("promotions:create");
        assertTrue(browser.text("promotions:messages").contains(promotion + " changed"), browser.pageText());
        JsonObject changed = Api.get("/api/v1/promotions/" + promotion).json().getJsonObject("rule");
        assertEquals(0, changed.getJsonNumber("percent").bigDecimalValue().compareTo(new java.math.BigDecimal(15)));
        assertEquals("Page edit, more off", changed.getString("name"));

        browser.open("/pricing/price-lists.xhtml?list=" + list);
        String newZone = uniqueCode("Z");
        browser.type("edit:edit-zone", newZone).type("edit:edit-group", "").click("edit:save-list");
        assertTrue(browser.text("edit:edit-messages").contains("went out again"), browser.pageText());
        assertEquals(newZone, Api.get("/api/v1/price-lists/" + list).json().getString("priceZone"));
        assertTrue(browser.text("lists:list-table").contains(newZone));

        browser.forgetSession();
        String store = uniqueCode("PM");
        createLocation(store, "STORE");
        browser.signIn(Api.newUser("store-manager", store));
        browser.open("/promotion/promotions.xhtml");
        assertFalse(browser.existsCss("[id$=':edit']"), "no promotion to change");
        browser.open("/pricing/price-lists.xhtml?list=" + list);
        assertFalse(browser.exists("edit:save-list"), "no price list to change");
        Api.Client storeSystems = Api.newClient(store, null, "read", "stock:write");
        assertEquals(403, storeSystems.put("/api/v1/price-lists/" + list + "/scope", "{\"priceZone\":\"X\"}")
                .status());
    }

    @Test
    void aReturnIsAuthorisedOnThePageAndReceivedAtAnotherStoreWithItsRefund() {
        OrderDesk.standardRules();
        String tee = OrderDesk.pricedSku("RPT", "20.00");
        String warehouse = OrderDesk.location("RPW", "WAREHOUSE", 51.56, 5.09, null);
        String store = OrderDesk.location("RPS", "STORE", 52.09, 5.12, null);
        Api.Client shop = OrderDesk.shop(warehouse);
        Api.Client warehouseSystems = Api.newClient(warehouse, null, "read", "orders:write");
        receive(tee, warehouse, 5);
        JsonObject placed = shop.post("/api/v1/orders", OrderDesk.shippedOrder(uniqueCode("web"), null, "40.00",
                new OrderDesk.Line(tee, 2))).json();
        String number = placed.getString("number");
        String fulfilment = placed.getJsonArray("fulfilments").getJsonObject(0).getString("code");
        OrderDesk.report(warehouseSystems, fulfilment, "{\"step\":\"SHIP\",\"carrier\":\"DHL\",\"trackingNumber\":\"P1\"}");
        OrderDesk.report(warehouseSystems, fulfilment, "{\"step\":\"DELIVER\"}");
        assertEquals(200, shop.post("/api/v1/orders/" + number + "/payments", "{\"kind\":\"CAPTURED\",\"amount\":40.00,"
                + "\"reference\":\"psp-page\"}").status());
        Browser browser = browser().signIn("admin", Api.ADMIN_PASSWORD);

        browser.open("/returns/returns.xhtml");
        browser.type("returns:order-number", number).click("returns:find-order");
        browser.type("returns:order-lines:0:units_input", "1").type("returns:order-lines:0:reason", "too small")
                .click("returns:authorise-go");
        String said = browser.text("returns:messages");
        assertTrue(said.contains("authorised for order " + number), said);
        String returnNumber = said.replaceAll("(?s).*Return (\\S+) authorised.*", "$1");

        browser.forgetSession();
        browser.signIn(Api.newUser("store-manager", store));
        browser.open("/returns/returns.xhtml");
        assertTrue(browser.text("returns:expected").contains(returnNumber), "a store sees the returns expected");
        browser.type("returns:number", returnNumber).click("returns:find");
        browser.select("returns:receipt-lines:0:condition", "QUALITY_CONTROL").click("returns:receive");

        assertTrue(browser.text("returns:messages").contains("RECEIVED") && browser.text("returns:messages")
                .contains("20.00"), browser.pageText());
        assertFalse(browser.text("returns:expected").contains(returnNumber), "no longer expected");
        JsonObject received = Api.get("/api/v1/returns/" + returnNumber).json();
        assertEquals("RECEIVED", received.getString("status"));
        assertEquals(0, new java.math.BigDecimal("20.00").compareTo(received.getJsonNumber("refunded")
                .bigDecimalValue()));
        JsonObject level = Api.get("/api/v1/skus/" + tee + "/stock").json().getJsonArray("levels")
                .getValuesAs(JsonObject.class).stream().filter(l -> l.getString("locationId").equals(store))
                .findFirst().orElseThrow();
        assertEquals(1, level.getInt("qualityControl"), "back on hand at the store, in quality control: " + level);
        assertFalse(browser.exists("returns:authorise-go"));
    }

    @Test
    void anAdminSubscribesAClientToWebhooksSeesItsDeliveriesAndReplaysOne() throws IOException,
            InterruptedException {
        String sku = uniqueCode("WP");
        String store = uniqueCode("WP");
        createSku(sku);
        createLocation(store, "STORE");
        Api.Client shop = Api.newClient(null, null, "read");
        try (WebhookReceiver receiver = new WebhookReceiver()) {
            Browser browser = browser().signIn("admin", Api.ADMIN_PASSWORD);
            browser.open("/webhook/webhooks.xhtml");
            browser.type("webhooks:client-id", shop.id).type("webhooks:url", receiver.url())
                    .type("webhooks:sku", sku).clickCss("label[for='webhooks:topics:0']").click("webhooks:create");
            assertTrue(browser.text("webhooks:messages").contains("created for " + shop.id), browser.pageText());
            receiver.secret(browser.value("webhooks:secret"));
            receive(sku, store, 3);
            long deadline = System.nanoTime() + 20_000_000_000L;
            while (receiver.accepted().isEmpty() && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
            assertEquals(1, receiver.accepted().size(), "the endpoint got the change, signed: " + receiver.received());

            int row = rowOf(browser, "webhooks:subscription-table", receiver.url());
            browser.click("webhooks:subscription-table:" + row + ":deliveries");
            assertTrue(browser.text("webhooks:delivery-table").contains("DELIVERED"), browser.pageText());
            assertTrue(browser.text("webhooks:delivery-table").contains("stock:" + sku + "@" + store));
            browser.click("webhooks:delivery-table:0:attempts");
            assertTrue(browser.text("webhooks:attempt-table").contains("200"), browser.pageText());
            browser.click("webhooks:delivery-table:0:replay");
            assertTrue(browser.text("webhooks:messages").contains("queued again"), browser.pageText());
            deadline = System.nanoTime() + 20_000_000_000L;
            while (receiver.accepted().size() < 2 && System.nanoTime() < deadline) {
                Thread.sleep(100);
            }
            assertEquals(2, receiver.accepted().size(), "the replay arrived");
            assertEquals(receiver.accepted().get(0).getString("id"), receiver.accepted().get(1).getString("id"));
        }
        browser().forgetSession();
        Browser merchandiser = browser().signIn(Api.newUser("merchandiser"));
        assertEquals(403, merchandiser.status("/webhook/webhooks.xhtml"), "webhooks are for admins");
    }

    /** The row of a table whose text holds the value. */
    private static int rowOf(Browser browser, String tableId, String value) {
        var rows = browser.all("[id='" + tableId + "_data'] > tr");
        for (int i = 0; i < rows.size(); i++) {
            if (rows.get(i).getText().contains(value)) {
                return i;
            }
        }
        throw new AssertionError(value + " is not in " + tableId + ": " + browser.text(tableId));
    }

    @Test
    void anAccountantReadsTheTrialBalanceTheEntriesOfADocumentAndWhatStockIsWorth() {
        String sku = uniqueCode("BP");
        String warehouse = uniqueCode("BPW");
        createSku(sku);
        createLocation(warehouse, "WAREHOUSE");
        assertEquals(200, Api.put("/api/v1/skus/" + sku + "/cost", "{\"unitCost\":2.50}").status());
        String delivery = uniqueCode("delivery");
        assertEquals(201, Api.post("/api/v1/stock/receipts", "{\"sku\":\"" + sku + "\",\"locationId\":\""
                + warehouse + "\",\"quantity\":8,\"reference\":\"" + delivery + "\"}").status());
        Browser browser = browser().signIn(Api.newUser("accountant"));

        browser.open("/books/journal.xhtml?location=" + warehouse);
        assertTrue(browser.text("trial").contains("1300"), browser.pageText());
        assertTrue(browser.text("trial").contains("20.00"), "8 units at 2.50: " + browser.text("trial"));
        assertTrue(browser.text("trial").contains("Total 20.00 20.00"), browser.text("trial"));
        browser.clickCss("#entries a[href*='" + delivery + "']");
        assertTrue(browser.pageText().contains("Entries of delivery " + delivery), browser.pageText());
        assertTrue(browser.text("entries").contains("1300 Stock Dr 20.00"), browser.text("entries"));

        browser.open("/books/valuation.xhtml?location=" + warehouse);
        assertTrue(browser.text("positions").contains(sku), browser.pageText());
        assertTrue(browser.text("positions").contains("2.5000"), browser.text("positions"));
        assertTrue(browser.text("value-verdict").startsWith("Balanced"), browser.text("value-verdict"));
        Instant afterDelivery = Instant.now();
        assertEquals(201, Api.post("/api/v1/stock/adjustments", "{\"sku\":\"" + sku + "\",\"locationId\":\""
                + warehouse + "\",\"quantity\":-2,\"reason\":\"DAMAGED\",\"reference\":\"" + uniqueCode("wo")
                + "\"}").status());
        browser.open("/books/valuation.xhtml?location=" + warehouse + "&at=" + afterDelivery);
        assertEquals("20.00", browser.text("total-at"), "8 units at 2.50 then, before 2 were written off");
        assertTrue(browser.text("valued-at").contains(sku + " "), browser.text("valued-at"));
        assertTrue(browser.text("by-location").contains(warehouse + " 8 20.00"), browser.text("by-location"));
        browser.click("filters:now");
        assertTrue(browser.text("positions").contains("15.00"), "6 left now: " + browser.text("positions"));
        browser.open("/stock/reconciliation.xhtml");
        assertTrue(browser.textEndingWith("value-verdict").startsWith("Balanced"),
                "beside the units' reconciliation");

        browser.forgetSession();
        Browser merchandiser = browser().signIn(Api.newUser("merchandiser"));
        assertEquals(403, merchandiser.status("/books/journal.xhtml"), "the books are for who may read them");
        assertFalse(merchandiser.open("/analytics/dashboard.xhtml").pageText().contains("Books"));
    }

    @Test
    void aMerchandiserAddsASupplierAndItsPriceDraftsAnOrderSendsItAndClosesItWhenPartCame() {
        String sku = uniqueCode("PP");
        String warehouse = uniqueCode("PPW");
        String supplier = uniqueCode("PPS");
        createSku(sku);
        createLocation(warehouse, "WAREHOUSE");
        Browser browser = browser().signIn(Api.newUser("merchandiser"));

        browser.open("/purchasing/orders.xhtml");
        browser.type("po:supplier-code", supplier).type("po:supplier-name", "Page supplier")
                .type("po:supplier-over_input", "10").click("po:create-supplier");
        assertTrue(browser.text("po:messages").contains("Supplier " + supplier + " created"), browser.pageText());
        browser.select("po:item-supplier", supplier).type("po:item-sku", sku).type("po:item-price_input", "3.10")
                .type("po:item-pack_input", "10").click("po:set-item");
        assertTrue(browser.text("po:suppliers").contains(sku + " at 3.1000"), browser.text("po:suppliers"));

        browser.select("po:draft-supplier", supplier).type("po:line-sku", sku).select("po:line-location", warehouse)
                .type("po:line-quantity_input", "15").click("po:add-line");
        browser.click("po:draft");
        assertTrue(browser.text("po:messages").contains("drafted: 1 line(s), 62.00 EUR"), browser.text("po:messages"));
        assertTrue(browser.text("po:lines").contains("20"), "15 rounded up to packs of 10: " + browser.text("po:lines"));
        String number = browser.text("po:selected").substring(0, browser.text("po:selected").indexOf(':'));
        browser.click("po:send");
        assertEquals("SENT", browser.text("po:selected-status"));
        assertEquals("SENT", Api.get("/api/v1/purchase-orders/" + number).json().getString("status"));

        assertEquals(200, Api.post("/api/v1/purchase-orders/" + number + "/receipts", "{\"locationId\":\""
                + warehouse + "\",\"lines\":[{\"lineNo\":1,\"quantity\":12}]}").status());
        browser.open("/purchasing/orders.xhtml?number=" + number);
        assertEquals("PARTLY_RECEIVED", browser.text("po:selected-status"));
        browser.click("po:close");
        assertEquals("CLOSED", browser.text("po:selected-status"));
        assertTrue(browser.text("po:trail").contains("8 unit(s) still open no longer expected"),
                browser.text("po:trail"));

        assertFalse(browser.pageText().contains("Record invoice"), "invoices are the accountant's");

        browser.forgetSession();
        Browser accountant = browser().signIn(Api.newUser("accountant"));
        accountant.open("/purchasing/orders.xhtml?number=" + number);
        String invoice = uniqueCode("INV");
        accountant.type("po:invoice-number", invoice).type("po:lines:0:invoice-price_input", "3.20")
                .click("po:record-invoice");
        assertTrue(accountant.text("po:messages").contains("Invoice " + invoice + " recorded: 38.40"),
                accountant.text("po:messages"));
        assertTrue(accountant.text("po:lines").contains("PRICE_DIFFERENCE"), "12 at 3.20 against 3.10 ordered: "
                + accountant.text("po:lines"));
        assertTrue(accountant.text("po:invoices").contains(supplier + "/" + invoice), accountant.text("po:invoices"));
        assertFalse(accountant.pageText().contains("New order"), "ordering is the merchandiser's");
        accountant.type("po:invoice-number", uniqueCode("INV")).click("po:record-invoice");
        assertTrue(accountant.text("po:messages").contains("Nothing to invoice"), "all 12 are invoiced: "
                + accountant.text("po:messages"));
    }
}
