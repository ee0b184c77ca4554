package org.omnistock.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.omnistock.system.Api.uniqueCode;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Orders carry tax (docs/sale-to-cash.md, "orders' tax"): a channel with a tax home has its orders taxed at the rates
 * of where each is delivered (a Dutch and a Belgian address, the same price: other tax), GST split inside the
 * seller's state and IGST between states; the tax is booked when the goods leave (revenue net, tax payable, a
 * numbered invoice) and given back when they return (a numbered credit note); an order that cannot be taxed, or is priced without tax, is refused and nothing is
 * kept; the wrong role cannot make a channel tax.
 */
class OrderTaxIT {

    private static final String BRUSSELS = "\"latitude\":50.846557,\"longitude\":4.351697";
    private static final String AMSTERDAM = "\"latitude\":52.373169,\"longitude\":4.890660";
    private static final String BENGALURU = "\"latitude\":12.971599,\"longitude\":77.594566";
    private static final String MUMBAI = "\"latitude\":19.075983,\"longitude\":72.877655";

    @BeforeAll
    static void rules() {
        TaxIT.rules();
        OrderDesk.standardRules();
    }

    private static String taxedChannel(String warehouse, String country, String region) {
        String channel = OrderDesk.channel(warehouse);
        Api.Reply home = TaxIT.ACCOUNTANT.put("/api/v1/channels/" + channel + "/tax-home", "{\"country\":\"" + country
                + "\"" + (region == null ? "" : ",\"region\":\"" + region + "\"") + "}");
        assertEquals(200, home.status(), home.body());
        Api.Reply placed = TaxIT.ACCOUNTANT.put("/api/v1/locations/" + warehouse + "/tax-place", "{\"country\":\""
                + country + "\"" + (region == null ? "" : ",\"region\":\"" + region + "\"") + "}");
        assertEquals(200, placed.status(), "its warehouse is in the country too, whose text its invoices print: "
                + placed.body());
        return channel;
    }

    private static String sku(String currency, String price, String taxClass, String hsn, boolean withTax) {
        String sku = uniqueCode("OT");
        Api.createSku(sku);
        String list = uniqueCode("OTL");
        assertEquals(201, Api.post("/api/v1/price-lists", "{\"code\":\"" + list + "\",\"name\":\"Order tax\","
                + "\"currency\":\"" + currency + "\"}").status());
        assertEquals(200, Api.post("/api/v1/price-lists/" + list + "/prices", "[{\"sku\":\"" + sku + "\",\"amount\":"
                + price + "}]").status());
        if (!withTax) {
            assertEquals(200, TaxIT.ACCOUNTANT.put("/api/v1/price-lists/" + list + "/tax-basis",
                    "{\"pricesIncludeTax\":false}").status());
        }
        assertEquals(200, TaxIT.ACCOUNTANT.put("/api/v1/skus/" + sku + "/tax", "{\"taxClass\":\"" + taxClass + "\""
                + (hsn == null ? "" : ",\"hsnCode\":\"" + hsn + "\"") + "}").status());
        return sku;
    }

    private static String order(String channel, String currency, String total, String country, String region,
                                String place, String... skus) {
        StringBuilder lines = new StringBuilder();
        for (String sku : skus) {
            lines.append(lines.length() == 0 ? "" : ",").append("{\"sku\":\"").append(sku).append("\",\"quantity\":1}");
        }
        return "{\"externalId\":\"" + uniqueCode("tax") + "\",\"channel\":\"" + channel + "\",\"currency\":\""
                + currency + "\",\"expectedTotal\":" + total + ",\"lines\":[" + lines + "],\"deliveryGroups\":[{"
                + "\"id\":\"home\",\"mode\":\"SHIP\",\"address\":{\"recipient\":\"A. Customer\",\"line1\":\"Main 1\","
                + "\"postalCode\":\"1000\",\"city\":\"City\",\"country\":\"" + country + "\""
                + (region == null ? "" : ",\"region\":\"" + region + "\"") + "," + place + "}}]}";
    }

    private static List<String> taxes(JsonObject order) {
        return order.getJsonArray("taxes").stream().map(JsonValue::asJsonObject).map(t -> t.getString("name") + " "
                + t.getJsonNumber("percent") + "% " + t.getJsonNumber("base") + " " + t.getJsonNumber("tax"))
                .sorted().toList();
    }

    @Test
    void anOrderIsTaxedWhereItIsDeliveredAndItsTaxBookedWhenItShipsAndGivenBackWhenItReturns() throws Exception {
        String warehouse = OrderDesk.location("OTW", "WAREHOUSE", 52.0, 5.0, null);
        String channel = taxedChannel(warehouse, "NL", null);
        String tee = sku("EUR", "24.20", "STANDARD", null, true);
        String book = sku("EUR", "10.90", "REDUCED", null, true);
        Api.receive(tee, warehouse, 5);
        Api.receive(book, warehouse, 5);

        Api.Reply dutch = Api.post("/api/v1/orders", order(channel, "EUR", "35.10", "NL", null, AMSTERDAM, tee, book));
        assertEquals(201, dutch.status(), dutch.body());
        JsonObject placed = dutch.json();
        assertEquals(List.of("BTW hoog 21% 20.00 4.20", "BTW laag 9% 10.00 0.90"), taxes(placed));
        assertEquals(new BigDecimal("5.10"), placed.getJsonNumber("tax").bigDecimalValue());
        assertEquals(new BigDecimal("4.20"), placed.getJsonArray("lines").getJsonObject(0).getJsonNumber("tax")
                .bigDecimalValue());

        Api.Reply belgian = Api.post("/api/v1/orders", order(channel, "EUR", "10.90", "BE", null, BRUSSELS, book));
        assertEquals(201, belgian.status(), belgian.body());
        assertEquals(List.of("BTW 6% 6% 10.28 0.62"), taxes(belgian.json()), "the same book, taxed where it goes");

        Api.Client warehouseSystems = Api.newClient(warehouse, null, "read", "orders:write");
        String fulfilment = placed.getJsonArray("fulfilments").getJsonObject(0).getString("code");
        OrderDesk.report(warehouseSystems, fulfilment, "{\"step\":\"SHIP\",\"carrier\":\"PostNL\","
                + "\"trackingNumber\":\"3STAX1\"}");
        Map<String, BigDecimal> shipped = Api.netLines(Api.journalEntries("fulfilment", fulfilment).get(0));
        assertEquals(new BigDecimal("35.10"), shipped.get("1100@" + warehouse), "owed by the channel: " + shipped);
        assertEquals(new BigDecimal("-30.00"), shipped.get("4000@" + warehouse), "revenue net of tax");
        assertEquals(new BigDecimal("-5.10"), shipped.get("2200@" + warehouse), "tax payable");
        JsonObject invoice = document("fulfilment", fulfilment);
        assertEquals("INVOICE", invoice.getString("kind"));
        assertTrue(invoice.getString("number").matches(warehouse + "-\\d{4}-I\\d{6}"), invoice.toString());
        assertEquals(new BigDecimal("35.10"), invoice.getJsonNumber("gross").bigDecimalValue());
        assertEquals(new BigDecimal("5.10"), invoice.getJsonNumber("tax").bigDecimalValue());
        JsonObject printedInvoice = Api.get("/api/v1/documents/" + invoice.getString("number") + "/receipt").json();
        assertEquals(List.of(tee + " 1 24.20", book + " 1 10.90"), lines(printedInvoice));
        assertEquals(List.of("BTW hoog 21% 20.00 4.20", "BTW laag 9% 10.00 0.90"), taxes(printedInvoice),
                "the invoice's tax by rate, kept with it");
        assertEquals(new BigDecimal("35.10"), printedInvoice.getJsonNumber("total").bigDecimalValue());
        assertEquals(TaxIT.NL_DOCUMENT_TEXT, printedInvoice.getString("legalText"));
        String invoiceText = TaxIT.pdfText(invoice.getString("number"));
        for (String printedText : List.of("Invoice " + invoice.getString("number"), "Shipment " + fulfilment,
                "BTW hoog 21 % 20.00 4.20", "Total 35.10", TaxIT.NL_DOCUMENT_TEXT)) {
            assertTrue(invoiceText.contains(printedText), printedText + " in the PDF: " + invoiceText);
        }

        String number = placed.getString("number");
        Api.Reply authorised = Api.post("/api/v1/orders/" + number + "/returns", "{\"lines\":[{\"lineNo\":1,"
                + "\"quantity\":1,\"reason\":\"too small\"}]}");
        assertEquals(201, authorised.status(), authorised.body());
        String returnNumber = authorised.json().getString("number");
        Api.Reply received = Api.post("/api/v1/returns/" + returnNumber + "/receipt", "{\"locationId\":\""
                + warehouse + "\",\"lines\":[{\"lineNo\":1,\"quantity\":1,\"condition\":\"AVAILABLE\"}]}");
        assertEquals(200, received.status(), received.body());
        Map<String, BigDecimal> back = Api.netLines(Api.journalEntries("return", returnNumber).get(0));
        assertEquals(new BigDecimal("20.00"), back.get("4000@" + warehouse), "revenue back: " + back);
        assertEquals(new BigDecimal("4.20"), back.get("2200@" + warehouse), "its tax back");
        assertEquals(new BigDecimal("-24.20"), back.get("1100@" + warehouse));
        JsonObject creditNote = document("return", returnNumber + "/1");
        assertEquals("CREDIT_NOTE", creditNote.getString("kind"));
        assertTrue(creditNote.getString("number").matches(warehouse + "-\\d{4}-C\\d{6}"), creditNote.toString());
        assertEquals(new BigDecimal("-24.20"), creditNote.getJsonNumber("gross").bigDecimalValue());
        assertEquals(new BigDecimal("-4.20"), creditNote.getJsonNumber("tax").bigDecimalValue());
        JsonObject printedCredit = Api.get("/api/v1/documents/" + creditNote.getString("number") + "/receipt").json();
        assertEquals(List.of(tee + " -1 -24.20"), lines(printedCredit));
        assertEquals("AVAILABLE", printedCredit.getJsonArray("lines").getJsonObject(0).getString("returnCondition"));
        assertEquals(List.of("BTW hoog 21% -20.00 -4.20"), taxes(printedCredit));
        assertTrue(TaxIT.pdfText(creditNote.getString("number")).contains("Return " + returnNumber + "/1"));
        assertEquals(403, Api.newClient(OrderDesk.location("OTX", "WAREHOUSE", 52.0, 5.0, null), null, "read")
                .get("/api/v1/documents/" + creditNote.getString("number") + "/receipt").status(),
                "another location's client");
    }

    @Test
    void theShippingChargeIsInvoicedAndBookedWithTheFirstGoodsAndGivenBackWithTheLast() throws Exception {
        String warehouse = OrderDesk.location("OTS", "WAREHOUSE", 52.0, 5.0, null);
        String channel = taxedChannel(warehouse, "NL", null);
        String tee = sku("EUR", "24.20", "STANDARD", null, true);
        Api.receive(tee, warehouse, 5);
        Api.Reply placed = Api.post("/api/v1/orders", order(channel, "EUR", "30.25", "NL", null, AMSTERDAM, tee)
                .replace("\"lines\"", "\"shipping\":6.05,\"lines\""));
        assertEquals(201, placed.status(), placed.body());
        assertEquals(List.of("BTW hoog 21% 25.00 5.25"), taxes(placed.json()), "the goods' and the shipping's tax");

        String fulfilment = placed.json().getJsonArray("fulfilments").getJsonObject(0).getString("code");
        OrderDesk.report(Api.newClient(warehouse, null, "read", "orders:write"), fulfilment, "{\"step\":\"SHIP\","
                + "\"carrier\":\"PostNL\",\"trackingNumber\":\"3SSHIP\"}");
        Map<String, BigDecimal> shipped = Api.netLines(Api.journalEntries("fulfilment", fulfilment).get(0));
        assertEquals(new BigDecimal("30.25"), shipped.get("1100@" + warehouse), "the channel owes what the customer "
                + "paid, shipping included: " + shipped);
        assertEquals(new BigDecimal("-25.00"), shipped.get("4000@" + warehouse));
        assertEquals(new BigDecimal("-5.25"), shipped.get("2200@" + warehouse));
        JsonObject invoice = Api.get("/api/v1/documents/" + document("fulfilment", fulfilment).getString("number")
                + "/receipt").json();
        assertEquals(List.of(tee + " 1 24.20", "SHIPPING 1 6.05"), lines(invoice));
        assertEquals(List.of("BTW hoog 21% 25.00 5.25"), taxes(invoice));
        assertEquals(new BigDecimal("30.25"), invoice.getJsonNumber("total").bigDecimalValue());

        String returnNumber = Api.post("/api/v1/orders/" + placed.json().getString("number") + "/returns",
                "{\"lines\":[{\"lineNo\":1,\"quantity\":1,\"reason\":\"too small\"}]}").json().getString("number");
        Api.Reply received = Api.post("/api/v1/returns/" + returnNumber + "/receipt", "{\"locationId\":\""
                + warehouse + "\",\"lines\":[{\"lineNo\":1,\"quantity\":1,\"condition\":\"AVAILABLE\"}]}");
        assertEquals(200, received.status(), received.body());
        Map<String, BigDecimal> back = Api.netLines(Api.journalEntries("return", returnNumber).get(0));
        assertEquals(new BigDecimal("-30.25"), back.get("1100@" + warehouse), "the last unit back: shipping too: "
                + back);
        assertEquals(new BigDecimal("25.00"), back.get("4000@" + warehouse));
        assertEquals(new BigDecimal("5.25"), back.get("2200@" + warehouse));
        JsonObject creditNote = Api.get("/api/v1/documents/" + document("return", returnNumber + "/1")
                .getString("number") + "/receipt").json();
        assertEquals(List.of(tee + " -1 -24.20", "SHIPPING -1 -6.05"), lines(creditNote));
        assertEquals(List.of("BTW hoog 21% -25.00 -5.25"), taxes(creditNote));
    }

    /** A printed document's lines: SKU, quantity, amount. */
    private static List<String> lines(JsonObject printed) {
        return printed.getJsonArray("lines").stream().map(JsonValue::asJsonObject).map(l -> l.getString("sku") + " "
                + l.getInt("quantity") + " " + l.getJsonNumber("amount")).toList();
    }

    /** The one numbered document of a source. */
    private static JsonObject document(String sourceType, String sourceId) {
        Api.Reply found = Api.get("/api/v1/documents?sourceType=" + sourceType + "&sourceId="
                + java.net.URLEncoder.encode(sourceId, java.nio.charset.StandardCharsets.UTF_8));
        assertEquals(200, found.status(), found.body());
        assertEquals(1, found.jsonArray().size(), found.body());
        return found.jsonArray().getJsonObject(0);
    }

    @Test
    void gstIsSplitInsideTheSellersStateAndIntegratedBetweenStates() {
        String warehouse = OrderDesk.location("OTI", "WAREHOUSE", 12.97, 77.59, null);
        String channel = taxedChannel(warehouse, "IN", "IN-KA");
        String shirt = sku("INR", "1050.00", "STANDARD", "6109", true);
        Api.receive(shirt, warehouse, 5);

        Api.Reply inside = Api.post("/api/v1/orders", order(channel, "INR", "1050.00", "IN", "IN-KA", BENGALURU,
                shirt));
        assertEquals(201, inside.status(), inside.body());
        assertEquals(List.of("CGST 2.5% 1000.00 25.00", "SGST 2.5% 1000.00 25.00"), taxes(inside.json()));
        String fulfilment = inside.json().getJsonArray("fulfilments").getJsonObject(0).getString("code");
        OrderDesk.report(Api.newClient(warehouse, null, "read", "orders:write"), fulfilment, "{\"step\":\"SHIP\","
                + "\"carrier\":\"Delhivery\",\"trackingNumber\":\"GST1\"}");
        JsonObject invoice = Api.get("/api/v1/documents/" + document("fulfilment", fulfilment).getString("number")
                + "/receipt").json();
        assertEquals(List.of("CGST 2.5% 1000.00 25.00", "SGST 2.5% 1000.00 25.00"), taxes(invoice),
                "the invoice prints each component of the line's tax");
        Api.Reply between = Api.post("/api/v1/orders", order(channel, "INR", "1050.00", "IN", "IN-MH", MUMBAI,
                shirt));
        assertEquals(201, between.status(), between.body());
        assertEquals(List.of("IGST 5% 1000.00 50.00"), taxes(between.json()));
    }

    @Test
    void anOrderThatCannotBeTaxedIsRefusedAndTheWrongRoleCannotMakeAChannelTax() {
        String warehouse = OrderDesk.location("OTR", "WAREHOUSE", 52.0, 5.0, null);
        String channel = taxedChannel(warehouse, "NL", null);
        String tee = sku("EUR", "24.20", "STANDARD", null, true);
        String net = sku("EUR", "20.00", "STANDARD", null, false);
        Api.receive(tee, warehouse, 5);
        Api.receive(net, warehouse, 5);

        Api.Reply german = Api.post("/api/v1/orders", order(channel, "EUR", "24.20", "DE", null,
                "\"latitude\":52.52,\"longitude\":13.40", tee));
        assertEquals(409, german.status(), german.body());
        assertTrue(german.body().contains("tax-rate-missing"), german.body());
        Api.Reply withoutTax = Api.post("/api/v1/orders", order(channel, "EUR", "20.00", "NL", null, AMSTERDAM, net));
        assertEquals(422, withoutTax.status(), withoutTax.body());
        assertTrue(withoutTax.body().contains("prices-without-tax"), withoutTax.body());
        assertEquals(5, OrderDesk.available(tee, warehouse), "nothing was kept");

        Api.Reply untaxed = Api.post("/api/v1/orders", order(OrderDesk.channel(warehouse), "EUR", "24.20", "NL", null,
                AMSTERDAM, tee));
        assertEquals(201, untaxed.status(), untaxed.body());
        assertEquals(List.of(), taxes(untaxed.json()), "a channel without a tax home taxes nothing, as before");

        Api.Client merchandiser = Api.newClient(null, null, "read", "catalog:write");
        assertEquals(403, merchandiser.put("/api/v1/channels/" + channel + "/tax-home", "{\"country\":\"BE\"}")
                .status());
        assertEquals(422, TaxIT.ACCOUNTANT.put("/api/v1/channels/" + channel + "/tax-home", "{\"country\":\"NL\","
                + "\"region\":\"IN-KA\"}").status(), "a region of another country");
    }
}
