package org.omnistock.bench;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * B10, channel stock changes fanned out to webhook endpoints: {@code healthy} local receivers (default 17) that
 * answer at once, {@code slow} ones (default 2) that take {@code slowMillis} (default 1,500) per request, and
 * {@code failing} ones (default 1) that answer 500. Stock receipts at {@code rate} per second (default 1,000) over
 * {@code skus} SKUs (default 500) of a channel of its own change what the channel may sell, one event each.
 *
 * <p>Two phases of {@code changes}/2 each: first the healthy endpoints alone, then with the slow and failing ones
 * subscribed too. Prints, per phase, the changes sent per second, the deliveries per second and p50/p99/max from
 * the change's commit (the event's occurredAt) to its arrival at the healthy endpoints: if the slow and failing
 * endpoints slowed the others, the second phase's figures show it.</p>
 */
public final class WebhookFanOut {

    public static void main(String[] args) throws Exception {
        int changes = Integer.getInteger("changes", 100_000);
        int rate = Integer.getInteger("rate", 1_000);
        int skuCount = Integer.getInteger("skus", 500);
        int healthyCount = Integer.getInteger("healthy", 17);
        int slowCount = Integer.getInteger("slow", 2);
        int failingCount = Integer.getInteger("failing", 1);
        long slowMillis = Long.getLong("slowMillis", 1_500);
        int clients = Integer.getInteger("clients", 16);
        String run = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        String store = "B10" + run;
        String channel = "B10-" + run;
        System.out.printf("B10: %,d SKUs at store %s, channel %s ...%n", skuCount, store, channel);
        Rest.expect(201, Rest.post("/api/v1/locations", "{\"code\":\"" + store + "\",\"name\":\"Benchmark B10\","
                + "\"type\":\"STORE\",\"latitude\":52.0,\"longitude\":5.0}"));
        Rest.expect(201, Rest.post("/api/v1/channels", "{\"code\":\"" + channel + "\",\"name\":\"Benchmark B10\","
                + "\"type\":\"WEB\",\"locationIds\":[\"" + store + "\"]}"));
        List<String> skus = new ArrayList<>();
        for (int i = 0; i < skuCount; i++) {
            String sku = "B10-" + run + "-" + i;
            Rest.expect(201, Rest.post("/api/v1/skus", "{\"code\":\"" + sku + "\",\"name\":\"Benchmark " + sku
                    + "\"}"));
            skus.add(sku);
        }
        String clientId = "b10-" + run.toLowerCase();
        Rest.expect(201, Rest.post("/api/v1/clients", "{\"clientId\":\"" + clientId + "\",\"name\":\"B10 receivers\","
                + "\"scopes\":[\"read\"]}"));

        List<Receiver> healthy = new ArrayList<>();
        List<Receiver> others = new ArrayList<>();
        try {
            for (int i = 0; i < healthyCount; i++) {
                healthy.add(new Receiver(200, 0));
            }
            for (int i = 0; i < slowCount; i++) {
                others.add(new Receiver(200, slowMillis));
            }
            for (int i = 0; i < failingCount; i++) {
                others.add(new Receiver(500, 0));
            }
            for (Receiver receiver : healthy) {
                subscribe(clientId, channel, receiver);
            }
            System.out.printf("B10: %d healthy endpoints subscribed%n", healthy.size());
            phase("healthy endpoints alone", changes / 2, rate, clients, store, skus, healthy);
            for (Receiver receiver : others) {
                subscribe(clientId, channel, receiver);
            }
            System.out.printf("B10: + %d slow (%,d ms) and %d failing endpoints subscribed%n", slowCount, slowMillis,
                    failingCount);
            phase("with slow and failing endpoints", changes - changes / 2, rate, clients, store, skus, healthy);
            long slowGot = others.stream().filter(r -> r.delayMillis > 0).mapToLong(r -> r.accepted.get()).sum();
            System.out.printf("B10: meanwhile the slow endpoints took %,d deliveries; the failing one was asked %,d "
                    + "times%n", slowGot, others.stream().filter(r -> r.status >= 500)
                    .mapToLong(r -> r.requests.get()).sum());
        } finally {
            healthy.forEach(Receiver::close);
            others.forEach(Receiver::close);
            Rest.expect(200, Rest.put("/api/v1/clients/" + clientId, "{\"name\":\"B10 receivers\","
                    + "\"scopes\":[\"read\"],\"enabled\":false}"));
        }
    }

    private static void subscribe(String clientId, String channel, Receiver receiver) throws IOException,
            InterruptedException {
        Rest.expect(201, Rest.post("/api/v1/webhooks", "{\"clientId\":\"" + clientId + "\",\"url\":\""
                + receiver.url() + "\",\"topics\":[\"channel-stock.changed\"],\"channel\":\"" + channel + "\"}"));
    }

    private static void phase(String what, int count, int rate, int clients, String store, List<String> skus,
                              List<Receiver> healthy) throws Exception {
        healthy.forEach(Receiver::reset);
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        AtomicInteger next = new AtomicInteger();
        AtomicInteger failed = new AtomicInteger();
        long start = System.nanoTime();
        for (int c = 0; c < clients; c++) {
            pool.execute(() -> {
                int i;
                while ((i = next.getAndIncrement()) < count) {
                    long due = start + (long) i * 1_000_000_000L / rate;
                    long wait = due - System.nanoTime();
                    if (wait > 0) {
                        try {
                            TimeUnit.NANOSECONDS.sleep(wait);
                        } catch (InterruptedException e) {
                            return;
                        }
                    }
                    try {
                        int status = Rest.post("/api/v1/stock/receipts", "{\"sku\":\"" + skus.get(i % skus.size())
                                + "\",\"locationId\":\"" + store + "\",\"quantity\":1}").statusCode();
                        if (status != 201) {
                            failed.incrementAndGet();
                        }
                    } catch (IOException e) {
                        failed.incrementAndGet();
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            });
        }
        pool.shutdown();
        pool.awaitTermination(1, TimeUnit.HOURS);
        double sentSeconds = (System.nanoTime() - start) / 1e9;
        int expected = count - failed.get();
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(10);
        while (healthy.stream().anyMatch(r -> r.accepted.get() < expected) && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        long lastArrival = healthy.stream().mapToLong(r -> r.lastArrivalNanos.get()).max().orElse(start);
        double deliverySeconds = (lastArrival - start) / 1e9;
        long delivered = healthy.stream().mapToLong(r -> r.accepted.get()).sum();
        long[] latencies = healthy.stream().flatMapToLong(r -> r.latencies().stream().mapToLong(Long::longValue))
                .sorted().toArray();
        System.out.printf("B10 %s: %,d changes in %.1f s (%,.0f/s offered %d/s, %d refused); %,d deliveries to %d "
                        + "healthy endpoints in %.1f s (%,.0f/s); commit to delivery p50 %,d ms, p99 %,d ms, max %,d ms"
                        + "%s%n", what, expected, sentSeconds, expected / sentSeconds, rate, failed.get(), delivered,
                healthy.size(), deliverySeconds, delivered / deliverySeconds, percentile(latencies, 50),
                percentile(latencies, 99), latencies.length == 0 ? 0 : latencies[latencies.length - 1],
                delivered < (long) expected * healthy.size() ? " (INCOMPLETE after 10 minutes)" : "");
    }

    private static long percentile(long[] sorted, int p) {
        return sorted.length == 0 ? 0 : sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0
                * sorted.length) - 1)];
    }

    /** A webhook endpoint on a loopback port: answers {@code status} after {@code delayMillis}. */
    private static final class Receiver {

        private final int status;
        private final long delayMillis;
        private final HttpServer server;
        private final AtomicLong accepted = new AtomicLong();
        private final AtomicLong requests = new AtomicLong();
        private final AtomicLong lastArrivalNanos = new AtomicLong();
        private final List<Long> latencies = new ArrayList<>();

        Receiver(int status, long delayMillis) throws IOException {
            this.status = status;
            this.delayMillis = delayMillis;
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 256);
            server.setExecutor(Executors.newFixedThreadPool(8));
            server.createContext("/", this::handle);
            server.start();
        }

        String url() {
            return "http://127.0.0.1:" + server.getAddress().getPort() + "/b10";
        }

        synchronized void reset() {
            accepted.set(0);
            latencies.clear();
        }

        synchronized List<Long> latencies() {
            return List.copyOf(latencies);
        }

        private void handle(HttpExchange exchange) throws IOException {
            try (exchange; InputStream in = exchange.getRequestBody()) {
                String body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                long arrived = System.currentTimeMillis();
                requests.incrementAndGet();
                if (delayMillis > 0) {
                    Thread.sleep(delayMillis);
                }
                if (status < 300) {
                    int at = body.indexOf("\"occurredAt\":\"") + 14;
                    long occurred = Instant.parse(body.substring(at, body.indexOf('"', at))).toEpochMilli();
                    synchronized (this) {
                        latencies.add(arrived - occurred);
                    }
                    accepted.incrementAndGet();
                    lastArrivalNanos.set(System.nanoTime());
                }
                exchange.sendResponseHeaders(status, -1);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        void close() {
            server.stop(0);
            ((ExecutorService) server.getExecutor()).shutdownNow();
        }
    }

    private WebhookFanOut() {
    }
}
