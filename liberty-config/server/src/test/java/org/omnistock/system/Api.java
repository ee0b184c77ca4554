package org.omnistock.system;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.UUID;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonStructure;

/** The REST API as a web shop or ERP sees it: HTTP/1.1 and JSON. */
final class Api {

    static final String BASE = System.getProperty("omnistock.base.url", "http://localhost:9080");

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    record Reply(int status, String contentType, String body) {

        JsonObject json() {
            try (JsonReader reader = Json.createReader(new StringReader(body))) {
                JsonStructure structure = reader.read();
                return structure.asJsonObject();
            }
        }
    }

    private Api() {
    }

    static Reply get(String path) {
        return send(HttpRequest.newBuilder(URI.create(BASE + path)).GET());
    }

    static Reply post(String path, String json) {
        return post(path, json, null);
    }

    static Reply post(String path, String json, String idempotencyKey) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(BASE + path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        return send(request);
    }

    static Reply put(String path, String json) {
        return send(HttpRequest.newBuilder(URI.create(BASE + path)).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    static Reply delete(String path) {
        return send(HttpRequest.newBuilder(URI.create(BASE + path)).DELETE());
    }

    static Reply postText(String path, String contentType, String text) {
        return send(HttpRequest.newBuilder(URI.create(BASE + path)).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(text)));
    }

    /** A code no other test run uses, so tests make their own data on a shared database. */
    static String uniqueCode(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    static void createSku(String code) {
        Reply reply = post("/api/v1/skus", "{\"code\":\"" + code + "\",\"name\":\"System test " + code
                + "\",\"category\":\"Tests\"}");
        if (reply.status() != 201) {
            throw new AssertionError("cannot create SKU " + code + ": " + reply);
        }
    }

    static void createLocation(String code, String type) {
        Reply reply = post("/api/v1/locations", "{\"code\":\"" + code + "\",\"name\":\"System test " + code
                + "\",\"type\":\"" + type + "\",\"latitude\":52.37,\"longitude\":4.89}");
        if (reply.status() != 201) {
            throw new AssertionError("cannot create location " + code + ": " + reply);
        }
    }

    static void receive(String sku, String location, long quantity) {
        Reply reply = post("/api/v1/stock/receipts", "{\"sku\":\"" + sku + "\",\"locationId\":\"" + location
                + "\",\"quantity\":" + quantity + "}");
        if (reply.status() != 201) {
            throw new AssertionError("cannot receive " + sku + ": " + reply);
        }
    }

    /** On hand of the SKU at the location, or null if it has no level there. */
    static Long onHand(String sku, String location) {
        return get("/api/v1/skus/" + sku + "/stock").json().getJsonArray("levels").stream()
                .map(v -> v.asJsonObject())
                .filter(level -> level.getString("locationId").equals(location))
                .map(level -> level.getJsonNumber("onHand").longValue())
                .findFirst().orElse(null);
    }

    private static Reply send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = HTTP.send(request.timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString());
            return new Reply(response.statusCode(),
                    response.headers().firstValue("Content-Type").orElse(""), response.body());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
