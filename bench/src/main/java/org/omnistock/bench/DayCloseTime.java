package org.omnistock.bench;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.jms.Connection;
import jakarta.jms.MessageProducer;
import jakarta.jms.Session;
import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;

/**
 * B11, a till day closed: a new store opens its day, {@code sales} receipts (default 5,000, each paid part cash with
 * change, part card) go in from 8 tills as fast as they are taken, and once the day has folded them all its X report
 * and then its close (the cash counted as expected, so no posting) are timed through REST, each {@code rounds} times
 * on a new store (default 3). Prints every round. Goal (issue 26): the close of a 5,000-sale day under 1 s.
 */
public final class DayCloseTime {

    private static final String BROKER = System.getProperty("broker.url", "tcp://127.0.0.1:61616");

    public static void main(String[] args) throws Exception {
        int sales = Integer.getInteger("sales", 5_000);
        int rounds = Integer.getInteger("rounds", 3);
        for (int round = 1; round <= rounds; round++) {
            run(round, sales);
        }
    }

    private static void run(int round, int sales) throws Exception {
        String[] skuAndStore = Rest.skuAndStoreWith("B11", sales + 1000L);
        String sku = skuAndStore[0];
        String store = skuAndStore[1];
        Rest.expect(201, Rest.post("/api/v1/stores/" + store + "/days", "{\"openingFloat\":200.00}"));
        JsonObject credentials = Json.createReader(new StringReader(Rest.post("/api/v1/locations/" + store
                + "/broker-credentials", "").body())).readObject();
        ActiveMQConnectionFactory factory = new ActiveMQConnectionFactory(BROKER, credentials.getString("user"),
                credentials.getString("password"));
        int tills = 8;
        long sendStart = System.nanoTime();
        ExecutorService sending = Executors.newFixedThreadPool(tills);
        try {
            List<Future<?>> sent = new ArrayList<>();
            for (int t = 0; t < tills; t++) {
                int till = t;
                sent.add(sending.submit(() -> {
                    try (Connection connection = factory.createConnection()) {
                        Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
                        MessageProducer producer = session.createProducer(session.createQueue("omnistock.pos.sales"));
                        for (int i = till; i < sales; i += tills) {
                            producer.send(session.createTextMessage("{\"schemaVersion\":1,\"storeId\":\"" + store
                                    + "\",\"receiptId\":\"D" + i + "\",\"soldAt\":\"2026-12-07T10:15:00Z\","
                                    + "\"lines\":[{\"sku\":\"" + sku + "\",\"quantity\":1,\"unitPrice\":\"9.99\"}],"
                                    + "\"tenders\":[{\"type\":\"CASH\",\"amount\":\"5.00\",\"given\":\"10.00\"},"
                                    + "{\"type\":\"CARD\",\"amount\":\"4.99\",\"reference\":\"T-" + i + "\"}]}"));
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> till : sent) {
                till.get();
            }
        } finally {
            sending.shutdownNow();
        }
        double sendSeconds = (System.nanoTime() - sendStart) / 1e9;
        long receipts = 0;
        long deadline = System.nanoTime() + 600_000_000_000L;
        while (receipts < sales && System.nanoTime() < deadline) {
            Thread.sleep(500);
            receipts = Rest.get("/api/v1/stores/" + store + "/days/current").getJsonNumber("receipts").longValue();
        }
        double recordedSeconds = (System.nanoTime() - sendStart) / 1e9;
        long xStart = System.nanoTime();
        JsonObject x = Rest.get("/api/v1/stores/" + store + "/days/current");
        double xMillis = (System.nanoTime() - xStart) / 1e6;
        String expected = x.getJsonNumber("expectedCash").bigDecimalValue().toPlainString();
        long closeStart = System.nanoTime();
        var closed = Rest.post("/api/v1/stores/" + store + "/days/current/close", "{\"countedCash\":" + expected
                + "}");
        double closeMillis = (System.nanoTime() - closeStart) / 1e6;
        Rest.expect(200, closed);
        JsonObject z = Json.createReader(new StringReader(closed.body())).readObject();
        System.out.printf("B11 day close, round %d: %d receipts sent in %.1f s, all in the day after %.1f s; X report "
                        + "%.1f ms, close (Z report) %.1f ms; %d receipts, expected cash %s, difference %s%n", round,
                sales, sendSeconds, recordedSeconds, xMillis, closeMillis, z.getJsonNumber("receipts").longValue(),
                z.getJsonNumber("expectedCash"), z.getJsonNumber("difference"));
    }
}
