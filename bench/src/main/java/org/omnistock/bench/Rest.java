package org.omnistock.bench;

import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;

import jakarta.json.Json;
import jakarta.json.JsonObject;

/** The platform's REST API, for setting up a benchmark's data. */
final class Rest {

    static final String BASE = System.getProperty("base.url", "http://localhost:9080");

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    private Rest() {
    }

    static HttpResponse<String> post(String path, String json) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(BASE + path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> delete(String path) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(BASE + path)).DELETE().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    static JsonObject get(String path) throws IOException, InterruptedException {
        String body = HTTP.send(HttpRequest.newBuilder(URI.create(BASE + path)).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        return Json.createReader(new StringReader(body)).readObject();
    }

    /** A SKU and a store of their own, with this much stock. */
    static String[] skuAndStoreWith(String prefix, long units) throws IOException, InterruptedException {
        String id = UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        String sku = prefix + "-" + id;
        String store = "B" + id;
        expect(201, post("/api/v1/skus", "{\"code\":\"" + sku + "\",\"name\":\"Benchmark " + sku + "\"}"));
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
