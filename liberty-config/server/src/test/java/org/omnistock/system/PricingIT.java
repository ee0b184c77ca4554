package org.omnistock.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.omnistock.system.Api.createLocation;
import static org.omnistock.system.Api.createSku;
import static org.omnistock.system.Api.get;
import static org.omnistock.system.Api.post;
import static org.omnistock.system.Api.postText;
import static org.omnistock.system.Api.put;
import static org.omnistock.system.Api.uniqueCode;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import jakarta.jms.Connection;
import jakarta.jms.JMSException;
import jakarta.jms.MessageConsumer;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.omnistock.messages.Destinations;
import org.omnistock.messages.Headers;
import org.omnistock.messages.JsonCodec;
import org.omnistock.messages.pricing.PricesChanged;

/** Central prices through REST, and stores told over JMS ahead of the instant a change takes effect. */
class PricingIT {

    private static final long MESSAGE_WAIT_MS = 10_000;

    private String sku;
    private String store;
    private Broker.StoreUser storeUser;
    private String zone;
    private String list;

    @BeforeEach
    void aStoreInAZoneWithAPriceList() {
        sku = uniqueCode("PRC");
        store = uniqueCode("PS");
        zone = uniqueCode("Z");
        list = uniqueCode("PL");
        createSku(sku);
        createLocation(store, "STORE");
        assertEquals(200, put("/api/v1/locations/" + store + "/price-zone", "{\"priceZone\":\"" + zone + "\"}")
                .status());
        assertEquals(201, post("/api/v1/price-lists", "{\"code\":\"" + list + "\",\"name\":\"Zone list\","
                + "\"currency\":\"EUR\",\"priceZone\":\"" + zone + "\"}").status());
        assertEquals(200, post("/api/v1/price-lists/" + list + "/prices", "[{\"sku\":\"" + sku
                + "\",\"amount\":10.00}]").status());
    }

    @Test
    void aScheduledChangeReachesStoresBeforeItsInstantAndTakesEffectExactlyThen() throws Exception {
        String clientId = store;
        try (Connection connection = storeConnection()) {
            Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
            MessageConsumer subscription = session.createDurableSubscriber(
                    session.createTopic(Destinations.PRICE_CHANGED), clientId,
                    Headers.PRICE_ZONE + " = '" + zone + "'", false);
            connection.start();

            Instant effective = Instant.now().plusSeconds(6).truncatedTo(ChronoUnit.MILLIS);
            Api.Reply recorded = post("/api/v1/price-lists/" + list + "/prices", "[{\"sku\":\"" + sku
                    + "\",\"amount\":12.50,\"effectiveFrom\":\"" + effective + "\"}]");
            assertEquals(200, recorded.status(), recorded.body());

            PricesChanged change = nextWithEffectiveFrom(subscription, effective);
            Instant receivedAt = Instant.now();
            assertNotNull(change, "the store was told");
            assertTrue(receivedAt.isBefore(effective), "told at " + receivedAt + ", before " + effective);
            assertEquals(list, change.priceList().priceList());
            assertEquals(zone, change.priceList().priceZone());
            assertEquals(1, change.prices().size());
            assertEquals(0, new BigDecimal("12.50").compareTo(change.prices().get(0).amount()));
            assertEquals(effective, change.prices().get(0).effectiveFrom());

            assertEquals(new BigDecimal("10.00"), price(null));
            assertEquals(new BigDecimal("10.00"), price(effective.minusMillis(1)), "the old price until the instant");
            assertEquals(new BigDecimal("12.50"), price(effective), "the new price from the instant");
            while (Instant.now().isBefore(effective.plusMillis(100))) {
                Thread.sleep(100);
            }
            Api.Reply now = get("/api/v1/skus/" + sku + "/price?currency=EUR&location=" + store);
            assertEquals(new BigDecimal("12.50"), now.json().getJsonNumber("amount").bigDecimalValue());
            assertEquals(list, now.json().getString("priceList"));
            assertEquals(new BigDecimal("10.00"), now.json().getJsonNumber("lowestPriorPrice").bigDecimalValue(),
                    "the 30-day prior price remembers 10.00");
        }
    }

    @Test
    void aStoreThatWasOfflineCatchesUpInOrder() throws Exception {
        String clientId = store;
        String selector = Headers.PRICE_LIST + " = '" + list + "'";
        try (Connection first = storeConnection()) {
            Session session = first.createSession(false, Session.AUTO_ACKNOWLEDGE);
            session.createDurableSubscriber(session.createTopic(Destinations.PRICE_CHANGED), clientId, selector, false)
                    .close();
        }
        for (String amount : List.of("11.00", "11.50", "12.00")) {
            assertEquals(200, post("/api/v1/price-lists/" + list + "/prices", "[{\"sku\":\"" + sku
                    + "\",\"amount\":" + amount + ",\"effectiveFrom\":\"" + Instant.now().plusSeconds(3600)
                    + "\"}]").status());
        }
        try (Connection again = storeConnection()) {
            Session session = again.createSession(false, Session.AUTO_ACKNOWLEDGE);
            MessageConsumer subscription = session.createDurableSubscriber(
                    session.createTopic(Destinations.PRICE_CHANGED), clientId, selector, false);
            again.start();
            List<Long> sequences = new ArrayList<>();
            List<BigDecimal> amounts = new ArrayList<>();
            while (amounts.size() < 3) {
                TextMessage message = (TextMessage) subscription.receive(MESSAGE_WAIT_MS);
                assertNotNull(message, "change " + (amounts.size() + 1) + " of 3 kept for the store");
                PricesChanged change = JsonCodec.fromJson(message.getText(), PricesChanged.class);
                if (change.prices().stream().anyMatch(p -> p.effectiveFrom().isAfter(Instant.now()))) {
                    sequences.add(change.sequence());
                    amounts.add(change.prices().get(0).amount());
                }
            }
            assertEquals(List.of(sequences.get(0), sequences.get(0) + 1, sequences.get(0) + 2), sequences);
            assertEquals(List.of(new BigDecimal("11.00"), new BigDecimal("11.50"), new BigDecimal("12.00")), amounts);
            session.close();
            again.createSession(false, Session.AUTO_ACKNOWLEDGE).unsubscribe(clientId);
        }
    }

    @Test
    void aListMovedToAnotherZoneLeavesTheOldZonesStoresAndReachesTheNewZonesWithItsPrices() throws Exception {
        String newZone = uniqueCode("Z");
        try (Connection connection = storeConnection()) {
            Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
            MessageConsumer oldZone = session.createConsumer(session.createTopic(Destinations.PRICE_CHANGED),
                    Headers.PRICE_LIST + " = '" + list + "' AND " + Headers.PRICE_ZONE + " = '" + zone + "'");
            MessageConsumer reached = session.createConsumer(session.createTopic(Destinations.PRICE_CHANGED),
                    Headers.PRICE_LIST + " = '" + list + "' AND " + Headers.PRICE_ZONE + " = '" + newZone + "'");
            connection.start();

            Api.Reply moved = put("/api/v1/price-lists/" + list + "/scope", "{\"priceZone\":\"" + newZone + "\"}");
            assertEquals(200, moved.status(), moved.body());
            assertEquals(newZone, moved.json().getString("priceZone"));

            PricesChanged left = next(oldZone);
            assertNotNull(left, "the stores of the zone it left are told");
            assertEquals(newZone, left.priceList().priceZone(), "its new scope, by which they leave it out");
            List<PricesChanged> arrived = new ArrayList<>();
            for (PricesChanged change = next(reached); change != null; change = arrived.stream()
                    .anyMatch(c -> !c.prices().isEmpty()) ? null : next(reached)) {
                arrived.add(change);
            }
            assertTrue(arrived.stream().flatMap(c -> c.prices().stream()).anyMatch(p -> p.sku().equals(sku)
                    && p.amount().compareTo(new BigDecimal("10.00")) == 0), "the new zone's stores get its prices: "
                    + arrived);
        }
        assertEquals(400, put("/api/v1/price-lists/" + list + "/scope", "{\"priceZone\":\""
                + "X".repeat(40) + "\"}").status(), "a zone code is at most 32 characters");
        assertEquals(422, put("/api/v1/price-lists/" + list + "/scope", "{\"channel\":\"NO-SUCH\"}").status());
    }

    private static PricesChanged next(MessageConsumer consumer) throws JMSException {
        TextMessage message = (TextMessage) consumer.receive(MESSAGE_WAIT_MS);
        return message == null ? null : JsonCodec.fromJson(message.getText(), PricesChanged.class);
    }

    @Test
    void aBatchWithOneWrongPriceRecordsNothing() {
        String other = uniqueCode("PRC");
        createSku(other);
        Api.Reply refused = post("/api/v1/price-lists/" + list + "/prices", "[{\"sku\":\"" + other
                + "\",\"amount\":5.00},{\"sku\":\"NO-SUCH-SKU\",\"amount\":5.00},{\"sku\":\"" + other
                + "\",\"amount\":5.001},{\"sku\":\"" + sku + "\",\"amount\":4.00,\"effectiveFrom\":\"2020-01-01T00:00:00Z\"}]");
        assertEquals(422, refused.status(), refused.body());
        assertEquals("urn:omnistock:problem:invalid-prices", refused.json().getString("type"));
        assertEquals(3, refused.json().getJsonArray("errors").size(), refused.body());
        assertEquals("prices[1]", refused.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        Api.Reply none = get("/api/v1/skus/" + other + "/price?currency=EUR&location=" + store);
        assertEquals(422, none.status(), "no price was recorded for the valid line either");
        assertEquals("urn:omnistock:problem:no-price", none.json().getString("type"));
    }

    @Test
    void csvImportReportsEveryWrongLineAndAnExportImportsBackUnchanged() {
        String second = uniqueCode("PRC");
        createSku(second);
        String wrong = "sku,amount,minQuantity,effectiveFrom\n" + second + ",7.50,,\nNO-SUCH-SKU,1.00,,\n"
                + second + ",abc,,\n";
        Api.Reply refused = postText("/api/v1/price-lists/" + list + "/prices.csv", "text/csv", wrong);
        assertEquals(422, refused.status(), refused.body());
        assertEquals(2, refused.json().getJsonArray("errors").size(), refused.body());
        assertEquals("line 3", refused.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        assertEquals("line 4", refused.json().getJsonArray("errors").getJsonObject(1).getString("field"));

        String right = "sku,amount,minQuantity,effectiveFrom\n" + second + ",7.50,,\n" + second + ",6.00,10,\n";
        Api.Reply imported = postText("/api/v1/price-lists/" + list + "/prices.csv", "text/csv", right);
        assertEquals(200, imported.status(), imported.body());
        assertEquals(2, imported.json().getInt("recorded"));
        assertEquals(new BigDecimal("6.00"), get("/api/v1/skus/" + second + "/price?currency=EUR&quantity=10&location="
                + store).json().getJsonNumber("amount").bigDecimalValue(), "the tier from 10 applies");

        Api.Reply export = get("/api/v1/price-lists/" + list + "/prices.csv");
        assertEquals(200, export.status());
        assertTrue(export.body().contains(second + ",6.00,10,\n"), export.body());
        Api.Reply again = postText("/api/v1/price-lists/" + list + "/prices.csv", "text/csv", export.body());
        assertEquals(200, again.status(), again.body());
        assertEquals(0, again.json().getInt("recorded"), "re-importing the export changes nothing");
        assertEquals(3, again.json().getInt("unchanged"));
    }

    /**
     * The change with a price effective at that instant; the list's earlier messages (its creation, its first price)
     * may still be on their way from the outbox when the store subscribes, and are passed over.
     */
    private static PricesChanged nextWithEffectiveFrom(MessageConsumer subscription, Instant effective)
            throws JMSException {
        long deadline = System.currentTimeMillis() + MESSAGE_WAIT_MS;
        while (System.currentTimeMillis() < deadline) {
            TextMessage message = (TextMessage) subscription.receive(Math.max(1, deadline - System.currentTimeMillis()));
            if (message == null) {
                return null;
            }
            PricesChanged change = JsonCodec.fromJson(message.getText(), PricesChanged.class);
            if (change.prices().stream().anyMatch(p -> p.effectiveFrom().equals(effective))) {
                return change;
            }
        }
        return null;
    }

    private BigDecimal price(Instant at) {
        Api.Reply reply = get("/api/v1/skus/" + sku + "/price?currency=EUR&location=" + store
                + (at == null ? "" : "&at=" + at));
        assertEquals(200, reply.status(), reply.body());
        return reply.json().getJsonNumber("amount").bigDecimalValue();
    }

    /** The test's store, logged in as itself; its durable subscriptions are named after it. */
    private Connection storeConnection() throws JMSException {
        if (storeUser == null) {
            storeUser = Broker.credentialsOf(store);
        }
        return Broker.asStore(storeUser, store);
    }
}
