package org.omnistock.system;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;

/**
 * A Shopify shop for the tests, on a loopback port, shaped like the parts of the Admin API the connector uses
 * (version 2025-07): {@code GET orders.json} with {@code status}, {@code updated_at_min}, {@code limit} and the
 * {@code page_info} cursor in a {@code Link} header; GraphQL {@code inventorySetQuantities} (absolute figures with
 * {@code compareQuantity}, all or nothing, {@code COMPARE_QUANTITY_STALE} for a stale one), {@code nodes} of
 * inventory items, {@code productVariantsBulkUpdate}. It checks the access token, answers 429 with Retry-After or
 * a GraphQL THROTTLED, 503, or order reads slowly when told to, and signs the webhooks it sends (base64
 * HMAC-SHA256 of the body).
 */
final class ShopifyStandIn implements AutoCloseable {

    static final String TOKEN = "shpat_test-token";
    static final String LOCATION = "gid://shopify/Location/1";
    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    private final HttpServer server;
    private final ExecutorService threads = Executors.newFixedThreadPool(8);
    private final Map<Long, JsonObject> orders = new LinkedHashMap<>();
    private final Map<String, Long> available = new HashMap<>();
    private final Map<String, BigDecimal> prices = new HashMap<>();
    /** Tracking numbers per order fulfilled, by the order's id. */
    private final Map<Long, List<String>> fulfilled = new HashMap<>();
    private final AtomicLong nextOrder = new AtomicLong(5_000_000_000L);
    private final AtomicInteger throttleNext = new AtomicInteger();
    private final AtomicInteger graphqlThrottleNext = new AtomicInteger();
    private final AtomicInteger orderReads = new AtomicInteger();
    private final AtomicInteger throttled = new AtomicInteger();
    private final AtomicInteger staleRefusals = new AtomicInteger();
    private final AtomicInteger failNext = new AtomicInteger();
    private final AtomicInteger failed = new AtomicInteger();
    private volatile long orderReadMillis;
    private volatile int pageSize = 250;

    ShopifyStandIn() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 64);
        server.setExecutor(threads);
        server.createContext("/admin/api/2025-07/orders.json", this::orders);
        server.createContext("/admin/api/2025-07/graphql.json", this::graphql);
        server.createContext("/admin/api/2025-07/orders/", this::fulfillmentOrders);
        server.createContext("/admin/api/2025-07/fulfillments.json", this::fulfil);
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** An item the shop stocks at its location, with this figure to begin with. */
    synchronized String stock(String name, long quantity) {
        String item = "gid://shopify/InventoryItem/" + name;
        available.put(item, quantity);
        return item;
    }

    synchronized Long available(String item) {
        return available.get(item);
    }

    synchronized BigDecimal price(String variant) {
        return prices.get(variant);
    }

    /** The shop's own change of a figure (a sale there, an edit by hand): the next compare-and-set is stale. */
    synchronized void setAvailable(String item, long quantity) {
        available.put(item, quantity);
    }

    /** The next {@code count} REST calls get 429 with Retry-After: 1. */
    void throttleNext(int count) {
        throttleNext.set(count);
    }

    /** The next {@code count} REST calls answer 503, as a shop under maintenance does. */
    void failNext(int count) {
        failNext.set(count);
    }

    /** Every read of orders answers after this long. */
    void slowOrderReads(long millis) {
        orderReadMillis = millis;
    }

    void throttleGraphqlNext(int count) {
        graphqlThrottleNext.set(count);
    }

    void pageSize(int size) {
        pageSize = size;
    }

    int orderReads() {
        return orderReads.get();
    }

    int failed() {
        return failed.get();
    }

    int throttled() {
        return throttled.get();
    }

    int staleRefusals() {
        return staleRefusals.get();
    }

    /** A new order in the shop, paid, to be shipped to Amsterdam; its id. */
    synchronized long order(String currency, String sku, int quantity, String unitPrice, String shipping) {
        long id = nextOrder.incrementAndGet();
        BigDecimal total = new BigDecimal(unitPrice).multiply(BigDecimal.valueOf(quantity))
                .add(new BigDecimal(shipping));
        String now = Instant.now().truncatedTo(ChronoUnit.MILLIS).toString();
        orders.put(id, Json.createObjectBuilder().add("id", id).add("name", "#" + (id % 100_000))
                .add("created_at", now).add("updated_at", now).add("cancelled_at", JsonValue.NULL)
                .add("currency", currency).add("total_price", total.toPlainString()).add("financial_status", "paid")
                .add("customer", Json.createObjectBuilder().add("id", 7_000 + id % 1000))
                .add("line_items", Json.createArrayBuilder().add(Json.createObjectBuilder().add("id", id * 10)
                        .add("sku", sku).add("quantity", quantity).add("price", unitPrice)))
                .add("shipping_lines", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("title", "Standard").add("price", shipping)))
                .add("shipping_address", Json.createObjectBuilder().add("first_name", "Sam").add("last_name", "Buyer")
                        .add("address1", "Damrak 1").add("address2", JsonValue.NULL).add("zip", "1012 LG")
                        .add("city", "Amsterdam").add("country_code", "NL").add("latitude", 52.3745)
                        .add("longitude", 4.8975)).build());
        return id;
    }

    synchronized void cancel(long id) {
        String now = Instant.now().truncatedTo(ChronoUnit.MILLIS).toString();
        orders.put(id, Json.createObjectBuilder(orders.get(id)).add("cancelled_at", now).add("updated_at", now)
                .build());
    }

    /** The tracking numbers the order was fulfilled with in the shop; null while it is not fulfilled. */
    synchronized List<String> fulfilledWith(long id) {
        return fulfilled.get(id);
    }

    synchronized JsonObject orderJson(long id) {
        return orders.get(id);
    }

    /** Sends the order as a webhook of this topic to the platform, signed with the secret; the answer's status. */
    int sendWebhook(String platformUrl, String topic, long id, String secret) throws IOException,
            InterruptedException {
        String body = orderJson(id).toString();
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(platformUrl))
                .header("Content-Type", "application/json").header("X-Shopify-Topic", topic)
                .header("X-Shopify-Hmac-Sha256", sign(secret, body)).header("X-Shopify-Webhook-Id", "wh-" + id)
                .header("X-Shopify-Shop-Domain", "standin.myshopify.com")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        return response.statusCode();
    }

    static String sign(String secret, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return Base64.getEncoder().encodeToString(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private boolean refused(HttpExchange exchange) throws IOException {
        if (!TOKEN.equals(exchange.getRequestHeaders().getFirst("X-Shopify-Access-Token"))) {
            answer(exchange, 401, "{\"errors\":\"[API] Invalid API key or access token\"}");
            return true;
        }
        if (throttleNext.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            throttled.incrementAndGet();
            exchange.getResponseHeaders().add("Retry-After", "1.0");
            answer(exchange, 429, "{\"errors\":\"Exceeded 2 calls per second for api client. Reduce request rates "
                    + "to resume uninterrupted service.\"}");
            return true;
        }
        if (failNext.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            failed.incrementAndGet();
            answer(exchange, 503, "{\"errors\":\"Service Unavailable\"}");
            return true;
        }
        return false;
    }

    private void orders(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (refused(exchange)) {
                return;
            }
            orderReads.incrementAndGet();
            if (orderReadMillis > 0) {
                try {
                    Thread.sleep(orderReadMillis);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            Map<String, String> query = query(exchange.getRequestURI().getRawQuery());
            String pageInfo = query.get("page_info");
            Instant since;
            int offset;
            if (pageInfo != null) {
                String[] cursor = new String(Base64.getUrlDecoder().decode(pageInfo), StandardCharsets.UTF_8)
                        .split("\\|");
                since = Instant.parse(cursor[0]);
                offset = Integer.parseInt(cursor[1]);
            } else {
                since = query.containsKey("updated_at_min") ? Instant.parse(query.get("updated_at_min"))
                        : Instant.EPOCH;
                offset = 0;
            }
            int limit = Math.min(pageSize, Integer.parseInt(query.getOrDefault("limit", "50")));
            List<JsonObject> matching;
            synchronized (this) {
                matching = orders.values().stream().filter(o -> !Instant.parse(o.getString("updated_at"))
                                .isBefore(since))
                        .sorted((a, b) -> a.getString("updated_at").compareTo(b.getString("updated_at"))).toList();
            }
            JsonArrayBuilder page = Json.createArrayBuilder();
            matching.stream().skip(offset).limit(limit).forEach(page::add);
            if (offset + limit < matching.size()) {
                String next = Base64.getUrlEncoder().withoutPadding().encodeToString((since + "|" + (offset + limit))
                        .getBytes(StandardCharsets.UTF_8));
                exchange.getResponseHeaders().add("Link", "<" + url() + "/admin/api/2025-07/orders.json?limit="
                        + limit + "&page_info=" + next + ">; rel=\"next\"");
            }
            answer(exchange, 200, Json.createObjectBuilder().add("orders", page).build().toString());
        }
    }

    /** {@code GET orders/{id}/fulfillment_orders.json}: one fulfillment order per order, open until fulfilled. */
    private void fulfillmentOrders(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (refused(exchange)) {
                return;
            }
            String path = exchange.getRequestURI().getPath();
            long id = Long.parseLong(path.substring(path.indexOf("/orders/") + 8, path.indexOf("/fulfillment_orders")));
            boolean known;
            boolean open;
            synchronized (this) {
                known = orders.containsKey(id);
                open = !fulfilled.containsKey(id);
            }
            if (!known) {
                answer(exchange, 404, "{\"errors\":\"Not Found\"}");
                return;
            }
            answer(exchange, 200, Json.createObjectBuilder().add("fulfillment_orders", Json.createArrayBuilder()
                    .add(Json.createObjectBuilder().add("id", id * 100).add("order_id", id)
                            .add("status", open ? "open" : "closed").add("assigned_location_id", 1))).build()
                    .toString());
        }
    }

    /** {@code POST fulfillments.json}: fulfils the fulfillment orders named, keeping the tracking numbers. */
    private void fulfil(HttpExchange exchange) throws IOException {
        try (exchange; InputStream in = exchange.getRequestBody()) {
            if (refused(exchange)) {
                return;
            }
            JsonObject fulfillment = Json.createReader(new StringReader(new String(in.readAllBytes(),
                    StandardCharsets.UTF_8))).readObject().getJsonObject("fulfillment");
            List<String> numbers = fulfillment.getJsonObject("tracking_info").getJsonArray("numbers")
                    .getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
            synchronized (this) {
                for (JsonValue order : fulfillment.getJsonArray("line_items_by_fulfillment_order")) {
                    long id = order.asJsonObject().getJsonNumber("fulfillment_order_id").longValue() / 100;
                    if (fulfilled.containsKey(id)) {
                        answer(exchange, 422, "{\"errors\":[\"Fulfillment order is already closed\"]}");
                        return;
                    }
                    fulfilled.put(id, numbers);
                }
            }
            answer(exchange, 201, Json.createObjectBuilder().add("fulfillment", Json.createObjectBuilder()
                    .add("status", "success").add("tracking_numbers", Json.createArrayBuilder(numbers))).build()
                    .toString());
        }
    }

    private void graphql(HttpExchange exchange) throws IOException {
        try (exchange; InputStream in = exchange.getRequestBody()) {
            if (refused(exchange)) {
                return;
            }
            JsonObject request = Json.createReader(new StringReader(new String(in.readAllBytes(),
                    StandardCharsets.UTF_8))).readObject();
            if (graphqlThrottleNext.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
                throttled.incrementAndGet();
                answer(exchange, 200, "{\"errors\":[{\"message\":\"Throttled\",\"extensions\":{\"code\":"
                        + "\"THROTTLED\",\"documentation\":\"https://shopify.dev/api/usage/rate-limits\"}}]}");
                return;
            }
            String query = request.getString("query");
            JsonObject variables = request.getJsonObject("variables");
            JsonObject data;
            if (query.contains("inventorySetQuantities")) {
                data = setQuantities(variables.getJsonObject("input"));
            } else if (query.contains("productVariantsBulkUpdate")) {
                data = setPrices(variables);
            } else if (query.contains("nodes(")) {
                data = nodes(variables);
            } else {
                answer(exchange, 200, "{\"errors\":[{\"message\":\"unknown operation\"}]}");
                return;
            }
            answer(exchange, 200, Json.createObjectBuilder().add("data", data).add("extensions",
                    Json.createObjectBuilder().add("cost", Json.createObjectBuilder().add("requestedQueryCost", 10)
                            .add("throttleStatus", Json.createObjectBuilder().add("maximumAvailable", 2000)
                                    .add("currentlyAvailable", 1990).add("restoreRate", 100)))).build().toString());
        }
    }

    /** All or nothing: one stale compare refuses the whole call, as Shopify does. */
    private synchronized JsonObject setQuantities(JsonObject input) {
        JsonArrayBuilder errors = Json.createArrayBuilder();
        boolean refused = false;
        List<JsonObject> quantities = input.getJsonArray("quantities").getValuesAs(JsonObject.class);
        for (int i = 0; i < quantities.size(); i++) {
            JsonObject quantity = quantities.get(i);
            String item = quantity.getString("inventoryItemId");
            Long current = available.get(item);
            if (current == null || !LOCATION.equals(quantity.getString("locationId"))) {
                errors.add(error("ITEM_NOT_STOCKED_AT_LOCATION", i, "inventoryItemId",
                        "The specified inventory item is not stocked at the location."));
                refused = true;
            } else if (quantity.isNull("compareQuantity")
                    || quantity.getJsonNumber("compareQuantity").longValue() != current) {
                errors.add(error("COMPARE_QUANTITY_STALE", i, "compareQuantity",
                        "The compareQuantity value does not match persisted value."));
                staleRefusals.incrementAndGet();
                refused = true;
            }
        }
        if (!refused) {
            quantities.forEach(q -> available.put(q.getString("inventoryItemId"),
                    q.getJsonNumber("quantity").longValue()));
        }
        return Json.createObjectBuilder().add("inventorySetQuantities", Json.createObjectBuilder()
                .add("inventoryAdjustmentGroup", refused ? JsonValue.NULL : Json.createObjectBuilder()
                        .add("reason", input.getString("reason")).build())
                .add("userErrors", errors)).build();
    }

    private static JsonObject error(String code, int index, String field, String message) {
        return Json.createObjectBuilder().add("code", code).add("field", Json.createArrayBuilder().add("input")
                .add("quantities").add(String.valueOf(index)).add(field)).add("message", message).build();
    }

    private synchronized JsonObject nodes(JsonObject variables) {
        JsonArrayBuilder nodes = Json.createArrayBuilder();
        for (JsonValue id : variables.getJsonArray("ids")) {
            String item = ((JsonString) id).getString();
            Long quantity = available.get(item);
            if (quantity == null) {
                nodes.add(JsonValue.NULL);
                continue;
            }
            nodes.add(Json.createObjectBuilder().add("id", item).add("inventoryLevel", Json.createObjectBuilder()
                    .add("quantities", Json.createArrayBuilder().add(Json.createObjectBuilder()
                            .add("name", "available").add("quantity", quantity)))));
        }
        return Json.createObjectBuilder().add("nodes", nodes).build();
    }

    private synchronized JsonObject setPrices(JsonObject variables) {
        for (JsonValue variant : variables.getJsonArray("variants")) {
            JsonObject v = variant.asJsonObject();
            prices.put(v.getString("id"), new BigDecimal(v.getString("price")));
        }
        JsonObjectBuilder payload = Json.createObjectBuilder().add("userErrors", Json.createArrayBuilder());
        return Json.createObjectBuilder().add("productVariantsBulkUpdate", payload).build();
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> query = new HashMap<>();
        if (raw != null) {
            for (String pair : raw.split("&")) {
                String[] kv = pair.split("=", 2);
                query.put(URLDecoder.decode(kv[0], StandardCharsets.UTF_8), kv.length < 2 ? ""
                        : URLDecoder.decode(kv[1], StandardCharsets.UTF_8));
            }
        }
        return query;
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
        threads.shutdownNow();
    }
}
