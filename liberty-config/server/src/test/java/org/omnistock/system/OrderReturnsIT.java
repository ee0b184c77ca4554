package org.omnistock.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.omnistock.system.Api.post;
import static org.omnistock.system.Api.uniqueCode;
import static org.omnistock.system.OrderDesk.Line;
import static org.omnistock.system.OrderDesk.awaitOrder;
import static org.omnistock.system.OrderDesk.report;
import static org.omnistock.system.OrderDesk.shippedOrder;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import jakarta.jms.Connection;
import jakarta.jms.Session;
import jakarta.json.JsonObject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.omnistock.messages.Destinations;

/**
 * A web order returned at a store: authorised by the shop, received at any location (or simply brought to a till),
 * back on hand there in the state it is in, and refunded at what the customer paid.
 */
class OrderReturnsIT {

    private String channel;
    private Api.Client shop;
    private String tee;
    private String jeans;
    private String warehouse;
    private String store;
    private Api.Client warehouseSystems;

    @BeforeEach
    void aDeliveredWebOrderInTheMaking() {
        OrderDesk.standardRules();
        channel = uniqueCode("RCH");
        tee = OrderDesk.pricedSku("RTE", "20.00");
        jeans = OrderDesk.pricedSku("RJE", "80.00");
        warehouse = OrderDesk.location("RW", "WAREHOUSE", 51.56, 5.09, null);
        store = OrderDesk.location("RS", "STORE", 52.09, 5.12, null);
        assertEquals(201, post("/api/v1/channels", "{\"code\":\"" + channel + "\",\"name\":\"Return tests\","
                + "\"type\":\"WEB\",\"locationIds\":[\"" + warehouse + "\"]}").status());
        shop = Api.newClient(null, channel, "read", "orders:write");
        warehouseSystems = Api.newClient(warehouse, null, "read", "orders:write");
        Api.receive(tee, warehouse, 10);
        Api.receive(jeans, warehouse, 10);
    }

    /** Three T-shirts and jeans, shipped and delivered; 140.00 with shipping 4.95. */
    private JsonObject deliveredOrder() {
        return deliveredOrder(uniqueCode("web"), 0, "144.95");
    }

    /** The same order, paid in part with loyalty points by the customer the shop knows as {@code c-<externalId>}. */
    private JsonObject deliveredOrder(String externalId, long points, String total) {
        JsonObject order = placedOrder(externalId, points, total);
        shipAndDeliver(order);
        assertEquals(200, shop.post("/api/v1/orders/" + order.getString("number") + "/payments",
                "{\"kind\":\"CAPTURED\",\"amount\":" + total + ",\"reference\":\"psp-1\"}").status());
        return Api.get("/api/v1/orders/" + order.getString("number")).json();
    }

    private JsonObject placedOrder(String externalId, long points, String total) {
        String body = shippedOrder(externalId, null, total, new Line(tee, 3), new Line(jeans, 1))
                .replace("\"lines\"", "\"shipping\":4.95," + (points == 0 ? "" : "\"points\":" + points + ",")
                        + "\"lines\"");
        Api.Reply placed = shop.post("/api/v1/orders", body);
        assertEquals(201, placed.status(), placed.body());
        return placed.json();
    }

    private void shipAndDeliver(JsonObject order) {
        String fulfilment = order.getJsonArray("fulfilments").getJsonObject(0).getString("code");
        report(warehouseSystems, fulfilment, "{\"step\":\"SHIP\",\"carrier\":\"DHL\",\"trackingNumber\":\"JD01\"}");
        report(warehouseSystems, fulfilment, "{\"step\":\"DELIVER\"}");
    }

    @Test
    void aWebOrderReturnedAtAStoreGoesBackOnHandThereAndIsRefundedAtWhatWasPaid() {
        JsonObject order = deliveredOrder();
        String number = order.getString("number");
        assertEquals("COMPLETED", order.getString("status"));

        Api.Reply authorised = shop.post("/api/v1/orders/" + number + "/returns",
                "{\"lines\":[{\"lineNo\":1,\"quantity\":1,\"reason\":\"too small\"}]}");
        assertEquals(201, authorised.status(), authorised.body());
        String returnNumber = authorised.json().getString("number");
        Api.Reply tooMany = shop.post("/api/v1/orders/" + number + "/returns",
                "{\"lines\":[{\"lineNo\":1,\"quantity\":3,\"reason\":\"all of them\"}]}");
        assertEquals(409, tooMany.status(), "one of the three is already on its way back");

        Api.Client storeClerk = Api.newClient(store, null, "read", "stock:write");
        Api.Reply received = storeClerk.post("/api/v1/returns/" + returnNumber + "/receipt", "{\"locationId\":\""
                + store + "\",\"lines\":[{\"lineNo\":1,\"quantity\":1,\"condition\":\"AVAILABLE\"}]}");

        assertEquals(200, received.status(), received.body());
        assertEquals("RECEIVED", received.json().getString("status"));
        assertEquals(new BigDecimal("20.00"), received.json().getJsonNumber("refunded").bigDecimalValue());
        assertEquals(1L, Api.onHand(tee, store), "back on hand where it was brought, not where it was sent from");
        JsonObject returned = Api.get("/api/v1/orders/" + number).json();
        assertEquals("PARTLY_RETURNED", returned.getString("status"));
        assertEquals(new BigDecimal("20.00"), returned.getJsonNumber("refunded").bigDecimalValue());
        assertEquals(1, returned.getJsonArray("lines").getJsonObject(0).getInt("returned"));
        assertTrue(Api.journalEntries("return", returnNumber).stream().map(Api::netLines).anyMatch(lines ->
                lines.equals(Map.of("4000@" + store, new BigDecimal("20.00"), "1100@" + store,
                        new BigDecimal("-20.00")))), "the revenue given back: " + Api.journalEntries("return",
                returnNumber));
        Api.Reply again = storeClerk.post("/api/v1/returns/" + returnNumber + "/receipt", "{\"locationId\":\""
                + store + "\",\"lines\":[{\"lineNo\":1,\"quantity\":1,\"condition\":\"AVAILABLE\"}]}");
        assertEquals(409, again.status(), "received once");
        assertEquals(1L, Api.onHand(tee, store));
        Api.Client elsewhere = Api.newClient(warehouse, null, "read", "stock:write");
        assertEquals(403, elsewhere.post("/api/v1/returns/" + returnNumber + "/receipt", "{\"locationId\":\""
                + store + "\",\"lines\":[{\"lineNo\":1,\"quantity\":1,\"condition\":\"AVAILABLE\"}]}").status(),
                "a client of another location cannot receive goods at this store");
    }

    @Test
    void pointsSpentOnGoodsThatComeBackAreGivenBackInProportionAndAllOfThemByTheLastReturn() {
        String externalId = uniqueCode("web");
        String customer = CustomersIT.customer("Pia Kramer", "EXTERNAL", channel + ":c-" + externalId);
        CustomersIT.adjust(customer, 3_000);
        JsonObject order = deliveredOrder(externalId, 3_000, "114.95");
        String number = order.getString("number");
        assertEquals(3_000, order.getJsonNumber("pointsSpent").longValue(), "140.00 of goods less 30.00 of points");

        String first = shop.post("/api/v1/orders/" + number + "/returns", "{\"lines\":[{\"lineNo\":1,"
                + "\"quantity\":1,\"reason\":\"too small\"}]}").json().getString("number");
        assertEquals(200, post("/api/v1/returns/" + first + "/receipt", "{\"locationId\":\"" + warehouse
                + "\",\"lines\":[{\"lineNo\":1,\"quantity\":1,\"condition\":\"AVAILABLE\"}]}").status());
        long backFirst = givenBack(customer);
        assertTrue(backFirst > 400 && backFirst < 450, "a 20.00 T-shirt of 140.00 of goods carried a seventh of the points: "
                + backFirst);
        String rest = shop.post("/api/v1/orders/" + number + "/returns", "{\"lines\":[{\"lineNo\":1,"
                + "\"quantity\":2,\"reason\":\"colour\"},{\"lineNo\":2,\"quantity\":1,\"reason\":\"fit\"}]}")
                .json().getString("number");
        assertEquals(200, post("/api/v1/returns/" + rest + "/receipt", "{\"locationId\":\"" + warehouse
                + "\",\"lines\":[{\"lineNo\":1,\"quantity\":2,\"condition\":\"AVAILABLE\"},{\"lineNo\":2,"
                + "\"quantity\":1,\"condition\":\"AVAILABLE\"}]}").status());

        assertEquals(3_000, givenBack(customer), "every point spent is back once everything is");
    }

    @Test
    void anOrderPaidWithAGiftCardIsRefundedToTheProvidersCardFirstThenAsStoreCredit() {
        String externalId = uniqueCode("web");
        String nextId = uniqueCode("web");
        String customer = CustomersIT.customer("Noor de Wit", "EXTERNAL", channel + ":c-" + externalId, "EXTERNAL",
                channel + ":c-" + nextId);
        Api.Reply sold = post("/api/v1/gift-cards", "{\"amount\":100.00,\"reference\":\"" + uniqueCode("G")
                + "\",\"paidWith\":\"CARD\",\"paymentReference\":\"psp-gift\"}");
        assertEquals(201, sold.status(), sold.body());
        String code = sold.json().getString("code");
        long card = sold.json().getJsonObject("card").getJsonNumber("id").longValue();
        JsonObject order = placedOrder(externalId, 0, "144.95");
        String number = order.getString("number");
        String payments = "/api/v1/orders/" + number + "/payments";

        Api.Reply byGiftCard = shop.post(payments, "{\"kind\":\"CAPTURED\",\"amount\":100.00,\"reference\":"
                + "\"gc-1\",\"tender\":\"GIFT_CARD\",\"card\":\"" + code + "\"}");
        assertEquals(200, byGiftCard.status(), byGiftCard.body());
        JsonObject payment = byGiftCard.json().getJsonArray("payments").getJsonObject(0);
        assertEquals("GIFT_CARD", payment.getString("tender"));
        assertEquals("****" + code.substring(code.length() - 4), payment.getString("card"), "never the code");
        assertTrue(byGiftCard.body().indexOf(code) < 0);
        assertEquals(200, shop.post(payments, "{\"kind\":\"CAPTURED\",\"amount\":100.00,\"reference\":"
                + "\"gc-1\",\"tender\":\"GIFT_CARD\",\"card\":\"" + code + "\"}").status(), "sent again: once");
        JsonObject redeemed = Api.get("/api/v1/gift-cards/" + card).json();
        assertEquals(new BigDecimal("0.00"), redeemed.getJsonNumber("balance").bigDecimalValue());
        assertEquals(2, redeemed.getJsonArray("movements").size(), "issued, redeemed once");
        assertEquals(Map.of("1100", new BigDecimal("-100.00"), "2300", new BigDecimal("100.00")),
                byAccount(Api.journalEntries("order-payment", "order/" + number + "/gc-1")),
                "the card's liability settles what the channel is owed");
        Api.Reply empty = shop.post(payments, "{\"kind\":\"CAPTURED\",\"amount\":1.00,\"reference\":\"gc-2\","
                + "\"tender\":\"GIFT_CARD\",\"card\":\"" + code + "\"}");
        assertEquals(409, empty.status(), empty.body());
        assertTrue(empty.body().contains("balance-insufficient"), empty.body());
        assertEquals(422, shop.post(payments, "{\"kind\":\"AUTHORISED\",\"amount\":1.00,\"reference\":"
                + "\"gc-3\",\"tender\":\"GIFT_CARD\",\"card\":\"" + code + "\"}").status(), "redeemed or nothing");
        assertEquals(422, shop.post(payments, "{\"kind\":\"CAPTURED\",\"amount\":1.00,\"reference\":\"gc-4\","
                + "\"tender\":\"GIFT_CARD\"}").status(), "a gift card payment names its code");
        assertEquals(409, shop.post(payments, "{\"kind\":\"CAPTURED\",\"amount\":1.00,\"reference\":\"sc-1\","
                + "\"tender\":\"STORE_CREDIT\"}").status(), "the customer has no store credit yet");
        assertEquals(1, Api.get("/api/v1/orders/" + number).json().getJsonArray("payments").size(),
                "nothing refused was recorded");
        assertEquals(200, shop.post(payments, "{\"kind\":\"CAPTURED\",\"amount\":44.95,\"reference\":"
                + "\"psp-1\"}").status());
        shipAndDeliver(order);

        String jeansBack = returnedToTheWarehouse(number, 2, 1);
        assertEquals(Map.of("CARD", new BigDecimal("44.95"), "STORE_CREDIT", new BigDecimal("35.05")),
                refunds(number), "80.00: what the provider took back to the card, the rest as store credit");
        JsonObject credit = Api.get("/api/v1/stored-value/store-credit/" + customer).json();
        assertEquals(new BigDecimal("35.05"), credit.getJsonNumber("balance").bigDecimalValue());
        assertEquals(Map.of("1100", new BigDecimal("35.05"), "2300", new BigDecimal("-35.05")),
                byAccount(Api.journalEntries("order-refund", "order-return/" + jeansBack + "/1")));

        returnedToTheWarehouse(number, 1, 3);
        assertEquals(Map.of("CARD", new BigDecimal("44.95"), "STORE_CREDIT", new BigDecimal("100.00")),
                refunds(number), "60.00 and the shipping: all of it as store credit, the card had its part back");
        assertEquals(new BigDecimal("100.00"), Api.get("/api/v1/stored-value/store-credit/" + customer).json()
                .getJsonNumber("balance").bigDecimalValue());

        JsonObject next = placedOrder(nextId, 0, "144.95");
        Api.Reply byCredit = shop.post("/api/v1/orders/" + next.getString("number") + "/payments", "{\"kind\":"
                + "\"CAPTURED\",\"amount\":60.00,\"reference\":\"sc-1\",\"tender\":\"STORE_CREDIT\"}");
        assertEquals(200, byCredit.status(), byCredit.body());
        assertEquals(new BigDecimal("40.00"), Api.get("/api/v1/stored-value/store-credit/" + customer).json()
                .getJsonNumber("balance").bigDecimalValue(), "the store credit pays the next order");
    }

    /** Units of one line authorised for return by the shop and received at the warehouse; the return's number. */
    private String returnedToTheWarehouse(String number, int lineNo, int units) {
        String returned = shop.post("/api/v1/orders/" + number + "/returns", "{\"lines\":[{\"lineNo\":" + lineNo
                + ",\"quantity\":" + units + ",\"reason\":\"not wanted\"}]}").json().getString("number");
        Api.Reply received = post("/api/v1/returns/" + returned + "/receipt", "{\"locationId\":\"" + warehouse
                + "\",\"lines\":[{\"lineNo\":" + lineNo + ",\"quantity\":" + units
                + ",\"condition\":\"AVAILABLE\"}]}");
        assertEquals(200, received.status(), received.body());
        return returned;
    }

    /** An order's refunds summed per tender. */
    private static Map<String, BigDecimal> refunds(String number) {
        Map<String, BigDecimal> refunds = new TreeMap<>();
        Api.get("/api/v1/orders/" + number).json().getJsonArray("payments").stream().map(p -> p.asJsonObject())
                .filter(p -> p.getString("kind").equals("REFUNDED")).forEach(p -> refunds.merge(p.getString("tender"),
                        p.getJsonNumber("amount").bigDecimalValue(), BigDecimal::add));
        return refunds;
    }

    /** The entries' lines netted per account, wherever they were posted. */
    private static Map<String, BigDecimal> byAccount(List<JsonObject> entries) {
        assertEquals(1, entries.size(), "posted once: " + entries);
        Map<String, BigDecimal> net = new TreeMap<>();
        entries.get(0).getJsonArray("lines").stream().map(l -> l.asJsonObject()).forEach(l -> net.merge(
                l.getString("account"), l.getJsonNumber("debit").bigDecimalValue()
                        .subtract(l.getJsonNumber("credit").bigDecimalValue()), BigDecimal::add));
        return net;
    }

    /** The points given back to the customer for goods that came back, in all. */
    private static long givenBack(String customer) {
        return Api.get("/api/v1/customers/" + customer + "/loyalty").json().getJsonObject("movements")
                .getJsonArray("items").stream().map(m -> m.asJsonObject())
                .filter(m -> m.getString("kind").equals("REFUND")).mapToLong(m -> m.getJsonNumber("points")
                        .longValue()).sum();
    }

    @Test
    void returningEverythingRefundsExactlyWhatWasPaidShippingIncluded() {
        JsonObject order = deliveredOrder();
        String number = order.getString("number");
        String returnNumber = shop.post("/api/v1/orders/" + number + "/returns", "{\"lines\":["
                + "{\"lineNo\":1,\"quantity\":3,\"reason\":\"colour\"},{\"lineNo\":2,\"quantity\":1,"
                + "\"reason\":\"fit\"}]}").json().getString("number");

        Api.Reply received = post("/api/v1/returns/" + returnNumber + "/receipt", "{\"locationId\":\"" + warehouse
                + "\",\"lines\":[{\"lineNo\":1,\"quantity\":3,\"condition\":\"AVAILABLE\"},{\"lineNo\":2,"
                + "\"quantity\":1,\"condition\":\"DAMAGED\"}]}");

        assertEquals(200, received.status(), received.body());
        JsonObject returned = Api.get("/api/v1/orders/" + number).json();
        assertEquals("RETURNED", returned.getString("status"));
        assertEquals(0, returned.getJsonNumber("total").bigDecimalValue().compareTo(
                returned.getJsonNumber("refunded").bigDecimalValue()), returned.toString());
        assertEquals(10L, Api.onHand(tee, warehouse));
        assertEquals(10L, Api.onHand(jeans, warehouse), "back on hand, as damaged");
        assertEquals(9, OrderDesk.available(jeans, warehouse));
    }

    @Test
    void aTillTakesBackAWebOrdersLineAndTheOrderIsRefundedAsIfReturnedThroughTheShop() throws Exception {
        JsonObject order = deliveredOrder();
        String number = order.getString("number");
        try (Connection till = Broker.asStore(Broker.credentialsOf(store), null)) {
            Session session = till.createSession(false, Session.AUTO_ACKNOWLEDGE);
            session.createProducer(session.createQueue(Destinations.POS_SALES)).send(session.createTextMessage(
                    "{\"schemaVersion\":1,\"storeId\":\"" + store + "\",\"receiptId\":\"R-" + UUID.randomUUID()
                            + "\",\"soldAt\":\"" + Instant.now() + "\",\"lines\":[{\"sku\":\"" + jeans
                            + "\",\"quantity\":1,\"unitPrice\":80.00,\"returnCondition\":\"QUALITY_CONTROL\","
                            + "\"orderNumber\":\"" + number + "\",\"orderLineNo\":2}]}"));
        }

        JsonObject returned = awaitOrder(number, o -> o.getString("status").equals("PARTLY_RETURNED"),
                Duration.ofSeconds(15));

        assertEquals(new BigDecimal("80.00"), returned.getJsonNumber("refunded").bigDecimalValue());
        assertEquals(1, returned.getJsonArray("lines").getJsonObject(1).getInt("returned"));
        assertEquals(1L, Api.onHand(jeans, store));
        assertEquals(0, OrderDesk.available(jeans, store), "to be inspected before it is sold again");
        assertTrue(returned.getJsonArray("timeline").toString().contains("at the till of " + store));
    }
}
