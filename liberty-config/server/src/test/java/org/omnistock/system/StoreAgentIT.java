package org.omnistock.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.omnistock.system.Api.createLocation;
import static org.omnistock.system.Api.newBarcode;
import static org.omnistock.system.Api.onHand;
import static org.omnistock.system.Api.post;
import static org.omnistock.system.Api.put;
import static org.omnistock.system.Api.uniqueCode;

import java.io.StringReader;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import jakarta.jms.Connection;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.Session;
import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.omnistock.agent.StoreAgent;
import org.omnistock.messages.Destinations;
import org.omnistock.messages.Headers;

/**
 * The store agent as a store runs it, against the real broker and server: it prices offline what the server charges,
 * and forwards the sales it took while the broker was unreachable, once, also when restarted mid-way. Tagged
 * {@code agent}: what it proves is the agent's and the broker's, so CI runs it once, on Derby.
 */
@Tag("agent")
class StoreAgentIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    Path data;

    private String store;
    private Broker.StoreUser user;
    private StoreAgent agent;

    @BeforeEach
    void aStoreWithBrokerCredentials() {
        store = uniqueCode("AG");
        createLocation(store, "STORE");
        user = Broker.credentialsOf(store);
    }

    @AfterEach
    void stopTheAgent() {
        if (agent != null) {
            agent.close();
        }
    }

    private StoreAgent start(String brokerUrl, String zone) throws Exception {
        return StoreAgent.start(new StoreAgent.Config(store, brokerUrl, user.user(), user.password(), data, 0, "EUR",
                zone, List.of(), null, null, null, null));
    }

    /** An agent that also loads what was recorded before its subscriptions, with an API client of the store. */
    private StoreAgent startWithApi(String zone) throws Exception {
        Api.Client systems = Api.newClient(store, null, "read");
        return StoreAgent.start(new StoreAgent.Config(store, Broker.URL, user.user(), user.password(), data, 0,
                "EUR", zone, List.of(), URI.create(Api.BASE), systems.id, systems.secret, null));
    }

    @Test
    void offlineTheAgentChargesWhatTheServerCharges() throws Exception {
        String zone = uniqueCode("AZ");
        assertEquals(200, put("/api/v1/locations/" + store + "/price-zone", "{\"priceZone\":\"" + zone + "\"}")
                .status());
        String category = uniqueCode("AgentShirts");
        String tee = sku(category);
        String jeans = sku(uniqueCode("AgentTrousers"));
        String national = priceList(null);
        String zoneList = priceList(zone);
        prices(national, tee, "25.00");
        prices(national, jeans, "80.00");
        Api.receive(tee, store, 4);
        agent = startWithApi(zone);
        await(() -> status().getBoolean("brokerReachable") && status().getBoolean("loadedFromServer"),
                "the agent reaches the broker and loads the prices and stock recorded before it");
        HttpResponse<String> stock = HTTP.send(HttpRequest.newBuilder(agentUri("/stock?sku=" + tee)).build(),
                HttpResponse.BodyHandlers.ofString());
        JsonObject level = Json.createReader(new StringReader(stock.body())).readArray().getJsonObject(0);
        assertEquals(store, level.getString("locationId"));
        assertEquals(4, level.getInt("onHand"), "the store's stock as the server held it");
        prices(zoneList, tee, "19.99");
        String promotion = uniqueCode("AGP");
        assertEquals(201, post("/api/v1/promotions", "{\"code\":\"" + promotion + "\",\"name\":\"Agent test\","
                + "\"type\":\"PERCENT_OFF\",\"target\":\"CATEGORY\",\"targetValues\":[\"" + category + "\"],"
                + "\"percent\":15,\"stacking\":\"COMBINABLE\"}").status());
        String basket = "{\"lines\":[{\"sku\":\"" + tee + "\",\"category\":\"" + category + "\",\"quantity\":3},"
                + "{\"sku\":\"" + jeans + "\",\"category\":\"x\",\"quantity\":1}]";
        await(() -> {
            HttpResponse<String> priced = agentPrice(basket + "}");
            return priced.statusCode() == 200 && new BigDecimal("130.97").compareTo(json(priced)
                    .getJsonNumber("total").bigDecimalValue()) == 0;
        }, "the prices recorded before (loaded), the zone's price and the promotion recorded after (sent) reach it");
        String online = agentPrice(basket + "}").body();
        agent.close();
        agent = start("tcp://127.0.0.1:1", zone);
        // Not truncated to the second: the zone's price took effect when recorded, a fraction of a second ago.
        Instant at = Instant.now().truncatedTo(ChronoUnit.MILLIS);

        HttpResponse<String> offline = agentPrice(basket + ",\"at\":\"" + at + "\"}");
        JsonObject server = post("/api/v1/baskets/price", "{\"currency\":\"EUR\",\"location\":\"" + store
                + "\",\"at\":\"" + at + "\",\"lines\":[{\"sku\":\"" + tee + "\",\"quantity\":3},{\"sku\":\"" + jeans
                + "\",\"quantity\":1}]}").json().getJsonObject("basket");

        assertEquals(200, offline.statusCode(), offline.body());
        assertTrue(!status().getBoolean("brokerReachable"), "priced without the broker");
        JsonObject priced = json(offline);
        assertEquals(0, new BigDecimal("130.97").compareTo(priced.getJsonNumber("total").bigDecimalValue()),
                "3 x 19.99 (the zone's) less 15% (9.00), plus 80.00: " + priced + "; online it was: " + online
                        + "; the book on disk: " + Files.readString(data.resolve("price-book.json")));
        assertEquals(server.getJsonNumber("total").bigDecimalValue(), priced.getJsonNumber("total")
                .bigDecimalValue());
        assertEquals(figures(server), figures(priced), "line by line, discount by discount");
        HttpResponse<String> unknown = agentPrice("{\"lines\":[{\"sku\":\"NO-SUCH\",\"quantity\":1}]}");
        assertEquals(422, unknown.statusCode());
        assertEquals("urn:omnistock:problem:no-price", json(unknown).getString("type"));
    }

    @Test
    void aSaleTakenWhileTheBrokerIsDownArrivesOnceAndARestartMidWayDoublesNothing() throws Exception {
        String sku = uniqueCode("AGS");
        Api.createSku(sku);
        Api.receive(sku, store, 10);
        String sale = "{\"receiptId\":\"R-" + uniqueCode("A") + "\",\"lines\":[{\"sku\":\"" + sku
                + "\",\"quantity\":3,\"unitPrice\":10.00}]}";
        java.net.URI broker = java.net.URI.create(Broker.URL);
        try (BrokerNetwork link = BrokerNetwork.start(broker.getHost(), broker.getPort())) {
            agent = start("tcp://127.0.0.1:" + link.port(), null);
            await(() -> status().getBoolean("brokerReachable"), "the agent reaches the broker");
            try {
                link.cut();
                await(() -> !status().getBoolean("brokerReachable"), "the agent sees the broker go");

                HttpResponse<String> taken = agentPost("/sales", sale);

                assertEquals(202, taken.statusCode(), taken.body());
                assertEquals(202, agentPost("/sales", sale).statusCode(), "the till trying again: one sale");
                Thread.sleep(3_000);
                assertEquals(1, status().getInt("salesWaiting"));
                assertEquals(10L, onHand(sku, store), "nothing reached the server yet");
            } finally {
                link.mend();
            }
            await(() -> onHand(sku, store) == 7L, "the sale arrives once the broker is back");
            await(() -> status().getInt("salesWaiting") == 0, "and is noted as forwarded");
        }

        agent.close();
        // A crash after the broker took the sale but before the journal noted it: the sale goes again.
        Files.writeString(data.resolve("sales.forwarded"), "0");
        agent = start(Broker.URL, null);
        await(() -> status().getInt("salesWaiting") == 0, "the restarted agent forwards it again");
        Thread.sleep(3_000);

        assertEquals(7L, onHand(sku, store), "sent twice, counted once");
        assertEquals(422, agentPost("/sales", "{\"storeId\":\"" + store + "\",\"receiptId\":\"R-X\",\"lines\":[]}")
                .statusCode(), "a sale the server would refuse is refused at once");
        assertEquals(422, agentPost("/sales", sale.replace("{\"receiptId\"", "{\"storeId\":\"OTHER\","
                + "\"receiptId\"")).statusCode(), "another store's sale");
    }

    /**
     * The store counts a purchase order's delivery at the till: the agent keeps it on disk and forwards it; the
     * server receives it against the order's line for the store, once, however often it is sent; beyond the
     * supplier's tolerance it is dead-lettered with the reason (a supervisor receives that in the back office), and
     * another store cannot send this store's receipts.
     */
    @Test
    void aStoreReceivesAPurchaseOrderThroughItsAgentOnceAndNeverBeyondTolerance() throws Exception {
        String sku = uniqueCode("AGP");
        Api.createSku(sku);
        Api.Client buyer = Api.newClient(null, null, "read", "purchasing:read", "purchasing:write");
        String supplier = uniqueCode("AGSUP");
        assertEquals(201, buyer.post("/api/v1/suppliers", "{\"code\":\"" + supplier + "\",\"name\":\"Agent's\","
                + "\"leadTimeDays\":2,\"paymentTermsDays\":30}").status());
        assertEquals(200, buyer.put("/api/v1/suppliers/" + supplier + "/items", "{\"sku\":\"" + sku
                + "\",\"unitPrice\":3.00,\"packSize\":1,\"minimumQuantity\":1}").status());
        String number = buyer.post("/api/v1/purchase-orders", "{\"supplier\":\"" + supplier + "\",\"lines\":[{"
                + "\"sku\":\"" + sku + "\",\"locationId\":\"" + store + "\",\"quantity\":10}]}").json()
                .getString("number");
        assertEquals(200, buyer.post("/api/v1/purchase-orders/" + number + "/send", "").status());
        agent = start(Broker.URL, null);
        await(() -> status().getBoolean("brokerReachable"), "the agent reaches the broker");

        String receipt = "{\"receiptId\":\"GR-" + uniqueCode("A") + "\",\"purchaseOrder\":\"" + number
                + "\",\"lines\":[{\"sku\":\"" + sku + "\",\"quantity\":6,\"damaged\":1}]}";
        assertEquals(202, agentPost("/receipts", receipt).statusCode());
        assertEquals(202, agentPost("/receipts", receipt).statusCode(), "the till trying again: one receipt");
        await(() -> Long.valueOf(6).equals(onHand(sku, store)), "the receipt reaches the server");
        JsonObject line = Api.get("/api/v1/purchase-orders/" + number).json().getJsonArray("lines")
                .getJsonObject(0);
        assertEquals(6, line.getInt("received"));
        assertEquals(1, line.getInt("damaged"));
        assertEquals(4, line.getInt("open"), "what did not come is still expected");
        await(() -> status().getInt("receiptsWaiting") == 0, "and is noted as forwarded");

        agent.close();
        // A crash after the broker took the receipt but before the journal noted it: the receipt goes again.
        Files.writeString(data.resolve("receipts.forwarded"), "0");
        agent = start(Broker.URL, null);
        await(() -> status().getInt("receiptsWaiting") == 0, "the restarted agent forwards it again");

        String beyond = "{\"receiptId\":\"GR-" + uniqueCode("B") + "\",\"purchaseOrder\":\"" + number
                + "\",\"lines\":[{\"sku\":\"" + sku + "\",\"quantity\":9}]}";
        String intruder = uniqueCode("AGX");
        createLocation(intruder, "STORE");
        try (Connection admin = Broker.asAdmin();
             Connection asIntruder = Broker.asStore(Broker.credentialsOf(intruder), null)) {
            admin.start();
            Session adminSession = admin.createSession(false, Session.AUTO_ACKNOWLEDGE);
            MessageConsumer deadLetters = adminSession.createConsumer(adminSession.createQueue(
                    Destinations.DEAD_LETTER), Headers.ORIGINAL_SENDER + " IN ('" + store + "', '" + intruder + "')");
            assertEquals(202, agentPost("/receipts", beyond).statusCode(), "the till cannot know the tolerance");
            Message refused = deadLetters.receive(30_000);
            assertTrue(refused != null && refused.getStringProperty(Headers.REJECT_REASON).contains("tolerance"),
                    "15 of 10 ordered is beyond the supplier's tolerance: " + (refused == null ? "nothing"
                            : refused.getStringProperty(Headers.REJECT_REASON)));

            Session intruderSession = asIntruder.createSession(false, Session.AUTO_ACKNOWLEDGE);
            intruderSession.createProducer(intruderSession.createQueue(Destinations.PURCHASING_RECEIPTS)).send(
                    intruderSession.createTextMessage("{\"schemaVersion\":1,\"storeId\":\"" + store
                            + "\",\"receiptId\":\"GR-forged\",\"purchaseOrder\":\"" + number + "\",\"lines\":[{"
                            + "\"sku\":\"" + sku + "\",\"quantity\":1}]}"));
            Message forged = deadLetters.receive(30_000);
            assertTrue(forged != null && forged.getStringProperty(Headers.REJECT_REASON).contains("only its own"),
                    "another store's receipt is refused: " + (forged == null ? "nothing"
                            : forged.getStringProperty(Headers.REJECT_REASON)));
        }
        assertEquals(6L, onHand(sku, store), "sent twice, received once; nothing beyond tolerance, nothing forged");
        assertEquals(422, agentPost("/receipts", "{\"receiptId\":\"GR-Z\",\"lines\":[]}").statusCode(),
                "a receipt without an order or lines is refused at the till");
    }

    /**
     * A till redeems a gift card through its agent: online the server's redemption (the balance taken, the same
     * reference once, too much refused); with the server away the retailer's policy: taken at the store's risk (202)
     * or refused (503).
     */
    @Test
    void aTillRedeemsAGiftCardThroughTheAgentOnlineAndFollowsThePolicyOffline() throws Exception {
        Api.Reply sold = Api.post("/api/v1/gift-cards", "{\"amount\":20.00,\"reference\":\"" + uniqueCode("G")
                + "\",\"paidWith\":\"CARD\",\"paymentReference\":\"PSP-1\"}");
        assertEquals(201, sold.status(), sold.body());
        String code = sold.json().getString("code");
        Api.Client systems = Api.newClient(store, null, "read", "stored-value:write");
        agent = StoreAgent.start(new StoreAgent.Config(store, Broker.URL, user.user(), user.password(), data, 0,
                "EUR", null, List.of(), URI.create(Api.BASE), systems.id, systems.secret, "refuse"));
        String first = "{\"code\":\"" + code + "\",\"amount\":5.00,\"reference\":\"" + store + "/R-1\"}";

        HttpResponse<String> redeemed = agentPost("/gift-cards/redemptions", first);
        assertEquals(200, redeemed.statusCode(), redeemed.body());
        assertEquals(0, new BigDecimal("15.00").compareTo(json(redeemed).getJsonNumber("balanceAfter")
                .bigDecimalValue()));
        assertEquals(200, agentPost("/gift-cards/redemptions", first).statusCode(), "the same reference once");
        HttpResponse<String> tooMuch = agentPost("/gift-cards/redemptions", "{\"code\":\"" + code + "\",\"amount\":"
                + "16.00,\"reference\":\"" + store + "/R-2\"}");
        assertEquals(409, tooMuch.statusCode(), tooMuch.body());
        assertTrue(tooMuch.body().contains("balance-insufficient"), tooMuch.body());
        assertEquals(0, new BigDecimal("15.00").compareTo(post("/api/v1/gift-cards/balance", "{\"code\":\"" + code
                + "\"}").json().getJsonNumber("balance").bigDecimalValue()));
        agent.close();

        for (String policy : List.of("refuse", "own-risk")) {
            agent = StoreAgent.start(new StoreAgent.Config(store, Broker.URL, user.user(), user.password(), data, 0,
                    "EUR", null, List.of(), URI.create("http://127.0.0.1:1"), systems.id, systems.secret, policy));
            HttpResponse<String> offline = agentPost("/gift-cards/redemptions", "{\"code\":\"" + code
                    + "\",\"amount\":5.00,\"reference\":\"" + store + "/R-3\"}");
            assertEquals(policy.equals("refuse") ? 503 : 202, offline.statusCode(), policy + ": " + offline.body());
            agent.close();
            agent = null;
        }

        agent = StoreAgent.start(new StoreAgent.Config(store, Broker.URL, user.user(), user.password(), data, 0,
                "EUR", null, List.of(), URI.create("http://127.0.0.1:1"), systems.id, systems.secret, "last-balance"));
        String held = "{\"code\":\"" + code + "\",\"amount\":10.00,\"reference\":\"" + store + "/R-4\"}";
        HttpResponse<String> fromHeld = agentPost("/gift-cards/redemptions", held);
        assertEquals(202, fromHeld.statusCode(), fromHeld.body());
        assertEquals("5.00", json(fromHeld).getString("balanceLeft"), "taken from the 15.00 the server last gave");
        assertEquals(202, agentPost("/gift-cards/redemptions", held).statusCode(), "the same sale asks again");
        HttpResponse<String> overHeld = agentPost("/gift-cards/redemptions", "{\"code\":\"" + code
                + "\",\"amount\":6.00,\"reference\":\"" + store + "/R-5\"}");
        assertEquals(503, overHeld.statusCode(), "5.00 is left of what was held, once: " + overHeld.body());
        assertTrue(overHeld.body().contains("5.00 left"), overHeld.body());
        assertEquals(503, agentPost("/gift-cards/redemptions", "{\"code\":\"GC-NEVER-SEEN-HERE\",\"amount\":1.00,"
                + "\"reference\":\"" + store + "/R-6\"}").statusCode(), "a card this store never checked");
        assertTrue(!Files.readString(data.resolve("card-balances.json")).contains(code),
                "the agent's disk keeps no card's code");
        agent.close();
        agent = null;
    }

    /** A store that taxes, as the property test below prices it: its country, currency, rounding and list basis. */
    private record TaxCase(String country, String region, String currency, boolean pricesIncludeTax, int baskets,
                           String[][] skus) {
    }

    /**
     * The server and an offline store agent tax a thousand random baskets alike (docs/sale-to-cash.md, "tax"): in EUR
     * at a Dutch store (per-line rounding, prices with tax) and a Belgian one (per-invoice rounding, prices without
     * tax), and in INR at a store in Karnataka (GST inside the state, CGST + SGST, rates by HSN code, prices without
     * tax). The agent loads the rules, its store's place, the SKUs' classes and its lists' basis with the snapshot,
     * then prices offline (no broker, no server) from what it keeps on disk. GST between states does not arise at a
     * till (its place of supply is the store); the engine's own property test covers it.
     */
    @Test
    void offlineTheAgentTaxesAThousandRandomBasketsAsTheServerDoes() throws Exception {
        TaxIT.rules();
        String[][] eur = {{"STANDARD", null}, {"REDUCED", null}, {"ZERO", null}, {"EXEMPT", null},
                {"STANDARD", null}, {"REDUCED", null}};
        String[][] inr = {{"STANDARD", null}, {"STANDARD", "6109"}, {"STANDARD", "610910"}, {"EXEMPT", null},
                {"STANDARD", "6109"}, {"STANDARD", null}};
        java.util.Random random = new java.util.Random(26);
        int compared = 0;
        for (TaxCase taxCase : List.of(new TaxCase("NL", null, "EUR", true, 400, eur),
                new TaxCase("BE", null, "EUR", false, 300, eur), new TaxCase("IN", "IN-KA", "INR", false, 300, inr))) {
            store = TaxIT.store(taxCase.country(), taxCase.region());
            user = Broker.credentialsOf(store);
            String zone = uniqueCode("TZ");
            assertEquals(200, put("/api/v1/locations/" + store + "/price-zone", "{\"priceZone\":\"" + zone + "\"}")
                    .status());
            String list = uniqueCode("AGT");
            assertEquals(201, post("/api/v1/price-lists", "{\"code\":\"" + list + "\",\"name\":\"Agent tax\","
                    + "\"currency\":\"" + taxCase.currency() + "\",\"priceZone\":\"" + zone + "\"}").status());
            assertEquals(200, TaxIT.ACCOUNTANT.put("/api/v1/price-lists/" + list + "/tax-basis",
                    "{\"pricesIncludeTax\":" + taxCase.pricesIncludeTax() + "}").status());
            List<String> skus = new java.util.ArrayList<>();
            for (String[] tax : taxCase.skus()) {
                String sku = sku(uniqueCode("TaxCat"));
                assertEquals(200, TaxIT.ACCOUNTANT.put("/api/v1/skus/" + sku + "/tax", "{\"taxClass\":\"" + tax[0]
                        + "\"" + (tax[1] == null ? "" : ",\"hsnCode\":\"" + tax[1] + "\"") + "}").status());
                prices(list, sku, new BigDecimal(random.nextInt(19_999) + 1).movePointLeft(2).toPlainString());
                skus.add(sku);
            }
            Path own = data.resolve(store);
            Api.Client systems = Api.newClient(store, null, "read");
            agent = StoreAgent.start(new StoreAgent.Config(store, Broker.URL, user.user(), user.password(), own, 0,
                    taxCase.currency(), zone, List.of(), URI.create(Api.BASE), systems.id, systems.secret, null));
            await(() -> status().getBoolean("loadedFromServer"), "the agent loads prices, catalog and tax rules");
            agent.close();
            agent = StoreAgent.start(new StoreAgent.Config(store, "tcp://127.0.0.1:1", user.user(), user.password(),
                    own, 0, taxCase.currency(), zone, List.of(), null, null, null, null));
            Instant at = Instant.now().truncatedTo(ChronoUnit.MILLIS);
            for (int b = 0; b < taxCase.baskets(); b++) {
                StringBuilder lines = new StringBuilder();
                for (int l = 0, count = 1 + random.nextInt(5); l < count; l++) {
                    lines.append(l == 0 ? "" : ",").append("{\"sku\":\"").append(skus.get(random.nextInt(skus.size())))
                            .append("\",\"quantity\":").append(1 + random.nextInt(4)).append('}');
                }
                Api.Reply server = post("/api/v1/baskets/price", "{\"currency\":\"" + taxCase.currency()
                        + "\",\"location\":\"" + store + "\",\"at\":\"" + at + "\",\"lines\":[" + lines + "]}");
                assertEquals(200, server.status(), server.body());
                HttpResponse<String> offline = agentPrice("{\"at\":\"" + at + "\",\"lines\":[" + lines + "]}");
                assertEquals(200, offline.statusCode(), offline.body());
                assertEquals(plainNumbers(server.json().get("tax")), plainNumbers(json(offline).get("tax")),
                        taxCase.country() + " basket " + b + " " + lines);
                compared++;
            }
            agent.close();
            agent = null;
        }
        assertEquals(1_000, compared);
    }

    /** A JSON value with every number written plainly, scale aside, so that 2.1 and 2.10 compare equal. */
    private static String plainNumbers(jakarta.json.JsonValue value) {
        assertTrue(value != null && value.getValueType() != jakarta.json.JsonValue.ValueType.NULL, "taxed");
        return switch (value.getValueType()) {
            case NUMBER -> ((jakarta.json.JsonNumber) value).bigDecimalValue().stripTrailingZeros().toPlainString();
            case OBJECT -> value.asJsonObject().entrySet().stream().sorted(java.util.Map.Entry.comparingByKey())
                    .map(e -> e.getKey() + "=" + plainNumbers(e.getValue()))
                    .collect(java.util.stream.Collectors.joining(",", "{", "}"));
            case ARRAY -> value.asJsonArray().stream().map(StoreAgentIT::plainNumbers)
                    .collect(java.util.stream.Collectors.joining(",", "[", "]"));
            default -> value.toString();
        };
    }

    /** Each line's SKU, unit price and total, and each promotion applied with its amount, scale aside. */
    private static List<String> figures(JsonObject basket) {
        List<String> figures = new java.util.ArrayList<>();
        basket.getJsonArray("lines").forEach(v -> {
            JsonObject line = v.asJsonObject();
            figures.add(line.getString("sku") + " " + plain(line, "unitPrice") + " " + plain(line, "total"));
        });
        basket.getJsonArray("applied").forEach(v -> figures.add(v.asJsonObject().getString("promotion") + " "
                + plain(v.asJsonObject(), "amount")));
        return figures;
    }

    private static String plain(JsonObject object, String name) {
        return object.getJsonNumber(name).bigDecimalValue().stripTrailingZeros().toPlainString();
    }

    @Test
    void theStoresWorkForOrdersShowsAtTheTillAndItsStepsReachTheServer() throws Exception {
        OrderDesk.standardRules();
        String sku = OrderDesk.pricedSku("AGO", "20.00");
        store = OrderDesk.location("AGF", "STORE", 52.36, 4.90, null);
        Api.Client shop = OrderDesk.shop(store);
        user = Broker.credentialsOf(store);
        Api.receive(sku, store, 2);
        agent = start(Broker.URL, null);
        await(() -> status().getBoolean("brokerReachable"), "the agent reaches the broker");

        JsonObject order = shop.post("/api/v1/orders", OrderDesk.shippedOrder(uniqueCode("web"), null, "20.00",
                new OrderDesk.Line(sku, 1))).json();
        String number = order.getString("number");
        String fulfilment = order.getJsonArray("fulfilments").getJsonObject(0).getString("code");
        await(() -> status().getInt("tasks") == 1, "the store's task reaches its agent");

        JsonObject task = tasks().getJsonObject(0).getJsonObject("task");
        assertEquals(fulfilment, task.getString("fulfilmentId"));
        assertEquals("FULFIL", task.getString("kind"));
        assertEquals(sku, task.getJsonArray("lines").getJsonObject(0).getString("sku"));
        HttpResponse<String> accepted = agentPost("/tasks/" + fulfilment, "{\"action\":\"ACCEPT\"}");
        assertEquals(202, accepted.statusCode(), accepted.body());
        OrderDesk.awaitOrder(number, o -> "ACCEPTED".equals(OrderDesk.fulfilmentsAt(o, store).get(0)
                .getString("status")), Duration.ofSeconds(20));
        assertEquals("ACCEPT", tasks().getJsonObject(0).getString("lastStep"));
        assertEquals(422, agentPost("/tasks/" + fulfilment, "{\"action\":\"DANCE\"}").statusCode());
        assertEquals(404, agentPost("/tasks/NO-SUCH-1", "{\"action\":\"ACCEPT\"}").statusCode(),
                "another store's fulfilment, or none");

        agent.close();
        agent = start("tcp://127.0.0.1:1", null);
        assertEquals(fulfilment, tasks().getJsonObject(0).getJsonObject("task").getString("fulfilmentId"),
                "kept on disk: shown while the broker is away");
        assertEquals(503, agentPost("/tasks/" + fulfilment, "{\"action\":\"PICK\"}").statusCode(),
                "a step cannot be reported without the broker, and the till is told so");
    }

    private jakarta.json.JsonArray tasks() throws Exception {
        return Json.createReader(new StringReader(HTTP.send(HttpRequest.newBuilder(agentUri("/tasks")).build(),
                HttpResponse.BodyHandlers.ofString()).body())).readArray();
    }

    private String sku(String category) {
        String sku = uniqueCode("AGK");
        assertEquals(201, post("/api/v1/skus", "{\"code\":\"" + sku + "\",\"name\":\"Agent " + sku
                + "\",\"category\":\"" + category + "\"}").status());
        return sku;
    }

    @Test
    void aTillFindsWhatItScannedInTheAgentsItemMasterAlsoOffline() throws Exception {
        String before = uniqueCode("AGB");
        Api.createSku(before);
        String beforeBarcode = newBarcode();
        assertEquals(201, post("/api/v1/skus/" + before + "/barcodes", "{\"barcode\":\"" + beforeBarcode + "\"}")
                .status());
        agent = startWithApi(null);
        await(() -> status().getBoolean("brokerReachable") && status().getBoolean("loadedFromServer"),
                "the agent loads the catalog recorded before it");
        assertEquals(before, json(agentGet("/items?barcode=" + beforeBarcode)).getString("sku"));

        String after = uniqueCode("AGB");
        Api.createSku(after);
        String afterBarcode = newBarcode();
        assertEquals(201, post("/api/v1/skus/" + after + "/barcodes", "{\"barcode\":\"" + afterBarcode + "\"}")
                .status());
        await(() -> agentGet("/items?barcode=" + afterBarcode).statusCode() == 200,
                "a barcode given after the agent started reaches it on omnistock.sku.changed");
        assertEquals(200, Api.delete("/api/v1/skus/" + before + "/barcodes/" + beforeBarcode).status());
        await(() -> agentGet("/items?barcode=" + beforeBarcode).statusCode() == 404,
                "a barcode taken off a SKU no longer finds it");
        agent.close();
        agent = start("tcp://127.0.0.1:1", null);

        JsonObject offline = json(agentGet("/items?barcode=" + afterBarcode));
        assertEquals(after, offline.getString("sku"), "found from the item master on disk, without the broker");
        assertEquals("Tests", offline.getString("category"), "with the category the till prices promotions by");
        HttpResponse<String> misread = agentGet("/items?barcode=" + afterBarcode.substring(0, 12)
                + ((afterBarcode.charAt(12) - '0' + 1) % 10));
        assertEquals(422, misread.statusCode());
        assertEquals("urn:omnistock:problem:invalid-barcode", json(misread).getString("type"));
    }

    private HttpResponse<String> agentGet(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(agentUri(path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String priceList(String zone) {
        String list = uniqueCode("AGL");
        assertEquals(201, post("/api/v1/price-lists", "{\"code\":\"" + list + "\",\"name\":\"Agent tests\","
                + "\"currency\":\"EUR\"" + (zone == null ? "" : ",\"priceZone\":\"" + zone + "\"") + "}").status());
        return list;
    }

    private static void prices(String list, String sku, String amount) {
        assertEquals(200, post("/api/v1/price-lists/" + list + "/prices", "[{\"sku\":\"" + sku + "\",\"amount\":"
                + amount + "}]").status());
    }

    private JsonObject status() throws Exception {
        return json(HTTP.send(HttpRequest.newBuilder(agentUri("/status")).build(),
                HttpResponse.BodyHandlers.ofString()));
    }

    private HttpResponse<String> agentPrice(String basket) throws Exception {
        return agentPost("/basket", basket);
    }

    private HttpResponse<String> agentPost(String path, String body) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(agentUri(path)).POST(HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/json").build(), HttpResponse.BodyHandlers.ofString());
    }

    private URI agentUri(String path) {
        return URI.create("http://127.0.0.1:" + agent.port() + path);
    }

    private static JsonObject json(HttpResponse<String> response) {
        return Json.createReader(new StringReader(response.body())).readObject();
    }

    private interface Check {
        boolean holds() throws Exception;
    }

    private static void await(Check check, String what) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (!check.holds()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not within 60 s: " + what);
            }
            Thread.sleep(200);
        }
    }
}
