package org.omnistock.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.omnistock.system.Api.get;
import static org.omnistock.system.Api.post;
import static org.omnistock.system.Api.put;
import static org.omnistock.system.Api.uniqueCode;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import jakarta.jms.Connection;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.Session;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.omnistock.messages.Destinations;

/**
 * Tax (docs/sale-to-cash.md) through REST and JMS: the rules kept by whoever may, a basket quoted at a Dutch store,
 * India's GST inside a state and between states, a till's sale posting revenue net of tax and the tax payable, a
 * sale that cannot be taxed dead-lettered with the reason and nothing recorded, bad rules and the wrong role refused.
 */
class TaxIT {

    static final Api.Client ACCOUNTANT = Api.newClient(null, null, "read", "tax:write", "catalog:write");

    static final String NL_DOCUMENT_TEXT = "Omnistock Retail B.V. - BTW NL001234567B01 - KvK 12345678";

    /**
     * The Dutch, Belgian (rounded per invoice) and Indian rules, added once whatever test runs first: rates are never
     * changed, only ended.
     */
    @BeforeAll
    static void rules() {
        JsonObject rules = get("/api/v1/tax/rules").json();
        assertEquals(200, ACCOUNTANT.put("/api/v1/tax/jurisdictions/NL", "{\"scheme\":\"VAT\",\"rounding\":"
                + "\"PER_LINE\",\"documentText\":\"" + NL_DOCUMENT_TEXT + "\"}").status());
        assertEquals(200, ACCOUNTANT.put("/api/v1/tax/jurisdictions/IN", "{\"scheme\":\"GST\",\"rounding\":"
                + "\"PER_LINE\"}").status());
        assertEquals(200, ACCOUNTANT.put("/api/v1/tax/jurisdictions/DE", "{\"scheme\":\"VAT\",\"rounding\":"
                + "\"PER_LINE\"}").status(), "a country that taxes, but has no rates yet");
        assertEquals(200, ACCOUNTANT.put("/api/v1/tax/jurisdictions/BE", "{\"scheme\":\"VAT\",\"rounding\":"
                + "\"PER_INVOICE\"}").status());
        addOnce(rules, "BE", null, "STANDARD", null, "21", "BTW 21%");
        addOnce(rules, "BE", null, "REDUCED", null, "6", "BTW 6%");
        addOnce(rules, "NL", null, "STANDARD", null, "21", "BTW hoog");
        addOnce(rules, "NL", null, "REDUCED", null, "9", "BTW laag");
        addOnce(rules, "IN", null, "STANDARD", null, "18", "GST 18%");
        addOnce(rules, "IN", null, "STANDARD", "6109", "5", "GST 5%");
    }

    private static void addOnce(JsonObject rules, String country, String region, String taxClass, String hsn,
                                String percent, String name) {
        boolean there = rules.getJsonArray("rates").stream().map(JsonValue::asJsonObject).anyMatch(r ->
                r.getString("country").equals(country) && r.getString("taxClass").equals(taxClass)
                        && (hsn == null ? !r.containsKey("hsnPrefix") || r.isNull("hsnPrefix")
                        : hsn.equals(r.getString("hsnPrefix", null))));
        if (!there) {
            Api.Reply added = ACCOUNTANT.post("/api/v1/tax/rates", "{\"country\":\"" + country + "\","
                    + (region == null ? "" : "\"region\":\"" + region + "\",") + "\"taxClass\":\"" + taxClass + "\","
                    + (hsn == null ? "" : "\"hsnPrefix\":\"" + hsn + "\",") + "\"percent\":" + percent + ",\"name\":\""
                    + name + "\",\"validFrom\":\"2019-01-01T00:00:00Z\"}");
            assertEquals(201, added.status(), added.body());
        }
    }

    static String store(String country, String region) {
        String store = uniqueCode("TX");
        Api.createLocation(store, "STORE");
        Api.Reply placed = ACCOUNTANT.put("/api/v1/locations/" + store + "/tax-place", "{\"country\":\"" + country
                + "\"" + (region == null ? "" : ",\"region\":\"" + region + "\"") + "}");
        assertEquals(200, placed.status(), placed.body());
        return store;
    }

    static String sku(String price, String taxClass, String hsn) {
        String sku = OrderDesk.pricedSku("TX", price);
        Api.Reply taxed = ACCOUNTANT.put("/api/v1/skus/" + sku + "/tax", "{\"taxClass\":\"" + taxClass + "\""
                + (hsn == null ? "" : ",\"hsnCode\":\"" + hsn + "\"") + "}");
        assertEquals(200, taxed.status(), taxed.body());
        return sku;
    }

    private static JsonObject quote(String store, String currency, String... skus) {
        StringBuilder lines = new StringBuilder();
        for (String sku : skus) {
            lines.append(lines.length() == 0 ? "" : ",").append("{\"sku\":\"").append(sku).append("\",\"quantity\":1}");
        }
        Api.Reply quoted = post("/api/v1/baskets/price", "{\"currency\":\"" + currency + "\",\"location\":\"" + store
                + "\",\"lines\":[" + lines + "]}");
        assertEquals(200, quoted.status(), quoted.body());
        return quoted.json();
    }

    @Test
    void aBasketAtADutchStoreIncludesVatAtTheStandardAndReducedRates() {
        String store = store("NL", null);
        String tee = sku("12.10", "STANDARD", null);
        String book = sku("10.90", "REDUCED", null);

        JsonObject tax = quote(store, "EUR", tee, book).getJsonObject("tax");

        assertEquals(new BigDecimal("23.00"), tax.getJsonNumber("gross").bigDecimalValue(), tax.toString());
        assertEquals(new BigDecimal("3.00"), tax.getJsonNumber("tax").bigDecimalValue());
        JsonArray summary = tax.getJsonArray("summary");
        assertEquals("BTW hoog", summary.getJsonObject(0).getString("name"));
        assertEquals(new BigDecimal("2.10"), summary.getJsonObject(0).getJsonNumber("tax").bigDecimalValue());
        assertEquals(new BigDecimal("10.00"), summary.getJsonObject(1).getJsonNumber("base").bigDecimalValue());
        String untaxed = uniqueCode("TXN");
        Api.createLocation(untaxed, "STORE");
        JsonObject untaxedQuote = quote(untaxed, "EUR", tee);
        assertTrue(!untaxedQuote.containsKey("tax") || untaxedQuote.isNull("tax"),
                "a store without a country taxes nothing: " + untaxedQuote);
    }

    /**
     * A store in Karnataka sells inside its state: half CGST, half SGST, at the rate of the SKU's HSN code (5 % for
     * 6109, not India's 18 %), on top of a list whose prices are without tax.
     */
    @Test
    void gstInsideTheStateIsSplitAtTheRateOfTheHsnCodeAndAListWithoutTaxAddsItOnTop() {
        String bengaluru = store("IN", "IN-KA");
        String tee = uniqueCode("TXI");
        Api.createSku(tee);
        assertEquals(200, ACCOUNTANT.put("/api/v1/skus/" + tee + "/tax", "{\"taxClass\":\"STANDARD\",\"hsnCode\":"
                + "\"61091000\"}").status());
        String list = uniqueCode("TXL");
        assertEquals(201, post("/api/v1/price-lists", "{\"code\":\"" + list + "\",\"name\":\"Without tax\","
                + "\"currency\":\"INR\"}").status());
        assertEquals(200, post("/api/v1/price-lists/" + list + "/prices", "[{\"sku\":\"" + tee
                + "\",\"amount\":1000.00}]").status());
        assertEquals(403, Api.newClient(null, null, "read", "prices:write").put("/api/v1/price-lists/" + list
                + "/tax-basis", "{\"pricesIncludeTax\":false}").status(), "the tax basis is the accountant's");
        assertEquals(200, ACCOUNTANT.put("/api/v1/price-lists/" + list + "/tax-basis",
                "{\"pricesIncludeTax\":false}").status());

        JsonObject tax = quote(bengaluru, "INR", tee).getJsonObject("tax");

        assertEquals(List.of("CGST", "SGST"), tax.getJsonArray("summary").stream()
                .map(v -> v.asJsonObject().getString("name")).toList(), tax.toString());
        assertEquals(new BigDecimal("25.00"), tax.getJsonArray("summary").getJsonObject(0).getJsonNumber("tax")
                .bigDecimalValue());
        assertEquals(new BigDecimal("1050.00"), tax.getJsonNumber("gross").bigDecimalValue(), "tax on top");
    }

    @Test
    void aTillSalePostsRevenueNetOfTaxAndTheTaxPayable() throws Exception {
        String store = store("NL", null);
        String tee = sku("12.10", "STANDARD", null);
        String book = sku("10.90", "REDUCED", null);
        Api.receive(tee, store, 5);
        Api.receive(book, store, 5);
        String receipt = uniqueCode("R");

        sell(store, receipt, "{\"sku\":\"" + tee + "\",\"quantity\":1,\"unitPrice\":\"12.10\"},{\"sku\":\"" + book
                + "\",\"quantity\":1,\"unitPrice\":\"10.90\"}");

        JsonObject entry = awaitSaleEntry(store, receipt);
        Map<String, BigDecimal> lines = Api.netLines(entry);
        assertEquals(new BigDecimal("-20.00"), lines.get("4000@" + store), "revenue net of tax: " + entry);
        assertEquals(new BigDecimal("-3.00"), lines.get("2200@" + store), "2.10 and 0.90 payable: " + entry);
        assertEquals(new BigDecimal("23.00"), lines.values().stream().filter(v -> v.signum() > 0)
                .reduce(BigDecimal.ZERO, BigDecimal::add), "the takings: " + entry);

        JsonObject printed = numberedReceipt(store, receipt);
        assertTrue(printed.getJsonArray("documents").getJsonObject(0).getString("number")
                .matches(store + "-\\d{4}-T\\d{6}"), printed.toString());
        List<String> taxes = printed.getJsonArray("taxes").stream().map(JsonValue::asJsonObject)
                .map(t -> t.getString("name") + " " + t.getJsonNumber("percent") + "% " + t.getJsonNumber("base")
                        + " " + t.getJsonNumber("tax")).sorted().toList();
        assertEquals(List.of("BTW hoog 21% 10.00 2.10", "BTW laag 9% 10.00 0.90"), taxes);
        assertEquals(new BigDecimal("20.00"), printed.getJsonNumber("net").bigDecimalValue());
        assertEquals(new BigDecimal("23.00"), printed.getJsonNumber("total").bigDecimalValue());
        assertEquals(NL_DOCUMENT_TEXT, printed.getString("legalText"), "what a Dutch document must print");
        assertEquals(404, get("/api/v1/stores/" + store + "/receipts/NO-SUCH").status());

        String number = printed.getJsonArray("documents").getJsonObject(0).getString("number");
        assertEquals(receipt, get("/api/v1/documents/" + number + "/receipt").json().getString("receiptId"),
                "found by the number a tax office reads");
        String text = pdfText(number);
        for (String printedText : List.of("Simplified invoice " + number, "BTW hoog 21 % 10.00 2.10",
                "BTW laag 9 % 10.00 0.90", "Net 20.00", "Total 23.00", NL_DOCUMENT_TEXT)) {
            assertTrue(text.contains(printedText), printedText + " in the PDF: " + text);
        }
        assertEquals(200, Api.ADMIN.download("/api/v1/stores/" + store + "/receipts/" + receipt, "application/pdf")
                .status(), "by store and receipt too");
        assertTrue(Api.ADMIN.get("/api/v1/documents/" + number + "/receipt", "*/*").contentType()
                .startsWith("application/json"), "a caller that accepts anything gets JSON");
        assertEquals(404, Api.ADMIN.download("/api/v1/documents/NO-SUCH/receipt", "application/pdf").status());
        assertEquals(403, Api.newClient(store("NL", null), null, "read").download("/api/v1/documents/" + number
                + "/receipt", "application/pdf").status(), "another store's client");
    }

    /** The text of a numbered document's PDF. */
    static String pdfText(String number) throws IOException {
        Api.Download pdf = Api.ADMIN.download("/api/v1/documents/" + number + "/receipt", "application/pdf");
        assertEquals(200, pdf.status(), new String(pdf.body(), StandardCharsets.UTF_8));
        assertEquals("application/pdf", pdf.contentType());
        try (PDDocument document = Loader.loadPDF(pdf.body())) {
            return new PDFTextStripper().getText(document);
        }
    }

    /** The receipt as printed, once it is recorded and the store's day has numbered it (within a second or so). */
    static JsonObject numberedReceipt(String store, String receipt) {
        long deadline = System.currentTimeMillis() + 15_000;
        while (true) {
            Api.Reply printed = get("/api/v1/stores/" + store + "/receipts/" + receipt);
            if (printed.status() != 404) {
                assertEquals(200, printed.status(), printed.body());
                if (!printed.json().getJsonArray("documents").isEmpty()) {
                    return printed.json();
                }
            }
            assertTrue(System.currentTimeMillis() < deadline, "numbered: " + printed.body());
        }
    }

    @Test
    void aSaleThatCannotBeTaxedIsDeadLetteredWithTheReasonAndChangesNothing() throws JMSException {
        String store = store("DE", null);
        String tee = sku("10.00", "STANDARD", null);
        Api.receive(tee, store, 3);
        assertEquals(409, post("/api/v1/baskets/price", "{\"currency\":\"EUR\",\"location\":\"" + store
                + "\",\"lines\":[{\"sku\":\"" + tee + "\",\"quantity\":1}]}").status(), "no German rate: no price");
        String receipt = uniqueCode("R");

        sell(store, receipt, "{\"sku\":\"" + tee + "\",\"quantity\":1,\"unitPrice\":\"10.00\"}");

        String reason = TendersIT.deadLetterOf(receipt);
        assertTrue(reason.contains("the sale cannot be taxed: no STANDARD rate in DE"), reason);
        assertEquals(3L, Api.onHand(tee, store), "nothing recorded");
        assertTrue(Api.journalEntries("till-receipt", "POS " + store + "/" + receipt).isEmpty());
    }

    @Test
    void badRulesAndTheWrongRoleAreRefused() {
        Api.Client merchandiser = Api.newClient(null, null, "read", "catalog:write", "prices:write");
        assertEquals(403, merchandiser.put("/api/v1/tax/jurisdictions/NL", "{\"scheme\":\"VAT\",\"rounding\":"
                + "\"PER_LINE\"}").status(), "tax is the accountant's");
        String store = uniqueCode("TXW");
        Api.createLocation(store, "STORE");
        assertEquals(403, Api.newClient(store, null, "read", "stock:write").put("/api/v1/locations/" + store
                + "/tax-place", "{\"country\":\"NL\"}").status(), "not even a store's own place");
        Api.Reply tooMuch = ACCOUNTANT.post("/api/v1/tax/rates", "{\"country\":\"NL\",\"taxClass\":\"ZERO\","
                + "\"percent\":150,\"name\":\"Too much\"}");
        assertEquals(422, tooMuch.status(), tooMuch.body());
        assertTrue(tooMuch.body().contains("percent must be 0 to 100"), tooMuch.body());
        Api.Reply overlapping = ACCOUNTANT.post("/api/v1/tax/rates", "{\"country\":\"NL\",\"taxClass\":\"STANDARD\","
                + "\"percent\":19,\"name\":\"BTW\",\"validFrom\":\"2020-01-01T00:00:00Z\"}");
        assertEquals(409, overlapping.status(), "end the rate in force first: " + overlapping.body());
        assertEquals(422, ACCOUNTANT.put("/api/v1/locations/" + store + "/tax-place", "{\"country\":\"NL\","
                + "\"region\":\"IN-KA\"}").status(), "a region of another country");
        assertEquals(422, ACCOUNTANT.put("/api/v1/tax/jurisdictions/NLD", "{\"scheme\":\"VAT\",\"rounding\":"
                + "\"PER_LINE\"}").status(), "a country is two letters");
        assertEquals(400, ACCOUNTANT.put("/api/v1/tax/jurisdictions/FR", "{\"scheme\":\"SALES\",\"rounding\":"
                + "\"PER_LINE\"}").status(), "no such scheme");
    }

    static void sell(String store, String receipt, String lines) throws JMSException {
        try (Connection till = Broker.asStore(Broker.credentialsOf(store), null)) {
            Session session = till.createSession(false, Session.AUTO_ACKNOWLEDGE);
            Message message = session.createTextMessage("{\"schemaVersion\":1,\"storeId\":\"" + store
                    + "\",\"receiptId\":\"" + receipt + "\",\"soldAt\":\"" + Instant.now() + "\",\"lines\":[" + lines
                    + "]}");
            message.setStringProperty("testMarker", receipt);
            session.createProducer(session.createQueue(Destinations.POS_SALES)).send(message);
        }
    }

    /**
     * A store's receipt's revenue entry, once it is recorded (its cost has one of its own when its SKUs have a
     * cost): exactly one.
     */
    static JsonObject awaitSaleEntry(String store, String receipt) throws InterruptedException {
        String reference = "POS " + store + "/" + receipt;
        long deadline = System.currentTimeMillis() + 15_000;
        while (true) {
            List<JsonObject> entries = Api.journalEntries("till-receipt", reference).stream()
                    .filter(e -> e.getString("eventType").equals("SALE")).toList();
            if (!entries.isEmpty() || System.currentTimeMillis() > deadline) {
                assertEquals(1, entries.size(), "the receipt's revenue entry: " + entries);
                return entries.get(0);
            }
            Thread.sleep(100);
        }
    }
}
