package org.omnistock.bench;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.json.Json;
import jakarta.json.JsonObject;

/**
 * B2, order placement: clients (-Dclients, default 16) each on one kept-alive connection place orders of 5 to 15
 * lines, one unit each of B2's own 200 SKUs (priced 10.00), shipped to addresses spread over the Netherlands,
 * through {@code POST /api/v1/orders}: pricing, promotions counted, routing over the demo's 12 locations, the
 * reservations, capacity and the stores' tasks, in one transaction per order. -Dorders in all per round (default
 * 2000) after -Dwarmup (default 1000, not counted), -Drounds rounds (default 1). Prints orders/s per round and the
 * latency p50/p99; then checks that no level holds more reserved than on hand.
 *
 * <p>The demo's stores take 40 fulfilments a day: the bench lifts their daily capacity (it measures placing orders,
 * not turning them away), and withdraws the demo's weekend promotion (its budget of 1,000 redemptions would change
 * the orders' totals in mid-run).</p>
 */
public final class OrderPlacement {

    static final int SKUS = 200;
    static final String[] LOCATIONS = {"W01", "W02", "S001", "S002", "S003", "S004", "S005", "S006", "S007", "S008",
            "S009", "S010"};

    public static void main(String[] args) throws Exception {
        int clients = Integer.getInteger("clients", 16);
        int orders = Integer.getInteger("orders", 2000);
        int warmup = Integer.getInteger("warmup", 1000);
        int rounds = Integer.getInteger("rounds", 1);
        String run = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        List<String> skus = setUp(run);
        AtomicInteger next = new AtomicInteger();
        if (warmup > 0) {
            place(run, skus, clients, warmup, next);
            System.out.printf("B2 warm-up: %d orders, not counted%n", warmup);
        }
        for (int round = 1; round <= rounds; round++) {
            Result result = place(run, skus, clients, orders, next);
            System.out.printf("B2 order placement: %d clients, %d orders of 5-15 lines in %.2f s = %.0f orders/s; "
                    + "latency p50 %.1f ms, p99 %.1f ms; %d allocated, %d not fully%s%n", clients, orders,
                    result.seconds(), orders / result.seconds(), result.p50(), result.p99(), result.allocated(),
                    orders - result.allocated(), result.cpuPerLine());
        }
        for (String sku : skus) {
            for (var level : Rest.get("/api/v1/skus/" + sku + "/stock").getJsonArray("levels")) {
                JsonObject l = level.asJsonObject();
                if (l.getJsonNumber("reserved").longValue() > l.getJsonNumber("onHand").longValue()) {
                    throw new IllegalStateException("B2 oversold " + sku + " at " + l.getString("locationId"));
                }
            }
        }
        System.out.println("B2 oversold: no");
    }

    record Result(double seconds, double p50, double p99, int allocated, String cpuPerLine) {
    }

    private static Result place(String run, List<String> skus, int clients, int orders, AtomicInteger next)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        AtomicInteger left = new AtomicInteger(orders);
        long[] latencies = new long[orders];
        AtomicInteger done = new AtomicInteger();
        AtomicInteger allocated = new AtomicInteger();
        AtomicLong lines = new AtomicLong();
        Optional<ServerCpu> cpu = ServerCpu.find();
        double cpuBefore = ServerCpu.now(cpu);
        long started = System.nanoTime();
        List<Future<?>> workers = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            workers.add(pool.submit(() -> {
                Random random = new Random();
                try (KeepAliveClient client = new KeepAliveClient(Rest.BASE)) {
                    while (left.getAndDecrement() > 0) {
                        String body = order(run + "-" + next.incrementAndGet(), skus, random, lines);
                        long sent = System.nanoTime();
                        KeepAliveClient.Response response = client.postJson("/api/v1/orders", body);
                        long took = System.nanoTime() - sent;
                        if (response.status() != 201) {
                            throw new IllegalStateException(response.status() + " " + response.body());
                        }
                        latencies[done.getAndIncrement()] = took;
                        if (response.body().contains("\"status\":\"ALLOCATED\"")) {
                            allocated.incrementAndGet();
                        }
                    }
                }
                return null;
            }));
        }
        for (Future<?> worker : workers) {
            worker.get();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        // The orders' events still waiting in the outbox are not in it: the relay publishes them after the round.
        String cpuPerLine = ServerCpu.per(cpu, cpuBefore, lines.get(), "order line");
        pool.shutdown();
        Arrays.sort(latencies);
        return new Result(seconds, latencies[orders / 2] / 1e6, latencies[Math.min(orders - 1, orders * 99 / 100)]
                / 1e6, allocated.get(), cpuPerLine);
    }

    private static String order(String externalId, List<String> skus, Random random, AtomicLong counted) {
        int lines = 5 + random.nextInt(11);
        counted.addAndGet(lines);
        List<String> items = new ArrayList<>();
        List<Integer> picked = new ArrayList<>();
        while (picked.size() < lines) {
            int sku = random.nextInt(skus.size());
            if (!picked.contains(sku)) {
                picked.add(sku);
                items.add("{\"sku\":\"" + skus.get(sku) + "\",\"quantity\":1}");
            }
        }
        double latitude = 51.0 + random.nextDouble() * 2.4;
        double longitude = 3.8 + random.nextDouble() * 3.0;
        return "{\"externalId\":\"b2-" + externalId + "\",\"channel\":\"WEB\",\"currency\":\"EUR\",\"customerId\":\"b2\","
                + "\"expectedTotal\":" + lines * 10 + ",\"lines\":[" + String.join(",", items) + "],"
                + "\"deliveryGroups\":[{\"id\":\"home\",\"mode\":\"SHIP\",\"address\":{\"line1\":\"Benchstraat 1\","
                + "\"postalCode\":\"1000 AA\",\"city\":\"Benchdorp\",\"country\":\"NL\",\"latitude\":"
                + String.format(Locale.ROOT, "%.6f", latitude) + ",\"longitude\":"
                + String.format(Locale.ROOT, "%.6f", longitude) + "}}]}";
    }

    /** 200 SKUs priced 10.00, plenty of stock at the warehouses and some at every store. */
    private static List<String> setUp(String run) throws IOException, InterruptedException {
        Rest.delete("/api/v1/promotions/WEEKEND25");
        for (String location : LOCATIONS) {
            JsonObject settings = Rest.get("/api/v1/locations/" + location).getJsonObject("fulfilment");
            String lifted = Json.createObjectBuilder(settings).remove("dailyCapacity").build().toString();
            Rest.expect(200, Rest.put("/api/v1/locations/" + location + "/fulfilment", lifted));
        }
        String list = "B2-" + run;
        Rest.expect(201, Rest.post("/api/v1/price-lists", "{\"code\":\"" + list + "\",\"name\":\"B2 prices\","
                + "\"currency\":\"EUR\"}"));
        List<String> skus = new ArrayList<>();
        List<String> prices = new ArrayList<>();
        for (int i = 0; i < SKUS; i++) {
            String sku = String.format("B2-%s-%03d", run, i);
            Rest.expect(201, Rest.post("/api/v1/skus", "{\"code\":\"" + sku + "\",\"name\":\"B2 " + sku + "\"}"));
            Rest.expect(200, Rest.put("/api/v1/skus/" + sku + "/cost", Rest.UNIT_COST));
            prices.add("{\"sku\":\"" + sku + "\",\"amount\":10.00}");
            for (String location : LOCATIONS) {
                Rest.expect(201, Rest.post("/api/v1/stock/receipts", "{\"sku\":\"" + sku + "\",\"locationId\":\""
                        + location + "\",\"quantity\":" + (location.startsWith("W") ? 50_000 : 300) + "}"));
            }
            skus.add(sku);
        }
        Rest.expect(200, Rest.post("/api/v1/price-lists/" + list + "/prices", "[" + String.join(",", prices) + "]"));
        return skus;
    }
}
