package org.omnistock.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.omnistock.system.Api.uniqueCode;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import jakarta.json.JsonObject;

import org.junit.jupiter.api.Test;

/**
 * A web shop subscribes to the platform's events over HTTPS-style webhooks and receives them signed, at least once
 * and in order per aggregate, through refusals, an endpoint that goes away and one that is slow; an endpoint that
 * keeps failing is disabled and its owner told; every delivery and attempt can be read and replayed. The
 * receivers are real HTTP servers on loopback ports ({@link WebhookReceiver}).
 */
class WebhooksIT {

    private static final Duration WITHIN = Duration.ofSeconds(30);

    /** A subscription made for one test: its code and secret. */
    private record Subscribed(String code, String secret) {
    }

    private static Subscribed subscribe(Api.Client client, WebhookReceiver receiver, String topics, String filters) {
        Api.Reply reply = client.post("/api/v1/webhooks", "{\"url\":\"" + receiver.url() + "\",\"topics\":["
                + topics + "]" + filters + "}");
        assertEquals(201, reply.status(), reply.body());
        JsonObject issued = reply.json();
        receiver.secret(issued.getString("secret"));
        return new Subscribed(issued.getJsonObject("subscription").getString("code"), issued.getString("secret"));
    }

    /** A SKU and a store of the test's own, whose stock changes are what a subscription with a SKU filter gets. */
    private record StockOf(String sku, String store) {

        static StockOf made(String prefix) {
            StockOf stock = new StockOf(uniqueCode(prefix), uniqueCode(prefix));
            Api.createSku(stock.sku());
            Api.createLocation(stock.store(), "STORE");
            return stock;
        }

        String filter() {
            return ",\"sku\":\"" + sku + "\"";
        }
    }

    private static void await(BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + WITHIN.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not within " + WITHIN + ": " + what);
            }
            Thread.sleep(100);
        }
    }

    /** Each aggregate's sequences as the receiver accepted them, in arrival order. */
    private static Map<String, List<Long>> sequencesByAggregate(List<JsonObject> accepted) {
        Map<String, List<Long>> sequences = new TreeMap<>();
        for (JsonObject envelope : accepted) {
            sequences.computeIfAbsent(envelope.getString("aggregate"), a -> new ArrayList<>())
                    .add(envelope.getJsonNumber("sequence").longValue());
        }
        return sequences;
    }

    private static void assertOnceInOrder(List<Long> sequences, int count, String aggregate) {
        assertEquals(count, sequences.size(), aggregate + " received " + sequences);
        for (int i = 1; i < sequences.size(); i++) {
            assertTrue(sequences.get(i) > sequences.get(i - 1), aggregate + " out of order: " + sequences);
        }
        assertEquals(count, new HashSet<>(sequences).size(), aggregate + " twice: " + sequences);
    }

    @Test
    void aSubscriberReceivesSignedEventsThatItsReceiverVerifiesAndATamperedOneIsRefused() throws Exception {
        StockOf stock = StockOf.made("WH");
        String sku = stock.sku();
        String store = stock.store();
        Api.Client shop = Api.newClient(null, null, "read");
        try (WebhookReceiver receiver = new WebhookReceiver()) {
            Subscribed subscribed = subscribe(shop, receiver, "\"stock.changed\"", stock.filter());

            Api.receive(sku, store, 7);

            await(() -> receiver.accepted().size() == 1, "the stock change arrives");
            WebhookReceiver.Received request = receiver.received().get(0);
            assertTrue(request.genuine(), "the documented Java check accepts the signature");
            JsonObject envelope = request.envelope();
            assertEquals("stock.changed", envelope.getString("type"));
            assertEquals("stock:" + sku + "@" + store, envelope.getString("aggregate"));
            assertEquals(7, envelope.getJsonObject("data").getInt("onHand"));
            assertEquals(envelope.getJsonObject("data").getString("eventId"), envelope.getString("id"));
            assertTrue(envelope.getJsonNumber("sequence").longValue() > 0);

            assertEquals(0, python(subscribed.secret(), request.signature(), request.body()),
                    "the documented Python receiver accepts it");
            assertEquals(1, python(subscribed.secret(), request.signature(), request.body().replace("\"onHand\":7",
                    "\"onHand\":70")), "and refuses a tampered body");
            assertEquals(1, python("whsec_not-the-secret", request.signature(), request.body()),
                    "and a signature under another secret");
            assertFalse(WebhookReceiver.verify(subscribed.secret(), request.signature(),
                    request.body().replace("\"onHand\":7", "\"onHand\":70").getBytes(StandardCharsets.UTF_8)));

            JsonObject delivery = shop.get("/api/v1/webhooks/" + subscribed.code() + "/deliveries").json()
                    .getJsonArray("items").getJsonObject(0);
            assertEquals("DELIVERED", delivery.getString("status"));
            assertEquals(request.deliveryId(), String.valueOf(delivery.getJsonNumber("id").longValue()));
            JsonObject detail = shop.get("/api/v1/webhooks/" + subscribed.code() + "/deliveries/"
                    + request.deliveryId()).json();
            assertEquals(request.body(), detail.getString("body"), "the envelope is kept as sent");
            assertEquals(200, detail.getJsonArray("attempts").getJsonObject(0).getInt("statusCode"));
        }
    }

    /** docs/examples/verify_webhook.py, run as a receiver in Python would: its exit status. */
    private static int python(String secret, String signature, String body) throws IOException,
            InterruptedException {
        Path script = Path.of(System.getProperty("omnistock.repository", "../.."), "docs", "examples",
                "verify_webhook.py");
        Process process = new ProcessBuilder("python3", script.toString(), secret, signature)
                .redirectErrorStream(true).start();
        try {
            process.getOutputStream().write(body.getBytes(StandardCharsets.UTF_8));
            process.getOutputStream().close();
            assertTrue(process.waitFor(30, TimeUnit.SECONDS), "python3 answers");
            return process.exitValue();
        } finally {
            process.destroyForcibly();
        }
    }

    @Test
    void eventsOfOneAggregateArriveOnceAndInOrderThroughRefusalsAndAnEndpointThatGoesAway() throws Exception {
        StockOf stock = StockOf.made("WO");
        String sku = stock.sku();
        String first = stock.store();
        String second = uniqueCode("WB");
        Api.createLocation(second, "STORE");
        Api.Client shop = Api.newClient(null, null, "read");
        try (WebhookReceiver receiver = new WebhookReceiver()) {
            subscribe(shop, receiver, "\"stock.changed\"", stock.filter());
            // Every third request is refused (503) or times out (408): those are tried again, later.
            receiver.answer(n -> n % 3 == 0 ? 503 : n % 7 == 0 ? 408 : 200);
            for (int i = 0; i < 12; i++) {
                Api.receive(sku, i % 2 == 0 ? first : second, 1);
            }
            await(() -> receiver.accepted().size() >= 12, "twelve changes through refusals");

            receiver.goAway();
            for (int i = 0; i < 6; i++) {
                Api.receive(sku, first, 1);
            }
            Thread.sleep(2_000);
            receiver.answer(n -> 200);
            receiver.comeBack();
            await(() -> receiver.accepted().size() >= 18, "the six made while it was away");
            Thread.sleep(1_000);

            Map<String, List<Long>> sequences = sequencesByAggregate(receiver.accepted());
            assertOnceInOrder(sequences.get("stock:" + sku + "@" + first), 12, first);
            assertOnceInOrder(sequences.get("stock:" + sku + "@" + second), 6, second);
        }
    }

    @Test
    void aRefusedEventIsNotTriedAgainAndItsAggregateGoesOn() throws Exception {
        StockOf stock = StockOf.made("WR");
        String sku = stock.sku();
        String store = stock.store();
        Api.Client shop = Api.newClient(null, null, "read");
        try (WebhookReceiver receiver = new WebhookReceiver()) {
            Subscribed subscribed = subscribe(shop, receiver, "\"stock.changed\"", stock.filter());
            receiver.answer(n -> n == 1 ? 400 : 200);
            Api.receive(sku, store, 1);
            Api.receive(sku, store, 1);
            await(() -> receiver.accepted().size() == 1, "the second change after the refused first");
            Thread.sleep(1_500);
            assertEquals(2, receiver.received().size(), "a 400 is final: " + receiver.received());
            JsonObject failed = shop.get("/api/v1/webhooks/" + subscribed.code() + "/deliveries?status=FAILED")
                    .json();
            assertEquals(1, failed.getInt("total"));
            assertEquals(400, failed.getJsonArray("items").getJsonObject(0).getInt("lastStatus"));

            long failedId = failed.getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue();
            Api.Reply replay = shop.post("/api/v1/webhooks/" + subscribed.code() + "/deliveries/" + failedId
                    + "/replay", "");
            assertEquals(201, replay.status(), replay.body());
            assertEquals(failedId, replay.json().getJsonNumber("replayOf").longValue());
            await(() -> receiver.accepted().size() == 2, "the replay");
            assertEquals(receiver.received().get(0).envelope().getString("id"),
                    receiver.accepted().get(1).getString("id"), "a replay carries the event's own id");
        }
    }

    @Test
    void aSlowEndpointDelaysNoOtherAndADeadOneIsDisabledAndItsOwnerTold() throws Exception {
        StockOf stock = StockOf.made("WS");
        String sku = stock.sku();
        String store = stock.store();
        Api.Client shop = Api.newClient(null, null, "read");
        Api.Client erp = Api.newClient(null, null, "read");
        try (WebhookReceiver fast = new WebhookReceiver(); WebhookReceiver slow = new WebhookReceiver();
             WebhookReceiver dead = new WebhookReceiver(); WebhookReceiver owners = new WebhookReceiver()) {
            String filter = stock.filter();
            subscribe(shop, fast, "\"stock.changed\"", filter);
            subscribe(erp, slow, "\"stock.changed\"", filter);
            Subscribed failing = subscribe(erp, dead, "\"stock.changed\"", filter);
            subscribe(erp, owners, "\"webhook.disabled\"", "");
            slow.delay(Duration.ofMillis(2_500));
            dead.answer(n -> 500);

            long started = System.nanoTime();
            for (int i = 0; i < 5; i++) {
                Api.receive(sku, store, 1);
            }
            await(() -> fast.accepted().size() == 5, "the fast endpoint has all five");
            long fastMillis = (System.nanoTime() - started) / 1_000_000;
            assertTrue(slow.accepted().size() < 5, "while the slow one is still at it: " + slow.accepted().size());
            assertTrue(fastMillis < 5_000, "the fast endpoint waited for nobody: " + fastMillis + " ms");
            await(() -> slow.accepted().size() == 5, "the slow one gets there too");

            await(() -> !owners.accepted().isEmpty(), "the owner hears that its endpoint was disabled");
            JsonObject told = owners.accepted().get(0);
            assertEquals("webhook.disabled", told.getString("type"));
            assertEquals(failing.code(), told.getJsonObject("data").getString("subscription"));
            JsonObject disabled = erp.get("/api/v1/webhooks/" + failing.code()).json();
            assertEquals("DISABLED", disabled.getString("status"));
            assertTrue(disabled.getString("disabledReason").contains("failed"), disabled.toString());
            assertEquals(5, disabled.getInt("pending"), "its deliveries wait");
            assertTrue(shop.get("/api/v1/webhooks").body().contains(fast.url()));

            dead.answer(n -> 200);
            assertEquals(200, erp.post("/api/v1/webhooks/" + failing.code() + "/enable", "").status());
            await(() -> dead.accepted().size() == 5, "enabled again, it gets what waited");
            assertOnceInOrder(sequencesByAggregate(dead.accepted()).get("stock:" + sku + "@" + store), 5, store);
        }
    }

    @Test
    void aClientManagesItsOwnSubscriptionsWithinItsScopes() throws Exception {
        Api.Client shop = Api.newClient(null, null, "read");
        Api.Client other = Api.newClient(null, null, "read");
        Api.Client writer = Api.newClient(null, null, "stock:write");
        try (WebhookReceiver receiver = new WebhookReceiver()) {
            Subscribed mine = subscribe(shop, receiver, "\"prices.changed\",\"order.changed\"", "");
            assertEquals(404, other.get("/api/v1/webhooks/" + mine.code()).status(), "another client's is unknown");
            assertEquals(404, other.post("/api/v1/webhooks/" + mine.code() + "/secret", "").status());
            assertFalse(other.get("/api/v1/webhooks").body().contains(mine.code()));
            assertEquals(403, writer.get("/api/v1/webhooks").status(), "without read, no webhooks");
            assertEquals(401, Api.ANONYMOUS.get("/api/v1/webhooks").status());
            Api.Reply customers = shop.post("/api/v1/webhooks", "{\"url\":\"" + receiver.url()
                    + "x\",\"topics\":[\"customer.changed\"]}");
            assertEquals(422, customers.status(), customers.body());
            assertTrue(customers.body().contains("topic-not-allowed"));
            Api.Reply plain = shop.post("/api/v1/webhooks", "{\"url\":\"http://shop.example.com/hooks\","
                    + "\"topics\":[\"stock.changed\"]}");
            assertEquals(422, plain.status(), plain.body());
            assertTrue(plain.body().contains("invalid-webhook-url"));
            Api.Reply again = shop.post("/api/v1/webhooks", "{\"url\":\"" + receiver.url()
                    + "\",\"topics\":[\"stock.changed\"]}");
            assertEquals(409, again.status(), again.body());
            assertTrue(shop.get("/api/v1/webhooks/topics").body().contains("stock.changed"));
            assertFalse(shop.get("/api/v1/webhooks/topics").body().contains("customer.changed"));

            Api.Reply rotated = shop.post("/api/v1/webhooks/" + mine.code() + "/secret", "");
            assertEquals(200, rotated.status(), rotated.body());
            assertTrue(rotated.json().getJsonObject("subscription").containsKey("previousSecretUntil"));
            assertEquals(204, shop.delete("/api/v1/webhooks/" + mine.code()).status());
            assertEquals(404, shop.get("/api/v1/webhooks/" + mine.code()).status());
        }
    }

    @Test
    void whileASecretIsRotatedBothSign() throws Exception {
        StockOf stock = StockOf.made("WK");
        String sku = stock.sku();
        String store = stock.store();
        Api.Client shop = Api.newClient(null, null, "read");
        try (WebhookReceiver receiver = new WebhookReceiver()) {
            Subscribed subscribed = subscribe(shop, receiver, "\"stock.changed\"", stock.filter());
            String rotated = shop.post("/api/v1/webhooks/" + subscribed.code() + "/secret", "").json()
                    .getString("secret");
            Api.receive(sku, store, 2);
            await(() -> receiver.accepted().size() == 1, "signed with the old secret too");
            WebhookReceiver.Received request = receiver.received().get(0);
            assertTrue(WebhookReceiver.verify(rotated, request.signature(),
                    request.body().getBytes(StandardCharsets.UTF_8)), "and with the new one");
            assertEquals(Set.of("t", "v1"), Set.copyOf(java.util.Arrays.stream(request.signature().split(","))
                    .map(p -> p.split("=")[0]).toList()));
        }
    }
}
