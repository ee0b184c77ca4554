package org.omnistock.bench;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import jakarta.jms.Connection;
import jakarta.jms.MessageConsumer;
import jakarta.jms.MessageProducer;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;
import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;

/**
 * B3, POS sale to stock event: tills send sales at a fixed rate in all, each of one unit of one of {@code skus} SKUs
 * in turn at one store; a subscriber times each sale until the stock event it caused arrives (matched by the
 * receipt in the event's reference). Prints p50, p99 and max.
 *
 * <p>A till sends each sale as a persistent message and waits for the broker to have it on disk (about 5 ms here),
 * so one till cannot send more than about 200 sales/s; a chain's 1,000 sales/s come from many tills. The rate is
 * shared by {@code tills} tills, each on its own connection, each sending on its own schedule.</p>
 *
 * <p>Arguments: rates per second... (default 100 1000); system properties seconds (default 10), skus (default 50;
 * 1 measures a single hot SKU, whose level row serialises every sale), tills (default 8), cards (default false:
 * each sale carries the loyalty card of one of the 1,000,000 customers {@code c1-load.sh} loaded, so that it also
 * earns points; run with and without, alternately, to compare), taxed (default false: the store is placed in the
 * Netherlands, whose 21 % standard rate the run adds if none is in force, so every sale is taxed, posts its tax and
 * carries its tenders, card with a terminal's reference and cash with change in turn; run with and without,
 * alternately, to compare).</p>
 */
public final class PosSaleLatency {

    private static final String BROKER = System.getProperty("broker.url", "tcp://127.0.0.1:61616");

    public static void main(String[] args) throws Exception {
        int seconds = Integer.getInteger("seconds", 10);
        int skus = Integer.getInteger("skus", 50);
        int tills = Integer.getInteger("tills", 8);
        boolean cards = Boolean.getBoolean("cards");
        boolean taxed = Boolean.getBoolean("taxed");
        for (String rate : args.length == 0 ? new String[] {"100", "1000"} : args) {
            run(Integer.parseInt(rate), seconds, skus, tills, cards, taxed);
        }
    }

    private static void run(int rate, int seconds, int skuCount, int tillCount, boolean cards, boolean taxed)
            throws Exception {
        int sales = rate * seconds;
        String[] skuAndStore = Rest.skuAndStoreWith("B3", sales + 1000L);
        String store = skuAndStore[1];
        if (taxed) {
            taxInTheNetherlands(store);
        }
        List<String> skus = new ArrayList<>(List.of(skuAndStore[0]));
        while (skus.size() < skuCount) {
            skus.add(Rest.skuAt(store, "B3", sales + 1000L));
        }
        Map<String, Long> sentAt = new ConcurrentHashMap<>();
        long[] latencies = new long[sales];
        CountDownLatch received = new CountDownLatch(sales);
        // The tills send as the store itself: the server accepts a sale only from its own store's broker user.
        JsonObject credentials = Json.createReader(new java.io.StringReader(Rest.post("/api/v1/locations/" + store
                + "/broker-credentials", "").body())).readObject();
        ActiveMQConnectionFactory factory = new ActiveMQConnectionFactory(BROKER, credentials.getString("user"),
                credentials.getString("password"));
        try (Connection subscriber = factory.createConnection()) {
            Session events = subscriber.createSession(false, Session.AUTO_ACKNOWLEDGE);
            MessageConsumer consumer = events.createConsumer(events.createTopic("omnistock.stock.changed"),
                    "locationId = '" + store + "'");
            consumer.setMessageListener(message -> {
                long now = System.nanoTime();
                try {
                    JsonObject event = Json.createReader(new java.io.StringReader(((TextMessage) message).getText()))
                            .readObject();
                    String reference = event.getString("reference", "");
                    Long sent = sentAt.remove(reference.substring(reference.lastIndexOf('/') + 1));
                    if (sent != null) {
                        latencies[(int) (sales - received.getCount())] = now - sent;
                        received.countDown();
                    }
                } catch (Exception e) {
                    e.printStackTrace();
                }
            });
            subscriber.start();
            // Sale i is due at start + i / rate, and sent by till i % tills: together they keep the rate.
            long interval = 1_000_000_000L / rate;
            Optional<ServerCpu> cpu = ServerCpu.find();
            double cpuBefore = ServerCpu.now(cpu);
            long start = System.nanoTime() + 100_000_000L;
            ExecutorService tills = Executors.newFixedThreadPool(tillCount);
            List<Future<?>> sending = new ArrayList<>();
            for (int t = 0; t < tillCount; t++) {
                int till = t;
                sending.add(tills.submit(() -> {
                    try (Connection connection = factory.createConnection()) {
                        Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
                        MessageProducer producer = session.createProducer(session.createQueue("omnistock.pos.sales"));
                        for (int i = till; i < sales; i += tillCount) {
                            long wait = start + i * interval - System.nanoTime();
                            if (wait > 0) {
                                TimeUnit.NANOSECONDS.sleep(wait);
                            }
                            String receipt = "R" + i;
                            TextMessage sale = session.createTextMessage("{\"schemaVersion\":1,\"storeId\":\"" + store
                                    + "\",\"receiptId\":\"" + receipt + "\",\"soldAt\":\"2026-11-26T10:15:00Z\","
                                    + (cards ? String.format("\"loyaltyCard\":\"BC%08d\",", 1 + i * 7919 % 1_000_000)
                                    : "")
                                    + "\"lines\":[{\"sku\":\"" + skus.get(i % skus.size())
                                    + "\",\"quantity\":1,\"unitPrice\":\"9.99\"}]"
                                    + (!taxed ? "" : i % 2 == 0
                                    ? ",\"tenders\":[{\"type\":\"CARD\",\"amount\":\"9.99\",\"reference\":\"T" + i
                                    + "\"}]"
                                    : ",\"tenders\":[{\"type\":\"CASH\",\"amount\":\"9.99\",\"given\":\"10.00\"}]")
                                    + "}");
                            sentAt.put(receipt, System.nanoTime());
                            producer.send(sale);
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> till : sending) {
                till.get();
            }
            tills.shutdown();
            double sendSeconds = (System.nanoTime() - start) / 1e9;
            boolean all = received.await(120, TimeUnit.SECONDS);
            // From the first sale until its last event: the server's whole cost of the sales, relay included.
            String cpuPerSale = ServerCpu.per(cpu, cpuBefore, sales, "sale");
            long[] done = Arrays.copyOf(latencies, (int) (sales - received.getCount()));
            Arrays.sort(done);
            System.out.printf("B3 POS sale -> stock event, %d SKUs at one store, %d tills%s%s: target %d sales/s, "
                            + "sent %d in %.1f s (%.0f/s), events %d%s; p50 %.1f ms, p99 %.1f ms, max %.1f ms%s%n",
                    skuCount, tillCount, cards ? ", loyalty cards" : "", taxed ? ", taxed with tenders" : "", rate,
                    sales, sendSeconds,
                    sales / sendSeconds, done.length, all ? "" : " (TIMED OUT)", percentile(done, 50),
                    percentile(done, 99), done.length == 0 ? 0 : done[done.length - 1] / 1e6, cpuPerSale);
        }
    }

    /** Places the store in the Netherlands, with its standard rate of 21 % in force. */
    private static void taxInTheNetherlands(String store) throws Exception {
        Rest.expect(200, Rest.put("/api/v1/tax/jurisdictions/NL", "{\"scheme\":\"VAT\",\"rounding\":\"PER_LINE\"}"));
        boolean standard = Rest.get("/api/v1/tax/rules").getJsonArray("rates").stream().map(v -> v.asJsonObject())
                .anyMatch(r -> r.getString("country").equals("NL") && !r.containsKey("region")
                        && !r.containsKey("hsnPrefix") && r.getString("taxClass").equals("STANDARD")
                        && !r.containsKey("validTo"));
        if (!standard) {
            // From before the sales' fixed date (soldAt), as the demo's own rates are.
            Rest.expect(201, Rest.post("/api/v1/tax/rates", "{\"country\":\"NL\",\"taxClass\":\"STANDARD\","
                    + "\"percent\":21,\"name\":\"BTW hoog\",\"validFrom\":\"2019-01-01T00:00:00Z\"}"));
        }
        Rest.expect(200, Rest.put("/api/v1/locations/" + store + "/tax-place", "{\"country\":\"NL\"}"));
    }

    private static double percentile(long[] sorted, int percent) {
        if (sorted.length == 0) {
            return 0;
        }
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(percent / 100.0 * sorted.length) - 1)] / 1e6;
    }
}
