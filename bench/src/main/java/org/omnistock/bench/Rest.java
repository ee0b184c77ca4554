package org.omnistock.bench;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import jakarta.json.Json;
import jakarta.json.JsonObject;

/**
 * The platform's REST API, for setting up a benchmark's data, as an API client: by default the demo's
 * {@code bootstrap} client (every scope); another with {@code -Dclient.id=... -Dclient.secret=...}.
 */
final class Rest {

    static final String BASE = System.getProperty("base.url", "http://localhost:9080");
    private static final String CLIENT_ID = System.getProperty("client.id", "bootstrap");
    private static final String CLIENT_SECRET = System.getProperty("client.secret", "bootstrap-demo-secret");

    private static String token;
    /** When to ask for a new token: B10's push outlasts one. */
    private static long renewAt;

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    private Rest() {
    }

    /** An access token, asked for again when three quarters of its life (15 minutes) have passed. */
    static synchronized String token() {
        if (token == null || System.nanoTime() - renewAt > 0) {
            String basic = Base64.getEncoder().encodeToString((CLIENT_ID + ":" + CLIENT_SECRET)
                    .getBytes(StandardCharsets.UTF_8));
            try {
                HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(BASE + "/api/v1/tokens"))
                        .header("Authorization", "Basic " + basic)
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials")).build(),
                        HttpResponse.BodyHandlers.ofString());
                expect(200, response);
                JsonObject answer = Json.createReader(new StringReader(response.body())).readObject();
                token = answer.getString("access_token");
                renewAt = System.nanoTime() + TimeUnit.SECONDS.toNanos(answer.getInt("expires_in")) * 3 / 4;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        return token;
    }

    static HttpResponse<String> post(String path, String json) throws IOException, InterruptedException {
        return HTTP.send(authorised(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> postText(String path, String contentType, String text) throws IOException,
            InterruptedException {
        return HTTP.send(authorised(path).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(text)).build(), HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> put(String path, String json) throws IOException, InterruptedException {
        return HTTP.send(authorised(path).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> delete(String path) throws IOException, InterruptedException {
        return HTTP.send(authorised(path).DELETE().build(), HttpResponse.BodyHandlers.ofString());
    }

    static JsonObject get(String path) throws IOException, InterruptedException {
        String body = HTTP.send(authorised(path).build(), HttpResponse.BodyHandlers.ofString()).body();
        return Json.createReader(new StringReader(body)).readObject();
    }

    static jakarta.json.JsonArray getArray(String path) throws IOException, InterruptedException {
        String body = HTTP.send(authorised(path).build(), HttpResponse.BodyHandlers.ofString()).body();
        return Json.createReader(new StringReader(body)).readArray();
    }

    private static HttpRequest.Builder authorised(String path) {
        return HttpRequest.newBuilder(URI.create(BASE + path)).header("Authorization", "Bearer " + token());
    }

    /**
     * What a benchmark SKU costs: every unit it sells is then valued and posted to the books (B9), as a real SKU's
     * is; a SKU without a cost would post nothing and flatter the figures.
     */
    static final String UNIT_COST = "{\"unitCost\":7.00}";

    /** A SKU and a store of their own, with this much stock. */
    static String[] skuAndStoreWith(String prefix, long units) throws IOException, InterruptedException {
        String id = UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        String sku = prefix + "-" + id;
        String store = "B" + id;
        expect(201, post("/api/v1/skus", "{\"code\":\"" + sku + "\",\"name\":\"Benchmark " + sku + "\"}"));
        expect(200, put("/api/v1/skus/" + sku + "/cost", UNIT_COST));
        expect(201, post("/api/v1/locations", "{\"code\":\"" + store + "\",\"name\":\"Benchmark store\","
                + "\"type\":\"STORE\",\"latitude\":52.0,\"longitude\":5.0}"));
        expect(201, post("/api/v1/stock/receipts", "{\"sku\":\"" + sku + "\",\"locationId\":\"" + store
                + "\",\"quantity\":" + units + "}"));
        return new String[] {sku, store};
    }

    /** One more SKU with this much stock at an existing store. */
    static String skuAt(String store, String prefix, long units) throws IOException, InterruptedException {
        String sku = prefix + "-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        expect(201, post("/api/v1/skus", "{\"code\":\"" + sku + "\",\"name\":\"Benchmark " + sku + "\"}"));
        expect(200, put("/api/v1/skus/" + sku + "/cost", UNIT_COST));
        expect(201, post("/api/v1/stock/receipts", "{\"sku\":\"" + sku + "\",\"locationId\":\"" + store
                + "\",\"quantity\":" + units + "}"));
        return sku;
    }

    static void expect(int status, HttpResponse<String> response) {
        if (response.statusCode() != status) {
            throw new IllegalStateException("expected HTTP " + status + ", got " + response.statusCode() + ": "
                    + response.body());
        }
    }
}
