package org.omnistock.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.omnistock.system.Api.createLocation;
import static org.omnistock.system.Api.createSku;
import static org.omnistock.system.Api.get;
import static org.omnistock.system.Api.post;
import static org.omnistock.system.Api.uniqueCode;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import jakarta.jms.Connection;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.Session;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.omnistock.messages.Destinations;
import org.omnistock.messages.Headers;

/**
 * Buying from a supplier, from outside: a purchase order's life from draft to received and closed, with a short
 * delivery, damaged goods and one beyond the supplier's tolerance, valued at the order's price in the books.
 */
class PurchasingIT {

    private String sku;
    private String warehouse;
    private String store;
    private String supplier;
    private Api.Client buyer;

    @BeforeEach
    void aSupplierOfOneSku() {
        sku = uniqueCode("PU");
        warehouse = uniqueCode("PW");
        store = uniqueCode("PS");
        supplier = uniqueCode("SUP");
        createSku(sku);
        createLocation(warehouse, "WAREHOUSE");
        createLocation(store, "STORE");
        assertEquals(200, Api.put("/api/v1/skus/" + sku + "/cost", "{\"unitCost\":4.00}").status());
        buyer = Api.newClient(null, null, "read", "purchasing:read", "purchasing:write");
        Api.Reply created = buyer.post("/api/v1/suppliers", "{\"code\":\"" + supplier + "\",\"name\":\"Wool & Co\","
                + "\"leadTimeDays\":5,\"paymentTermsDays\":30,\"overPercent\":10,\"priceTolerancePercent\":2}");
        assertEquals(201, created.status(), created.body());
        Api.Reply item = buyer.put("/api/v1/suppliers/" + supplier + "/items", "{\"sku\":\"" + sku
                + "\",\"supplierCode\":\"W-1\",\"unitPrice\":5.25,\"packSize\":6,\"minimumQuantity\":12}");
        assertEquals(200, item.status(), item.body());
    }

    @Test
    void anOrderIsSentReceivedShortWithDamageThenBeyondToleranceWithTheRightAndAReason() {
        Api.Reply twice = buyer.post("/api/v1/purchase-orders", order(20, 20));
        assertEquals(422, twice.status(), "one line per SKU and location: " + twice.body());
        Api.Reply drafted = buyer.post("/api/v1/purchase-orders", order(20));
        assertEquals(201, drafted.status(), drafted.body());
        JsonObject draft = drafted.json();
        String number = draft.getString("number");
        assertTrue(number.matches("PO-\\d{4}-\\d{6}"), number);
        JsonObject line = draft.getJsonArray("lines").getJsonObject(0);
        assertEquals(24, line.getInt("quantity"), "20 rounded up to whole packs of 6");
        assertEquals(new BigDecimal("5.2500"), line.getJsonNumber("unitPrice").bigDecimalValue());
        assertEquals(new BigDecimal("126.00"), draft.getJsonNumber("total").bigDecimalValue());
        assertEquals(null, Api.onHand(sku, warehouse), "a draft announces nothing: no stock level at all");

        assertEquals("SENT", buyer.post("/api/v1/purchase-orders/" + number + "/send", "").json()
                .getString("status"));
        assertEquals(24, level(warehouse).getInt("incoming"));

        Api.Client storeStaff = Api.newClient(store, null, "read", "stock:write", "purchasing:read");
        assertEquals(403, storeStaff.post("/api/v1/purchase-orders/" + number + "/receipts",
                receipt(10, 0, null)).status(), "a store receives only at itself");
        assertEquals(404, storeStaff.get("/api/v1/purchase-orders/" + number).status(),
                "an order for another location is not the store's to see");
        assertEquals(403, buyer.post("/api/v1/purchase-orders/" + number + "/receipts", receipt(10, 0, null))
                .status(), "a buyer does not change stock");

        Api.Client goodsIn = Api.newClient(warehouse, null, "read", "stock:write", "purchasing:read");
        Api.Reply part = goodsIn.post("/api/v1/purchase-orders/" + number + "/receipts", receipt(10, 2, null));
        assertEquals(200, part.status(), part.body());
        assertEquals("PARTLY_RECEIVED", part.json().getString("status"));
        JsonObject afterPart = level(warehouse);
        assertEquals(10, afterPart.getInt("onHand"));
        assertEquals(2, afterPart.getInt("damaged"));
        assertEquals(14, afterPart.getInt("incoming"), "what did not come is still expected");
        List<JsonObject> entries = Api.journalEntries("delivery", number);
        assertEquals(1, entries.size(), entries.toString());
        assertEquals(Map.of("1300@" + warehouse, new BigDecimal("52.50"), "2100@" + warehouse,
                new BigDecimal("-52.50")), Api.netLines(entries.get(0)), "at the order's price, not the SKU's cost");

        Api.Reply beyond = goodsIn.post("/api/v1/purchase-orders/" + number + "/receipts", receipt(17, 0, null));
        assertEquals(403, beyond.status(), "27 of 24 is beyond 10%: " + beyond.body());
        assertEquals("urn:omnistock:problem:over-tolerance", beyond.json().getString("type"));
        assertEquals(10, level(warehouse).getInt("onHand"), "nothing of a refused receipt is received");
        Api.Client supervisor = Api.newClient(warehouse, null, "read", "stock:write", "purchasing:read",
                "purchasing:exceed");
        assertEquals(422, supervisor.post("/api/v1/purchase-orders/" + number + "/receipts", receipt(17, 0, null))
                .status(), "beyond tolerance only with a reason");
        Api.Reply accepted = supervisor.post("/api/v1/purchase-orders/" + number + "/receipts",
                receipt(17, 0, "supplier sent a full extra carton, kept at the same price"));
        assertEquals(200, accepted.status(), accepted.body());
        JsonObject received = accepted.json();
        assertEquals("RECEIVED", received.getString("status"));
        assertEquals(27, level(warehouse).getInt("onHand"));
        assertEquals(0, level(warehouse).getInt("incoming"));
        assertTrue(received.getJsonArray("events").stream().map(JsonValue::asJsonObject)
                .anyMatch(e -> e.getString("detail").contains("full extra carton")), "the reason is in the trail");
        assertEquals(409, supervisor.post("/api/v1/purchase-orders/" + number + "/receipts", receipt(1, 0, null))
                .status(), "a received order takes no more");
        assertTrue(Api.valueReconciliation().getBoolean("balanced"), Api.valueReconciliation().toString());
    }

    @Test
    void anOrderPartlyReceivedIsClosedAndWhatDidNotComeIsNoLongerExpected() {
        String number = buyer.post("/api/v1/purchase-orders", order(12)).json().getString("number");
        assertEquals(409, buyer.post("/api/v1/purchase-orders/" + number + "/close", "").status(),
                "a draft is cancelled, not closed");
        buyer.post("/api/v1/purchase-orders/" + number + "/send", "");
        Api.Client goodsIn = Api.newClient(warehouse, null, "read", "stock:write", "purchasing:read");
        assertEquals(200, goodsIn.post("/api/v1/purchase-orders/" + number + "/receipts", receipt(5, 0, null))
                .status());
        assertEquals(7, level(warehouse).getInt("incoming"));

        Api.Client readOnly = Api.newClient(null, null, "read", "purchasing:read");
        assertEquals(403, readOnly.post("/api/v1/purchase-orders/" + number + "/close", "").status());
        JsonObject closed = buyer.post("/api/v1/purchase-orders/" + number + "/close", "").json();
        assertEquals("CLOSED", closed.getString("status"));
        assertEquals(0, level(warehouse).getInt("incoming"));
        assertEquals(5, level(warehouse).getInt("onHand"));
        assertEquals(409, buyer.post("/api/v1/purchase-orders/" + number + "/cancel", "").status());

        String cancelled = buyer.post("/api/v1/purchase-orders", order(6)).json().getString("number");
        buyer.post("/api/v1/purchase-orders/" + cancelled + "/send", "");
        assertEquals(12, level(warehouse).getInt("incoming"), "the minimum is 12");
        assertEquals("CANCELLED", buyer.post("/api/v1/purchase-orders/" + cancelled + "/cancel", "").json()
                .getString("status"));
        assertEquals(0, level(warehouse).getInt("incoming"));
        assertEquals(5, get("/api/v1/purchase-orders/" + number).json().getJsonArray("lines").getJsonObject(0)
                .getInt("received"));
    }

    @Test
    void goodsInReceivesAnOrdersDeliveryAtTheDoorByTheOrdersRules() {
        String number = buyer.post("/api/v1/purchase-orders", order(12)).json().getString("number");
        buyer.post("/api/v1/purchase-orders/" + number + "/send", "");
        Api.Client door = Api.newClient(warehouse, null, "read", "stock:write");
        JsonObject expected = door.get("/api/v1/deliveries?location=" + warehouse).jsonArray().stream()
                .map(JsonValue::asJsonObject).filter(d -> d.getString("reference").equals(number)).findFirst()
                .orElseThrow(() -> new AssertionError(number + " is not on goods in"));
        assertEquals(12, expected.getJsonArray("lines").getJsonObject(0).getInt("announced"));

        Api.Reply part = door.post("/api/v1/deliveries/" + number + "/receipt", "{\"locationId\":\"" + warehouse
                + "\",\"lines\":[{\"sku\":\"" + sku + "\",\"quantity\":8}]}");
        assertEquals(200, part.status(), part.body());
        JsonObject order = get("/api/v1/purchase-orders/" + number).json();
        assertEquals("PARTLY_RECEIVED", order.getString("status"));
        assertEquals(8, order.getJsonArray("lines").getJsonObject(0).getInt("received"));
        assertEquals(Map.of("1300@" + warehouse, new BigDecimal("42.00"), "2100@" + warehouse,
                new BigDecimal("-42.00")), Api.netLines(Api.journalEntries("delivery", number).get(0)));
        assertEquals(200, door.post("/api/v1/deliveries/" + number + "/receipt", "{\"locationId\":\"" + warehouse
                + "\",\"lines\":[{\"sku\":\"" + sku + "\",\"quantity\":8}]}").status(), "the same receipt again");
        assertEquals(8, level(warehouse).getInt("onHand"), "changes nothing");

        Api.Reply rest = door.post("/api/v1/deliveries/" + number + ".2/receipt", "{\"locationId\":\""
                + warehouse + "\",\"lines\":[{\"sku\":\"" + sku + "\",\"quantity\":9}]}");
        assertEquals(403, rest.status(), "17 of 12 is beyond the tolerance at the door too: " + rest.body());
        assertEquals(200, door.post("/api/v1/deliveries/" + number + ".2/receipt", "{\"locationId\":\""
                + warehouse + "\",\"lines\":[{\"sku\":\"" + sku + "\",\"quantity\":4}]}").status());
        assertEquals("RECEIVED", get("/api/v1/purchase-orders/" + number).json().getString("status"));
        assertEquals(12, level(warehouse).getInt("onHand"));
    }

    @Test
    void anAnnouncementMadeByHandIsWithdrawnByHand() {
        String reference = uniqueCode("announced");
        assertEquals(201, post("/api/v1/stock/incoming", "{\"sku\":\"" + sku + "\",\"locationId\":\"" + store
                + "\",\"quantity\":4,\"expectedAt\":\"2030-01-01T00:00:00Z\",\"reference\":\"" + reference
                + "\"}").status());
        assertEquals(4, level(store).getInt("incoming"));
        Api.Reply withdrawn = post("/api/v1/stock/incoming/withdrawals", "{\"sku\":\"" + sku
                + "\",\"locationId\":\"" + store + "\",\"reference\":\"" + reference + "\"}");
        assertEquals(201, withdrawn.status(), "EXPECTATION_WITHDRAWN fits its column now: " + withdrawn.body());
        assertEquals(0, level(store).getInt("incoming"));
    }

    /**
     * 24 received at 5.25, 6 written off, then the supplier invoices 24 at 5.50 (beyond its 2% price tolerance) and
     * a carrier bills freight a month back-dated: each revalues the 18 still on hand and costs the 6 gone, GRNI is
     * cleared at the order's price, and the journal still reconciles with the valuation.
     */
    @Test
    void anInvoiceAtAnotherPriceAndAFreightBillAfterPartWasGoneRevalueWhatIsLeftAndCostTheRest() {
        String number = sentOrderOf(24);
        Api.Client goodsIn = Api.newClient(warehouse, null, "read", "stock:write", "purchasing:read");
        assertEquals(200, goodsIn.post("/api/v1/purchase-orders/" + number + "/receipts", receipt(24, 0, null))
                .status());
        assertEquals(201, Api.post("/api/v1/stock/adjustments", "{\"sku\":\"" + sku + "\",\"locationId\":\""
                + warehouse + "\",\"quantity\":-6,\"reason\":\"DAMAGED\",\"reference\":\"" + uniqueCode("wo")
                + "\"}").status());
        assertPosition(18, "94.50");

        Api.Client payables = Api.newClient(null, null, "read", "purchasing:read", "payables:write");
        String invoiceNumber = uniqueCode("INV");
        assertEquals(403, buyer.post("/api/v1/purchase-orders/" + number + "/invoices",
                invoice(invoiceNumber, 24, "5.50", null)).status(), "a buyer does not book what is owed");
        Api.Reply beyond = payables.post("/api/v1/purchase-orders/" + number + "/invoices",
                invoice(invoiceNumber, 25, "5.50", null));
        assertEquals(422, beyond.status(), "25 invoiced of 24 received: " + beyond.body());
        assertEquals(422, payables.post("/api/v1/purchase-orders/" + number + "/invoices",
                invoice(invoiceNumber, 24, "5.50", "131.00")).status(), "the lines come to 132.00");
        Api.Reply invoiced = payables.post("/api/v1/purchase-orders/" + number + "/invoices",
                invoice(invoiceNumber, 24, "5.50", "132.00"));
        assertEquals(201, invoiced.status(), invoiced.body());
        JsonObject invoiceLine = invoiced.json().getJsonArray("lines").getJsonObject(0);
        assertEquals(new BigDecimal("4.50"), invoiceLine.getJsonNumber("onHandPart").bigDecimalValue(),
                "6.00 more for 24 units: 18 still here take 4.50");
        assertEquals(new BigDecimal("1.50"), invoiceLine.getJsonNumber("soldPart").bigDecimalValue());
        assertEquals(409, payables.post("/api/v1/purchase-orders/" + number + "/invoices",
                invoice(invoiceNumber, 24, "5.50", null)).status(), "the same invoice is not booked twice");
        List<JsonObject> invoiceEntries = Api.journalEntries("supplier-invoice", supplier + "/" + invoiceNumber);
        assertEquals(1, invoiceEntries.size(), invoiceEntries.toString());
        assertEquals(Map.of("2100@" + warehouse, new BigDecimal("126.00"), "1300@" + warehouse,
                new BigDecimal("4.50"), "5100@" + warehouse, new BigDecimal("1.50"), "2000@" + warehouse,
                new BigDecimal("-132.00")), Api.netLines(invoiceEntries.get(0)));
        assertPosition(18, "99.00");
        JsonObject line = get("/api/v1/purchase-orders/" + number).json().getJsonArray("lines").getJsonObject(0);
        assertEquals("PRICE_DIFFERENCE", line.getString("match"), "5.50 is 4.8% above 5.25, beyond 2%");
        assertEquals(24, line.getInt("invoiced"));

        String carrier = uniqueCode("CAR");
        assertEquals(201, buyer.post("/api/v1/suppliers", "{\"code\":\"" + carrier + "\",\"name\":\"Freight\","
                + "\"leadTimeDays\":0,\"paymentTermsDays\":14}").status());
        String bill = uniqueCode("FR");
        String monthAgo = LocalDate.now(ZoneOffset.UTC).minusMonths(1).toString();
        Api.Reply landed = payables.post("/api/v1/purchase-orders/" + number + "/landed-costs", "{\"supplier\":\""
                + carrier + "\",\"number\":\"" + bill + "\",\"billDate\":\"" + monthAgo + "\",\"amount\":12.00,"
                + "\"spreadBy\":\"QUANTITY\",\"description\":\"sea freight\"}");
        assertEquals(201, landed.status(), landed.body());
        JsonObject landedEntry = Api.journalEntries("landed-cost", carrier + "/" + bill).get(0);
        assertEquals(Map.of("1300@" + warehouse, new BigDecimal("9.00"), "5300@" + warehouse, new BigDecimal("3.00"),
                "2000@" + warehouse, new BigDecimal("-12.00")), Api.netLines(landedEntry));
        assertTrue(landedEntry.getString("documentDate").startsWith(monthAgo), "the bill keeps its date: "
                + landedEntry);
        assertTrue(Instant.parse(landedEntry.getString("postedAt")).isAfter(Instant.now().minusSeconds(600)),
                "and is booked now: " + landedEntry);
        assertPosition(18, "108.00");
        assertEquals(2, get("/api/v1/purchase-orders/" + number + "/invoices").jsonArray().size());
        assertTrue(Api.valueReconciliation().getBoolean("balanced"), Api.valueReconciliation().toString());
    }

    @Test
    void aCategorysToleranceTakesThePlaceOfTheSuppliers() {
        String fragile = uniqueCode("Glass");
        String vase = uniqueCode("PV");
        assertEquals(201, post("/api/v1/skus", "{\"code\":\"" + vase + "\",\"name\":\"Vase\",\"category\":\""
                + fragile + "\"}").status());
        assertEquals(200, buyer.put("/api/v1/suppliers/" + supplier + "/items", "{\"sku\":\"" + vase
                + "\",\"unitPrice\":10.00,\"packSize\":1,\"minimumQuantity\":1}").status());
        String noTolerance = "{\"overPercent\":0,\"overUnits\":0}";
        assertEquals(403, Api.newClient(null, null, "read", "purchasing:read")
                .put("/api/v1/category-tolerances/" + fragile, noTolerance).status(), "a reader sets no tolerance");
        Api.Reply set = buyer.put("/api/v1/category-tolerances/" + fragile, noTolerance);
        assertEquals(200, set.status(), set.body());
        String number = buyer.post("/api/v1/purchase-orders", "{\"supplier\":\"" + supplier + "\",\"lines\":[{"
                + "\"sku\":\"" + vase + "\",\"locationId\":\"" + warehouse + "\",\"quantity\":10}]}").json()
                .getString("number");
        assertEquals(200, buyer.post("/api/v1/purchase-orders/" + number + "/send", "").status());

        Api.Client goodsIn = Api.newClient(warehouse, null, "read", "stock:write", "purchasing:read");
        Api.Reply over = goodsIn.post("/api/v1/purchase-orders/" + number + "/receipts", receipt(11, 0, null));
        assertEquals(403, over.status(), "the supplier's 10% would take 11; the category takes none more: "
                + over.body());
        assertTrue(over.json().getString("detail").contains("category"), over.body());
        assertEquals(200, goodsIn.post("/api/v1/purchase-orders/" + number + "/receipts", receipt(10, 0, null))
                .status());
        assertTrue(get("/api/v1/category-tolerances").jsonArray().stream()
                .anyMatch(t -> t.asJsonObject().getString("category").equals(fragile)));
        assertEquals(204, buyer.delete("/api/v1/category-tolerances/" + fragile).status());
        assertEquals(404, buyer.delete("/api/v1/category-tolerances/" + fragile).status());
    }

    /**
     * A supplier's shipping notice, by REST and on the broker as the supplier's own user: recorded once, another
     * supplier's refused, and goods in receives the delivery against the notice without typing its lines.
     */
    @Test
    void aShippingNoticeIsRecordedOnceAndGoodsInReceivesAgainstIt() throws Exception {
        String number = sentOrderOf(24);
        String expected = Instant.now().plusSeconds(2 * 86_400).truncatedTo(ChronoUnit.SECONDS).toString();
        String asn = uniqueCode("ASN");
        Api.Reply recorded = buyer.post("/api/v1/purchase-orders/" + number + "/shipping-notices", notice(asn,
                number, supplier, expected, 12));
        assertEquals(201, recorded.status(), recorded.body());
        assertEquals("P-1", recorded.json().getJsonArray("lines").getJsonObject(0).getString("parcel"));
        assertEquals(409, buyer.post("/api/v1/purchase-orders/" + number + "/shipping-notices", notice(asn, number,
                supplier, expected, 12)).status(), "a notice is recorded once");
        Api.Client goodsIn = Api.newClient(warehouse, null, "read", "stock:write", "purchasing:read");
        assertEquals(403, goodsIn.post("/api/v1/purchase-orders/" + number + "/shipping-notices", notice(uniqueCode(
                "ASN"), number, supplier, expected, 1)).status(), "goods in does not write notices");
        assertEquals(422, buyer.post("/api/v1/purchase-orders/" + number + "/shipping-notices", notice(uniqueCode(
                "ASN"), number, supplier, expected, 1).replace(sku, "NOT-ORDERED")).status());

        Api.Reply received = goodsIn.post("/api/v1/purchase-orders/" + number + "/receipts", "{\"locationId\":\""
                + warehouse + "\",\"shippingNotice\":\"" + asn + "\"}");
        assertEquals(200, received.status(), received.body());
        assertEquals(12, level(warehouse).getInt("onHand"), "the notice's 12, as noticed");
        assertTrue(received.json().getJsonArray("events").stream().map(JsonValue::asJsonObject)
                .anyMatch(e -> e.getString("detail").contains("with notice " + asn)), received.body());

        JsonObject user = Api.post("/api/v1/suppliers/" + supplier + "/broker-credentials", "").json();
        assertEquals(403, buyer.post("/api/v1/suppliers/" + supplier + "/broker-credentials", "").status(),
                "broker users are the admin's to issue");
        String byBroker = uniqueCode("ASN");
        String other = uniqueCode("SUP");
        assertEquals(201, buyer.post("/api/v1/suppliers", "{\"code\":\"" + other + "\",\"name\":\"Other\","
                + "\"leadTimeDays\":1,\"paymentTermsDays\":30}").status());
        JsonObject otherUser = Api.post("/api/v1/suppliers/" + other + "/broker-credentials", "").json();
        try (Connection admin = Broker.asAdmin();
             Connection asSupplier = Broker.asStore(new Broker.StoreUser(user.getString("user"),
                     user.getString("password")), null);
             Connection asOther = Broker.asStore(new Broker.StoreUser(otherUser.getString("user"),
                     otherUser.getString("password")), null)) {
            admin.start();
            Session adminSession = admin.createSession(false, Session.AUTO_ACKNOWLEDGE);
            MessageConsumer deadLetters = adminSession.createConsumer(adminSession.createQueue(
                    Destinations.DEAD_LETTER), Headers.ORIGINAL_SENDER + " = '" + otherUser.getString("user") + "'");
            Session otherSession = asOther.createSession(false, Session.AUTO_ACKNOWLEDGE);
            otherSession.createProducer(otherSession.createQueue(Destinations.PURCHASING_ASN)).send(otherSession
                    .createTextMessage(notice(uniqueCode("ASN"), number, supplier, expected, 1)));
            Message forged = deadLetters.receive(30_000);
            assertTrue(forged != null && forged.getStringProperty(Headers.REJECT_REASON).contains("only its own"),
                    "another supplier's notice is refused: " + (forged == null ? "nothing"
                            : forged.getStringProperty(Headers.REJECT_REASON)));

            Session supplierSession = asSupplier.createSession(false, Session.AUTO_ACKNOWLEDGE);
            supplierSession.createProducer(supplierSession.createQueue(Destinations.PURCHASING_ASN)).send(
                    supplierSession.createTextMessage(notice(byBroker, number, supplier, expected, 10)));
        }
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (get("/api/v1/purchase-orders/" + number + "/shipping-notices").jsonArray().size() < 2) {
            assertTrue(System.nanoTime() < deadline, "the supplier's notice on the broker is recorded");
            Thread.sleep(200);
        }
        JsonObject second = get("/api/v1/purchase-orders/" + number + "/shipping-notices").jsonArray()
                .getJsonObject(1);
        assertEquals(byBroker, second.getString("number"));
        assertEquals("broker:" + user.getString("user"), second.getString("recordedBy"));
    }

    private String notice(String number, String order, String from, String expectedAt, long quantity) {
        return "{\"schemaVersion\":1,\"supplier\":\"" + from + "\",\"number\":\"" + number
                + "\",\"purchaseOrder\":\"" + order + "\",\"expectedAt\":\"" + expectedAt + "\",\"lines\":[{"
                + "\"sku\":\"" + sku + "\",\"locationId\":\"" + warehouse + "\",\"quantity\":" + quantity
                + ",\"parcel\":\"P-1\"}]}";
    }

    /**
     * A store that sold one a day for the last two weeks and holds 11 is forecast to sell one a day (the Forecast
     * page's method), below its order point of 12 days (lead time 5, 7 safety days): filled up to 19 days, 8 or 9
     * short, 12 suggested (the supplier's minimum, in packs of 6), with the numbers; drafted into an order with one
     * call, and once sent, no longer suggested.
     */
    @Test
    void whatSellsBelowItsOrderPointIsSuggestedWithItsReasonAndDraftedIntoAnOrder() throws Exception {
        Api.receive(sku, store, 25);
        for (int daysAgo = 1; daysAgo <= 14; daysAgo++) {
            AnalyticsIT.tillSale(store, sku, 1, "9.95", Instant.now().minus(Duration.ofDays(daysAgo)));
        }
        String query = "/api/v1/purchase-orders/suggestions?supplier=" + supplier + "&location=" + store;
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (get(query).jsonArray().isEmpty()
                || get(query).jsonArray().getJsonObject(0).getInt("available") != 11
                || get(query).jsonArray().getJsonObject(0).getJsonNumber("pacePerDay").doubleValue() < 0.9) {
            assertTrue(System.nanoTime() < deadline, "the sales make the store short: " + get(query).body());
            Thread.sleep(250);
        }
        JsonObject suggested = get(query).jsonArray().getJsonObject(0);
        double pace = suggested.getJsonNumber("pacePerDay").doubleValue();
        assertEquals(1.0, pace, 0.1, "one a day, as the two weeks sold: " + suggested);
        assertEquals(sku, suggested.getString("sku"));
        assertEquals(12, suggested.getInt("quantity"), suggested.toString());
        long need = (long) Math.ceil(pace * 19);
        assertTrue(suggested.getString("reason").contains("need " + need + ", " + (need - 11) + " short, 12 in packs "
                + "of 6 from 12"), suggested.getString("reason"));
        assertEquals(403, Api.newClient(null, null, "read").get(query).status(), "purchasing is not for everyone");
        Api.Client otherStore = Api.newClient(warehouse, null, "read", "purchasing:read");
        assertEquals(403, otherStore.get(query).status(), "another location's staff");

        Api.Reply drafted = buyer.post("/api/v1/purchase-orders/suggestions/draft?supplier=" + supplier
                + "&location=" + store, "");
        assertEquals(201, drafted.status(), drafted.body());
        JsonObject line = drafted.json().getJsonArray("lines").getJsonObject(0);
        assertEquals(12, line.getInt("quantity"));
        assertEquals(store, line.getString("locationId"));
        assertEquals(200, buyer.post("/api/v1/purchase-orders/" + drafted.json().getString("number") + "/send", "")
                .status());
        assertTrue(get(query).jsonArray().isEmpty(), "12 coming cover it: " + get(query).body());
        assertEquals(409, buyer.post("/api/v1/purchase-orders/suggestions/draft?supplier=" + supplier
                + "&location=" + store, "").status(), "nothing to draft");
    }

    private String sentOrderOf(long quantity) {
        Api.Reply drafted = buyer.post("/api/v1/purchase-orders", order(quantity));
        assertEquals(201, drafted.status(), drafted.body());
        String number = drafted.json().getString("number");
        assertEquals(200, buyer.post("/api/v1/purchase-orders/" + number + "/send", "").status());
        return number;
    }

    private static String invoice(String number, long quantity, String unitPrice, String total) {
        return "{\"number\":\"" + number + "\",\"invoiceDate\":\"" + LocalDate.now(ZoneOffset.UTC) + "\","
                + (total == null ? "" : "\"total\":" + total + ",") + "\"lines\":[{\"lineNo\":1,\"quantity\":"
                + quantity + ",\"unitPrice\":" + unitPrice + "}]}";
    }

    private void assertPosition(long units, String value) {
        JsonObject position = get("/api/v1/valuation?location=" + warehouse).json().getJsonArray("items").stream()
                .map(JsonValue::asJsonObject).filter(p -> p.getString("sku").equals(sku)).findFirst()
                .orElseThrow(() -> new AssertionError("no position of " + sku + " at " + warehouse));
        assertEquals(units, position.getJsonNumber("units").longValue(), position.toString());
        assertEquals(new BigDecimal(value), position.getJsonNumber("value").bigDecimalValue(), position.toString());
    }

    private String order(long... quantities) {
        StringBuilder lines = new StringBuilder();
        for (long quantity : quantities) {
            lines.append(lines.length() == 0 ? "" : ",").append("{\"sku\":\"").append(sku)
                    .append("\",\"locationId\":\"").append(warehouse).append("\",\"quantity\":").append(quantity)
                    .append('}');
        }
        return "{\"supplier\":\"" + supplier + "\",\"lines\":[" + lines + "]}";
    }

    private String receipt(long quantity, long damaged, String reason) {
        return "{\"locationId\":\"" + warehouse + "\",\"lines\":[{\"lineNo\":1,\"quantity\":" + quantity
                + ",\"damaged\":" + damaged + "}]" + (reason == null ? "" : ",\"reason\":\"" + reason + "\"") + "}";
    }

    private JsonObject level(String location) {
        return get("/api/v1/skus/" + sku + "/stock").json().getJsonArray("levels").stream()
                .map(JsonValue::asJsonObject).filter(l -> l.getString("locationId").equals(location)).findFirst()
                .orElseThrow(() -> new AssertionError("no level of " + sku + " at " + location));
    }
}
