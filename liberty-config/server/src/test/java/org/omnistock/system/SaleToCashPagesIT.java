package org.omnistock.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.omnistock.system.Api.createLocation;
import static org.omnistock.system.Api.uniqueCode;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The back-office pages of sale to cash, in Chromium: a store's till days with the open day's X report and a closed
 * day's Z report; a taxed receipt found by its document number, printable with its tax by rate; gift cards found by the code a customer hands over, their history, blocked with a reason by the
 * store that sold them, read but not changed by an accountant.
 */
class SaleToCashPagesIT {

    @RegisterExtension
    static final BrowserSession SESSION = new BrowserSession();

    private static JsonObject sellCard(Api.Client till, String store, String amount) {
        Api.Reply issued = till.post("/api/v1/gift-cards", "{\"amount\":" + amount + ",\"location\":\"" + store
                + "\",\"reference\":\"" + uniqueCode("G") + "\",\"paidWith\":\"CASH\"}");
        assertEquals(201, issued.status(), issued.body());
        return issued.json();
    }

    @Test
    void aStoreManagerSeesTheOpenDaysXReportAndTheClosedDaysZReport() throws InterruptedException {
        String store = uniqueCode("PD");
        createLocation(store, "STORE");
        Api.Client till = Api.newClient(store, null, "read", "stored-value:write", "till:days");
        assertEquals(201, till.post("/api/v1/stores/" + store + "/days", "{\"openingFloat\":100.00}").status());
        sellCard(till, store, "25.00");
        Browser browser = SESSION.browser().signIn(Api.newUser("store-manager", store));

        browser.open("/tillday/days.xhtml?store=" + store);
        assertTrue(browser.pageText().contains("X report (day open)"), browser.pageText());
        assertEquals("1", browser.text("receipts"), "the card sold is folded into the day first");
        assertEquals("125.00", browser.text("expected"), "float and the cash the card was paid with");
        assertTrue(browser.text("tenders").contains("CASH"), browser.text("tenders"));
        browser.screenshot("till-day-x-report");

        Api.Reply closed = till.post("/api/v1/stores/" + store + "/days/current/close",
                "{\"countedCash\":120.00,\"reason\":\"five euros given as change twice\"}");
        assertEquals(200, closed.status(), closed.body());
        browser.open("/tillday/days.xhtml?store=" + store);
        assertTrue(browser.pageText().contains("Z report"), browser.pageText());
        assertTrue(browser.pageText().contains("difference -5.00 (five euros given as change twice)"),
                browser.pageText());
        assertTrue(browser.text("days").contains("CLOSED"), browser.text("days"));
        browser.screenshot("till-day-z-report");

        String other = uniqueCode("PX");
        createLocation(other, "STORE");
        browser.open("/tillday/days.xhtml?store=" + other);
        assertTrue(browser.pageText().contains("acts only at " + store + ", not at " + other), browser.pageText());
    }

    @Test
    void aTaxedReceiptIsFoundByItsDocumentNumberAndPrintsItsTaxByRateAndTheCountrysText() throws Exception {
        TaxIT.rules();
        String store = TaxIT.store("NL", null);
        String tee = TaxIT.sku("12.10", "STANDARD", null);
        String book = TaxIT.sku("10.90", "REDUCED", null);
        Api.receive(tee, store, 5);
        Api.receive(book, store, 5);
        String receipt = uniqueCode("R");
        TaxIT.sell(store, receipt, "{\"sku\":\"" + tee + "\",\"quantity\":1,\"unitPrice\":\"12.10\"},{\"sku\":\""
                + book + "\",\"quantity\":1,\"unitPrice\":\"10.90\"}");
        String number = TaxIT.numberedReceipt(store, receipt).getJsonArray("documents").getJsonObject(0)
                .getString("number");
        Browser browser = SESSION.browser().signIn(Api.newUser("store-manager", store));

        browser.open("/sale/receipt.xhtml?document=" + number);
        assertEquals(number, browser.text("number"), browser.pageText());
        assertEquals("Simplified invoice", browser.text("kind"));
        String taxes = browser.text("taxes");
        assertTrue(taxes.contains("BTW hoog 21 % 10.00 2.10") && taxes.contains("BTW laag 9 % 10.00 0.90"), taxes);
        assertEquals("23.00", browser.text("total"));
        assertEquals(TaxIT.NL_DOCUMENT_TEXT, browser.text("legal"));
        browser.screenshot("receipt-printable");
    }

    @Test
    void aCardIsFoundByItsCodeAndBlockedByTheStoreThatSoldItAndOnlyReadByAnAccountant() {
        String store = uniqueCode("PG");
        createLocation(store, "STORE");
        Api.Client till = Api.newClient(store, null, "read", "stored-value:write");
        JsonObject sold = sellCard(till, store, "40.00");
        String code = sold.getString("code");
        long id = sold.getJsonObject("card").getJsonNumber("id").longValue();
        String other = uniqueCode("PY");
        createLocation(other, "STORE");
        String othersCard = sellCard(Api.newClient(other, null, "read", "stored-value:write"), other, "15.00")
                .getJsonObject("card").getString("lastFour");
        Browser browser = SESSION.browser().signIn(Api.newUser("store-manager", store));

        browser.open("/storedvalue/gift-cards.xhtml");
        assertTrue(browser.text("cards").contains(sold.getJsonObject("card").getString("lastFour")),
                browser.text("cards"));
        assertFalse(browser.text("cards").contains(othersCard), "cards sold at another store are not listed");
        browser.type("find:code", code.toLowerCase()).click("find:check");
        assertEquals("40.00", browser.text("balance"), browser.pageText());
        assertTrue(browser.text("history").contains("ISSUE"), browser.text("history"));
        assertFalse(browser.pageSource().contains(code), "the code is not shown back");
        browser.type("change:reason", "reported stolen").click("change:block");
        browser.waitForText("state", "BLOCKED").waitForText("cards", "BLOCKED");
        assertTrue(browser.text("history").contains("reported stolen"), browser.text("history"));
        browser.screenshot("gift-card-blocked");

        browser.forgetSession();
        Browser accountant = SESSION.browser().signIn(Api.newUser("accountant"));
        accountant.open("/storedvalue/gift-cards.xhtml?card=" + id);
        assertEquals("BLOCKED", accountant.text("state"));
        assertFalse(accountant.exists("change:block") || accountant.exists("change:unblock"),
                "an accountant reads cards, does not change them");
        assertEquals(403, accountant.status("/tillday/days.xhtml"), "nor runs till days");
    }
}
