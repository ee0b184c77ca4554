package org.omnistock.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.omnistock.system.Api.createLocation;
import static org.omnistock.system.Api.uniqueCode;

import java.util.List;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.WebElement;

/**
 * The back-office pages of sale to cash, in Chromium: a store's till days with the open day's X report and a closed
 * day's Z report; a taxed receipt found by its document number, printable with its tax by rate and downloaded as a
 * PDF; gift cards found by the code a customer hands over, their history, blocked with a reason by the store that
 * sold them, read but not changed by an accountant; the tax rules, a rate added and ended by an accountant, an
 * overlapping one refused, read only by a store manager.
 */
@Tag("browser")
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
        assertEquals("Receipt " + receipt, browser.text("source"));
        String taxes = browser.text("taxes");
        assertTrue(taxes.contains("BTW hoog 21 % 10.00 2.10") && taxes.contains("BTW laag 9 % 10.00 0.90"), taxes);
        assertEquals("23.00", browser.text("total"));
        assertEquals(TaxIT.NL_DOCUMENT_TEXT, browser.text("legal"));
        assertTrue(browser.submitForDownload("download:pdf").startsWith("%PDF-"),
                "the same receipt as a PDF (TaxIT reads its text)");
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

    @Test
    void anAccountantAddsARateAndEndsItOnTheTaxPageAndAStoreManagerOnlyReadsThem() {
        TaxIT.rules();
        String hsn = CustomersIT.uniqueDigits();
        Browser accountant = SESSION.browser().signIn(Api.newUser("accountant"));

        accountant.open("/tax/rules.xhtml");
        assertTrue(accountant.text("countries:jurisdictions").contains(TaxIT.NL_DOCUMENT_TEXT),
                accountant.text("countries:jurisdictions"));
        accountant.type("newRate:country", "NL").select("newRate:taxClass", "REDUCED").type("newRate:hsn", hsn)
                .type("newRate:percent", "9").type("newRate:name", "BTW laag boeken").click("newRate:add");
        accountant.waitForText("ratesForm:rates", hsn);
        assertTrue(accountant.text("messages").contains("BTW laag boeken 9 % added for NL"),
                accountant.text("messages"));
        assertFalse(ended(rateOf(hsn)), "the API has it, open: " + rateOf(hsn));
        accountant.type("newRate:country", "NL").select("newRate:taxClass", "REDUCED").type("newRate:hsn", hsn)
                .type("newRate:percent", "6").type("newRate:name", "BTW laag").click("newRate:add");
        accountant.waitForText("messages", "end it first");
        accountant.screenshot("tax-rules");

        List<WebElement> rows = accountant.all("[id='ratesForm:rates_data'] > tr");
        int row = 0;
        while (!rows.get(row).getText().contains(hsn)) {
            row++;
        }
        accountant.click("ratesForm:rates:" + row + ":end").clickCss(".ui-confirmdialog-yes");
        accountant.waitForText("messages", "ends");
        assertTrue(ended(rateOf(hsn)), "ended: " + rateOf(hsn));

        accountant.forgetSession();
        String store = uniqueCode("TM");
        createLocation(store, "STORE");
        Browser manager = SESSION.browser().signIn(Api.newUser("store-manager", store));
        manager.open("/tax/rules.xhtml");
        assertTrue(manager.text("ratesForm:rates").contains(hsn), "a store manager reads the rates");
        assertFalse(manager.exists("newRate:add") || manager.exists("country:save")
                || manager.exists("ratesForm:rates:" + row + ":end"), "and changes none");
    }

    private static boolean ended(JsonObject rate) {
        return rate.containsKey("validTo") && !rate.isNull("validTo");
    }

    /** The rate of an HSN code as the API shows it. */
    private static JsonObject rateOf(String hsn) {
        return Api.get("/api/v1/tax/rules").json().getJsonArray("rates").stream().map(JsonValue::asJsonObject)
                .filter(r -> hsn.equals(r.getString("hsnPrefix", null))).findFirst().orElseThrow();
    }
}
