package org.omnistock.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

/**
 * B10, the stock push to a marketplace: a Shopify-shaped shop in the benchmark's JVM (GraphQL
 * {@code inventorySetQuantities} with compare-and-set, {@code nodes} of inventory items, price updates; a quota of
 * {@code rate} calls per second, default 2, over which it answers 429) lists {@code listings} SKUs (default 50,000)
 * of a channel of their own. Prints how long the first full sync takes within the quota, and then, while the shop
 * is in step, how long {@code changes} stock changes (default 200) take to show there.
 */
public final class MarketplaceFullSync {

    public static void main(String[] args) throws Exception {
        int listings = Integer.getInteger("listings", 50_000);
        int changes = Integer.getInteger("changes", 200);
        double rate = Double.parseDouble(System.getProperty("rate", "2"));
        int burst = Integer.getInteger("burst", 40);
        String run = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        String store = "B10M" + run;
        String channel = "B10M-" + run;
        try (Shop shop = new Shop(rate, burst)) {
            System.out.printf("B10 push: %,d SKUs, stock and prices at store %s, channel %s ...%n", listings, store,
                    channel);
            Rest.expect(201, Rest.post("/api/v1/locations", "{\"code\":\"" + store + "\",\"name\":\"Benchmark "
                    + "B10\",\"type\":\"STORE\",\"latitude\":52.0,\"longitude\":5.0}"));
            Rest.expect(201, Rest.post("/api/v1/channels", "{\"code\":\"" + channel + "\",\"name\":\"Benchmark "
                    + "B10\",\"type\":\"WEB\",\"locationIds\":[\"" + store + "\"]}"));
            List<String> skus = new ArrayList<>();
            for (int from = 0; from < listings; from += 20_000) {
                StringBuilder csv = new StringBuilder("code,name,category,unitCost,barcodes\n");
                for (int i = from; i < Math.min(listings, from + 20_000); i++) {
                    String sku = "B10M-" + run + "-" + i;
                    skus.add(sku);
                    csv.append(sku).append(",Benchmark ").append(sku).append(",Benchmark,,\n");
                }
                Rest.expect(200, Rest.postText("/api/v1/skus.csv", "text/csv", csv.toString()));
            }
            String list = "B10M" + run;
            Rest.expect(201, Rest.post("/api/v1/price-lists", "{\"code\":\"" + list + "\",\"name\":\"B10\","
                    + "\"currency\":\"EUR\",\"channel\":\"" + channel + "\"}"));
            StringBuilder prices = new StringBuilder("sku,amount,minQuantity,effectiveFrom\n");
            skus.forEach(sku -> prices.append(sku).append(",9.95,,\n"));
            Rest.expect(200, Rest.postText("/api/v1/price-lists/" + list + "/prices.csv", "text/csv",
                    prices.toString()));
            Set<String> unstocked = parallel("receipt", skus, sku -> Rest.expect(201, Rest.post("/api/v1/stock/receipts", "{\"sku\":\"" + sku
                    + "\",\"locationId\":\"" + store + "\",\"quantity\":5}")));
            String account = "b10m-" + run.toLowerCase();
            Rest.expect(201, Rest.post("/api/v1/marketplaces", "{\"code\":\"" + account + "\",\"kind\":"
                    + "\"SHOPIFY\",\"channel\":\"" + channel + "\",\"baseUrl\":\"" + shop.url() + "\","
                    + "\"accessToken\":\"shpat_bench\",\"remoteLocationId\":\"gid://shopify/Location/1\","
                    + "\"requestsPerSecond\":" + rate + ",\"burst\":" + burst + "}"));
            skus.forEach(shop::stock);
            System.out.printf("B10 push: mapping %,d listings; the full sync starts with the first%n", listings);
            long started = System.nanoTime();
            Set<String> unmapped = parallel("listing", skus, sku -> Rest.expect(200, Rest.put("/api/v1/marketplaces/" + account
                    + "/listings/" + sku, "{\"productId\":\"gid://shopify/Product/" + sku + "\",\"variantId\":"
                    + "\"gid://shopify/ProductVariant/" + sku + "\",\"inventoryItemId\":\"gid://shopify/InventoryItem/"
                    + sku + "\"}")));
            long mapped = System.nanoTime();
            int refused = unmapped.size();
            // A SKU whose receipt failed has nothing to sell: the shop's 0 is already right and is not set.
            unstocked.removeAll(unmapped);
            int wanted = listings - refused - unstocked.size();
            System.out.printf("B10 push: %,d listings mapped in %.1f s, %d refused; %,d figures to set%n",
                    listings - refused, (mapped - started) / 1e9, refused, wanted);
            while (shop.set.get() < wanted && System.nanoTime() - started < TimeUnit.HOURS.toNanos(2)) {
                Thread.sleep(500);
            }
            long synced = System.nanoTime();
            System.out.printf("B10 push full sync: %,d of %,d figures set in the shop %.1f s after the first mapping "
                            + "(mapping took %.1f s); %,d calls (%,d answered 429), %.2f calls/s against a quota of "
                            + "%.1f/s%n", shop.set.get(), wanted, (synced - started) / 1e9,
                    (mapped - started) / 1e9, shop.calls.get(), shop.throttled.get(),
                    shop.calls.get() / ((synced - started) / 1e9), rate);

            List<String> listed = skus.stream().filter(sku -> !unmapped.contains(sku)).toList();
            List<Long> lags = new ArrayList<>();
            for (int i = 0; i < changes; i++) {
                String sku = listed.get((i * 7919) % listed.size());
                long before = shop.setsOf(sku);
                long sent = System.nanoTime();
                Rest.expect(201, Rest.post("/api/v1/stock/receipts", "{\"sku\":\"" + sku + "\",\"locationId\":\""
                        + store + "\",\"quantity\":1}"));
                while (shop.setsOf(sku) == before && System.nanoTime() - sent < TimeUnit.MINUTES.toNanos(2)) {
                    Thread.sleep(5);
                }
                lags.add((System.nanoTime() - sent) / 1_000_000);
                Thread.sleep(200);
            }
            lags.sort(Long::compare);
            System.out.printf("B10 push changes: %d stock changes one at a time, shown in the shop after p50 %,d ms, "
                    + "p99 %,d ms, max %,d ms%n", changes, lags.get(lags.size() / 2),
                    lags.get(Math.max(0, (int) Math.ceil(lags.size() * 0.99) - 1)), lags.get(lags.size() - 1));
            Rest.post("/api/v1/marketplaces/" + account + "/disable", "");
        }
    }

    private interface Call {
        void run(String sku) throws IOException, InterruptedException;
    }

    /** Runs the call for every SKU on 16 threads; the SKUs whose call failed, the first failure printed. */
    private static Set<String> parallel(String what, List<String> skus, Call call) throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(16);
        AtomicInteger next = new AtomicInteger();
        Set<String> failed = ConcurrentHashMap.newKeySet();
        for (int t = 0; t < 16; t++) {
            pool.execute(() -> {
                int i;
                while ((i = next.getAndIncrement()) < skus.size()) {
                    try {
                        call.run(skus.get(i));
                    } catch (IOException | RuntimeException e) {
                        if (failed.isEmpty()) {
                            System.out.printf("B10 push: %s of %s failed: %s%n", what, skus.get(i), e.getMessage());
                        }
                        failed.add(skus.get(i));
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                }
            });
        }
        pool.shutdown();
        pool.awaitTermination(1, TimeUnit.HOURS);
        if (!failed.isEmpty()) {
            System.out.printf("B10 push: %,d of %,d %ss failed%n", failed.size(), skus.size(), what);
        }
        return failed;
    }

    /** The shop: its figures, a quota it enforces with 429, and counts. */
    private static final class Shop implements AutoCloseable {

        private final HttpServer server;
        private final Map<String, Long> available = new ConcurrentHashMap<>();
        private final Map<String, AtomicLong> sets = new ConcurrentHashMap<>();
        private final AtomicInteger set = new AtomicInteger();
        private final AtomicInteger calls = new AtomicInteger();
        private final AtomicInteger throttled = new AtomicInteger();
        private final double rate;
        private final int burst;
        private double tokens;
        private long refilled = System.nanoTime();

        Shop(double rate, int burst) throws IOException {
            this.rate = rate;
            this.burst = burst;
            this.tokens = burst;
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 64);
            server.setExecutor(Executors.newFixedThreadPool(4));
            server.createContext("/admin/api/2025-07/graphql.json", this::graphql);
            server.createContext("/admin/api/2025-07/orders.json", e -> answer(e, 200, "{\"orders\":[]}"));
            server.start();
        }

        String url() {
            return "http://127.0.0.1:" + server.getAddress().getPort();
        }

        void stock(String sku) {
            available.put("gid://shopify/InventoryItem/" + sku, 0L);
        }

        long setsOf(String sku) {
            return sets.computeIfAbsent("gid://shopify/InventoryItem/" + sku, k -> new AtomicLong()).get();
        }

        private synchronized boolean take() {
            long now = System.nanoTime();
            tokens = Math.min(burst, tokens + (now - refilled) / 1e9 * rate);
            refilled = now;
            if (tokens < 1) {
                return false;
            }
            tokens--;
            return true;
        }

        private void graphql(HttpExchange exchange) throws IOException {
            try (exchange; InputStream in = exchange.getRequestBody()) {
                calls.incrementAndGet();
                JsonObject request = Json.createReader(new StringReader(new String(in.readAllBytes(),
                        StandardCharsets.UTF_8))).readObject();
                if (!take()) {
                    throttled.incrementAndGet();
                    exchange.getResponseHeaders().add("Retry-After", "1.0");
                    answer(exchange, 429, "{\"errors\":\"Exceeded calls per second for api client.\"}");
                    return;
                }
                String query = request.getString("query");
                JsonObject variables = request.getJsonObject("variables");
                if (query.contains("inventorySetQuantities")) {
                    JsonArrayBuilder errors = Json.createArrayBuilder();
                    List<JsonObject> quantities = variables.getJsonObject("input").getJsonArray("quantities")
                            .getValuesAs(JsonObject.class);
                    synchronized (this) {
                        boolean stale = false;
                        for (int i = 0; i < quantities.size(); i++) {
                            JsonObject q = quantities.get(i);
                            if (q.getJsonNumber("compareQuantity").longValue()
                                    != available.get(q.getString("inventoryItemId"))) {
                                stale = true;
                                errors.add(Json.createObjectBuilder().add("code", "COMPARE_QUANTITY_STALE")
                                        .add("field", Json.createArrayBuilder().add("input").add("quantities")
                                                .add(String.valueOf(i)).add("compareQuantity"))
                                        .add("message", "stale"));
                            }
                        }
                        if (!stale) {
                            for (JsonObject q : quantities) {
                                String item = q.getString("inventoryItemId");
                                available.put(item, q.getJsonNumber("quantity").longValue());
                                if (sets.computeIfAbsent(item, k -> new AtomicLong()).incrementAndGet() == 1) {
                                    set.incrementAndGet();
                                }
                            }
                        }
                    }
                    answer(exchange, 200, "{\"data\":{\"inventorySetQuantities\":{\"userErrors\":"
                            + Json.createObjectBuilder().add("e", errors).build().get("e") + "}}}");
                } else if (query.contains("nodes(")) {
                    JsonArrayBuilder nodes = Json.createArrayBuilder();
                    for (JsonValue id : variables.getJsonArray("ids")) {
                        String item = ((JsonString) id).getString();
                        nodes.add(Json.createObjectBuilder().add("id", item).add("inventoryLevel",
                                Json.createObjectBuilder().add("quantities", Json.createArrayBuilder().add(
                                        Json.createObjectBuilder().add("name", "available")
                                                .add("quantity", available.getOrDefault(item, 0L))))));
                    }
                    answer(exchange, 200, Json.createObjectBuilder().add("data", Json.createObjectBuilder()
                            .add("nodes", nodes)).build().toString());
                } else {
                    answer(exchange, 200, "{\"data\":{\"productVariantsBulkUpdate\":{\"userErrors\":[]}}}");
                }
            }
        }

        private static void answer(HttpExchange exchange, int status, String body) throws IOException {
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(status, bytes.length);
            exchange.getResponseBody().write(bytes);
        }

        @Override
        public void close() {
            server.stop(0);
            ((ExecutorService) server.getExecutor()).shutdownNow();
        }
    }

    private MarketplaceFullSync() {
    }
}
