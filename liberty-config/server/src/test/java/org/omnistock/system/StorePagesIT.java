package org.omnistock.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.omnistock.system.Api.createLocation;
import static org.omnistock.system.Api.newBarcode;
import static org.omnistock.system.Api.receive;
import static org.omnistock.system.Api.uniqueCode;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The pages store staff use on a handheld, at a phone's size (390 px): goods in, transfers in, a count, order work
 * and a SKU's stock; each fits the screen without sideways scrolling, and takes a scanner's input (the code and
 * Enter) to find the line to receive, count or pick. Each checks what the page shows and what the books say after.
 */
@Tag("browser")
class StorePagesIT {

    @RegisterExtension
    static final BrowserSession SESSION = new BrowserSession();

    private static Browser phone() {
        return SESSION.browser().resize(Browser.PHONE);
    }

    /** A new SKU of the category, with the barcode. */
    private static String skuWithBarcode(String prefix, String category, String barcode) {
        String sku = uniqueCode(prefix);
        assertEquals(201, Api.post("/api/v1/skus", "{\"code\":\"" + sku + "\",\"name\":\"Store page " + prefix
                + "\",\"category\":\"" + category + "\"}").status());
        assertEquals(201, Api.post("/api/v1/skus/" + sku + "/barcodes", "{\"barcode\":\"" + barcode + "\"}")
                .status());
        return sku;
    }

    private static void announce(String sku, String store, long quantity, String reference) {
        Api.Reply announced = Api.post("/api/v1/stock/incoming", "{\"sku\":\"" + sku + "\",\"locationId\":\"" + store
                + "\",\"quantity\":" + quantity + ",\"expectedAt\":\"" + Instant.now().plus(1, ChronoUnit.DAYS)
                + "\",\"reference\":\"" + reference + "\"}");
        assertEquals(201, announced.status(), announced.body());
    }

    @Test
    void aStoreManagerReceivesADeliveryOnAPhoneByScanningAndSeesItsDifferences() {
        String store = uniqueCode("GI");
        createLocation(store, "STORE");
        String teeCode = newBarcode();
        String capCode = newBarcode();
        String tee = skuWithBarcode("GIT", "Tests", teeCode);
        String cap = skuWithBarcode("GIC", "Tests", capCode);
        String delivery = uniqueCode("PO");
        announce(tee, store, 3, delivery);
        announce(cap, store, 2, delivery);
        Browser browser = phone().signIn(Api.newUser("store-manager", store));

        browser.open("/stock/goods-in.xhtml?location=" + store);
        browser.assertFitsWidth("goods in");
        assertTrue(browser.text("goods:expected").contains(delivery), browser.pageText());
        browser.click("goods:expected:0:open");
        browser.scan("goods:scan", teeCode).scan("goods:scan", teeCode);
        assertTrue(browser.existsCss("tr.os-found"), "the line scanned is marked");
        assertTrue(browser.text("goods:messages").contains(tee + ": 2 of 3 counted in"), browser.pageText());
        browser.type("goods:lines:0:counted_input", "3");
        browser.assertFitsWidth("goods in, a delivery open");
        browser.click("goods:receive");

        String said = browser.text("goods:messages");
        assertTrue(said.contains("with differences") && said.contains(tee + " -1") && said.contains(cap + " +1"),
                said);
        assertTrue(browser.text("goods:received").contains(delivery), browser.pageText());
        assertEquals(2L, Api.onHand(tee, store));
        assertEquals(3L, Api.onHand(cap, store));
        JsonObject received = Api.get("/api/v1/deliveries?location=" + store + "&received=true").jsonArray()
                .getJsonObject(0);
        assertEquals(delivery, received.getString("reference"));
        assertTrue(received.getJsonArray("lines").toString().contains("\"difference\":-1"), received.toString());
        assertEquals(0, Api.get("/api/v1/skus/" + tee + "/stock").json().getInt("totalIncoming"),
                "what was announced is no longer incoming");
        Api.Reply again = Api.post("/api/v1/deliveries/" + delivery + "/receipt", "{\"locationId\":\"" + store
                + "\",\"lines\":[{\"sku\":\"" + tee + "\",\"quantity\":2}]}");
        assertEquals(200, again.status(), "the same receipt again changes nothing: " + again.body());
        assertTrue(again.json().getBoolean("replayed"));
        assertEquals(409, Api.post("/api/v1/deliveries/" + delivery + "/receipt", "{\"locationId\":\"" + store
                + "\",\"lines\":[{\"sku\":\"" + tee + "\",\"quantity\":3}]}").status());
        assertEquals(2L, Api.onHand(tee, store));
    }

    @Test
    void anotherStoresDeliveryIsNotAStoreManagersToSeeNorToReceive() {
        String store = uniqueCode("GO");
        String other = uniqueCode("GX");
        createLocation(store, "STORE");
        createLocation(other, "STORE");
        String sku = skuWithBarcode("GIO", "Tests", newBarcode());
        String delivery = uniqueCode("PO");
        announce(sku, other, 5, delivery);
        Browser browser = phone().signIn(Api.newUser("store-manager", store));

        browser.open("/stock/goods-in.xhtml?location=" + other);

        assertTrue(browser.pageText().contains("acts only at " + store + ", not at " + other), browser.pageText());
        assertFalse(browser.pageText().contains(delivery), "another store's delivery is not shown");
        Api.Client till = Api.newClient(store, null, "read", "stock:write");
        assertEquals(403, till.post("/api/v1/deliveries/" + delivery + "/receipt", "{\"locationId\":\"" + other
                + "\",\"lines\":[{\"sku\":\"" + sku + "\",\"quantity\":5}]}").status());
        assertEquals(403, till.get("/api/v1/deliveries?location=" + other).status());
        assertTrue(Api.get("/api/v1/deliveries?location=" + other).body().contains(delivery), "still expected there");
    }

    @Test
    void aTransferArrivesAndIsCountedInByScanningAndTheStoreSendsStockBack() {
        String store = uniqueCode("TS");
        String warehouse = uniqueCode("TW");
        createLocation(store, "STORE");
        createLocation(warehouse, "WAREHOUSE");
        String barcode = newBarcode();
        String sku = skuWithBarcode("TRS", "Tests", barcode);
        receive(sku, warehouse, 10);
        String transfer = uniqueCode("TR");
        assertEquals(201, Api.post("/api/v1/transfers", "{\"reference\":\"" + transfer + "\",\"sku\":\"" + sku
                + "\",\"fromLocationId\":\"" + warehouse + "\",\"toLocationId\":\"" + store + "\",\"quantity\":4,"
                + "\"expectedAt\":\"" + Instant.now().plus(1, ChronoUnit.DAYS) + "\"}").status());
        Browser browser = phone().signIn(Api.newUser("store-manager", store));

        browser.open("/stock/transfers.xhtml?location=" + store);
        browser.assertFitsWidth("transfers");
        assertTrue(browser.text("transfers:incoming").contains(transfer), browser.pageText());
        browser.scan("transfers:scan", barcode).scan("transfers:scan", barcode).scan("transfers:scan", barcode);
        assertTrue(browser.text("transfers:messages").contains("3 of 4"), browser.pageText());
        browser.click("transfers:incoming:0:receive");

        assertTrue(browser.text("transfers:messages").contains("3 x " + sku + " received, 1 short"),
                browser.pageText());
        assertTrue(browser.text("transfers:received").contains(transfer));
        assertEquals(3L, Api.onHand(sku, store));
        assertEquals("RECEIVED", Api.get("/api/v1/transfers/" + transfer).json().getString("status"));

        browser.type("transfers:send-sku", barcode).type("transfers:send-quantity_input", "1")
                .select("transfers:send-to", warehouse).click("transfers:send-go");
        assertTrue(browser.text("transfers:outgoing").contains(warehouse), browser.pageText());
        assertEquals(2L, Api.onHand(sku, store));
        assertEquals(1, Api.get("/api/v1/transfers?location=" + warehouse).jsonArray().size(),
                "the warehouse sees it on its way");
        browser.assertFitsWidth("transfers, after sending");
    }

    @Test
    void aCountSheetShowsItsVariancesAndTheirValueBeforeTheyArePostedAndALineThatMovedIsCountedAgain() {
        String store = uniqueCode("CS");
        createLocation(store, "STORE");
        String category = uniqueCode("Counted");
        String teeCode = newBarcode();
        String tee = skuWithBarcode("CST", category, teeCode);
        String cap = skuWithBarcode("CSC", category, newBarcode());
        assertEquals(200, Api.put("/api/v1/skus/" + tee + "/cost", "{\"unitCost\":10.00}").status());
        receive(tee, store, 5);
        receive(cap, store, 2);
        Browser browser = phone().signIn(Api.newUser("store-manager", store));

        browser.open("/stock/counts.xhtml?location=" + store + "&category=" + category);
        browser.click("counts:start");
        assertTrue(browser.text("counts:lines").contains(tee) && browser.text("counts:lines").contains(cap),
                browser.pageText());
        assertFalse(browser.text("counts:lines").contains(" 5"), "a blind count: the books are not shown");
        for (int i = 0; i < 4; i++) {
            browser.scan("counts:scan", teeCode);
        }
        browser.type("counts:lines:0:counted_input", "2");
        browser.click("counts:review");

        String variances = browser.text("counts:variance-table");
        assertTrue(variances.contains(tee) && variances.contains("-1") && variances.contains("-10.00"), variances);
        assertFalse(variances.contains(cap), "a line that matches the books is no variance: " + variances);
        assertEquals("-10.00", browser.text("variance-value"));
        browser.assertFitsWidth("the count's variances");
        assertEquals(5L, Api.onHand(tee, store), "nothing is posted before it is reviewed and posted");

        assertEquals(201, Api.post("/api/v1/stock/adjustments", "{\"sku\":\"" + cap + "\",\"locationId\":\"" + store
                + "\",\"quantity\":-1,\"reason\":\"DAMAGED\"}").status());
        browser.click("counts:post");

        String said = browser.text("counts:messages");
        assertTrue(said.contains("1 count(s) posted") && said.contains("count them again"), said);
        assertEquals(4L, Api.onHand(tee, store));
        assertEquals(1L, Api.onHand(cap, store), "the line that moved since the sheet was made is not posted");
        assertEquals(0, Api.get("/api/v1/stock/reconciliation").json().getJsonArray("mismatches").size());
    }

    @Test
    void orderWorkAndStockFitAPhoneTheMenuFoldsAwayAndAScanFindsTheOrderToPick() {
        OrderDesk.standardRules();
        String sku = OrderDesk.pricedSku("SPW", "15.00");
        String barcode = newBarcode();
        assertEquals(201, Api.post("/api/v1/skus/" + sku + "/barcodes", "{\"barcode\":\"" + barcode + "\"}")
                .status());
        String store = OrderDesk.location("SPS", "STORE", 52.36, 4.90, null);
        receive(sku, store, 2);
        String number = OrderDesk.shop(store).post("/api/v1/orders", OrderDesk.shippedOrder(uniqueCode("web"), null,
                "15.00", new OrderDesk.Line(sku, 1))).json().getString("number");
        Browser browser = phone().signIn(Api.newUser("store-manager", store));

        browser.open("/fulfilment/work.xhtml?location=" + store);
        browser.assertFitsWidth("order work");
        assertFalse(browser.element("os-nav").isDisplayed(), "the navigation is folded away");
        browser.click("os-menu-button");
        assertTrue(browser.element("os-nav").isDisplayed(), "Menu opens it");
        browser.assertFitsWidth("order work, menu open");
        browser.scan("work:scan", barcode);
        assertTrue(browser.existsCss("tr.os-found"), "the order to pick it for is marked: " + browser.pageText());
        assertTrue(browser.text("work:messages").contains("1 x " + sku), browser.pageText());
        assertTrue(browser.text("work:list").contains(number));
        browser.screenshot("phone-order-work");

        browser.open("/stock/levels.xhtml");
        browser.scan("search:scan", barcode);
        assertEquals("2", browser.text("phone-on-hand"), "the totals come first on a phone: " + browser.pageText());
        browser.assertFitsWidth("a SKU's stock");
        browser.screenshot("phone-stock");
    }
}
