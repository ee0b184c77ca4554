package org.omnistock.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.omnistock.system.Api.createLocation;
import static org.omnistock.system.Api.createSku;
import static org.omnistock.system.Api.receive;
import static org.omnistock.system.Api.uniqueCode;

import java.io.IOException;

import org.htmlunit.BrowserVersion;
import org.htmlunit.WebClient;
import org.htmlunit.html.DomNode;
import org.htmlunit.html.HtmlElement;
import org.htmlunit.html.HtmlForm;
import org.htmlunit.html.HtmlPage;
import org.htmlunit.html.HtmlTextArea;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The back office in a headless browser (HtmlUnit, with JavaScript): sign in, find a SKU, read its stock. */
class BackOfficeIT {

    private WebClient browser;

    @BeforeEach
    void openBrowser() {
        browser = new WebClient(BrowserVersion.FIREFOX);
        browser.getOptions().setCssEnabled(false);
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

        HtmlPage stock = signIn("admin", "admin");
        stock.getHtmlElementById("search:sku_input").type(sku);
        HtmlPage result = stock.getHtmlElementById("search:find").click();
        browser.waitForBackgroundJavaScript(5_000);

        String table = result.getHtmlElementById("search:levels").asNormalizedText();
        assertTrue(table.contains(store) && table.contains(warehouse), table);
        assertEquals("44", footer(result, "total-on-hand"), table);
        assertEquals("44", footer(result, "total-available"), table);
        assertTrue(result.asNormalizedText().contains("admin"), "the signed-in user is shown");
    }

    @Test
    void anUnknownSkuIsSaidSo() throws IOException {
        HtmlPage stock = signIn("merchandiser", "merchandiser");
        stock.getHtmlElementById("search:sku_input").type("NO-SUCH-SKU");
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
        signIn("manager", "manager");

        HtmlPage ledger = browser.getPage(Api.BASE + "/stock/ledger.xhtml?sku=" + sku + "&location=" + store);
        ledger.getHtmlElementById("ledger:changes:adjust-quantity").type("-2");
        HtmlPage adjusted = ledger.getHtmlElementById("ledger:changes:adjust").click();
        browser.waitForBackgroundJavaScript(5_000);

        assertEquals("3", adjusted.getHtmlElementById("on-hand").asNormalizedText().strip(),
                adjusted.asNormalizedText());
        String movements = adjusted.getHtmlElementById("ledger:movements").asNormalizedText();
        assertTrue(movements.contains("ADJUSTMENT") && movements.contains("STOCK_COUNT"), movements);

        HtmlPage reconciliation = browser.getPage(Api.BASE + "/stock/reconciliation.xhtml");
        String verdict = reconciliation.getHtmlElementById("reconciliation:verdict").asNormalizedText();
        assertTrue(verdict.startsWith("Balanced"), verdict);
    }

    @Test
    void aMerchandiserChangesAPriceAndPreviewsABasketWithIt() throws IOException {
        String sku = uniqueCode("BP");
        String list = uniqueCode("BP");
        createSku(sku);
        assertEquals(201, Api.post("/api/v1/price-lists", "{\"code\":\"" + list + "\",\"name\":\"Back-office "
                + "test\",\"currency\":\"EUR\",\"customerGroup\":\"" + list + "\"}").status());
        signIn("merchandiser", "merchandiser");

        HtmlPage prices = browser.getPage(Api.BASE + "/pricing/price-lists.xhtml?list=" + list);
        prices.getHtmlElementById("change:price-sku").type(sku);
        prices.getHtmlElementById("change:price-amount").type("24.50");
        HtmlPage recorded = prices.getHtmlElementById("change:record-price").click();
        browser.waitForBackgroundJavaScript(5_000);
        String table = recorded.getHtmlElementById("table:price-table").asNormalizedText();
        assertTrue(table.contains(sku) && table.contains("24.50") && table.contains("CURRENT"),
                recorded.getHtmlElementById("change:change-messages").asNormalizedText() + " / " + table);

        HtmlPage preview = browser.getPage(Api.BASE + "/promotion/preview.xhtml");
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
    void aWrongPasswordDoesNotGetIn() throws IOException {
        HtmlPage page = signIn("admin", "wrong");

        assertTrue(page.getElementById("login-error") != null, page.asNormalizedText());
    }

    /** A total in the table's footer, found by the end of its client id. */
    private static String footer(HtmlPage page, String id) {
        org.htmlunit.html.DomNode total = page.querySelector("[id$='" + id + "']");
        assertTrue(total != null, "no footer " + id + " in " + page.asXml());
        return total.asNormalizedText().strip();
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
