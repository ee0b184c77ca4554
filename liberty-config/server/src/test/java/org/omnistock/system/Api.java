package org.omnistock.system;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;

/**
 * The REST API as a web shop or ERP sees it: HTTP/1.1, JSON, and an access token of an API client. The static methods
 * act as the {@code bootstrap} client (every scope), which the test server is configured with; {@link #newClient}
 * makes a client with fewer scopes or bound to a store or channel; {@link #ANONYMOUS} sends no token.
 */
final class Api {

    static final String BASE = System.getProperty("omnistock.base.url", "http://localhost:9080");
    static final String HTTPS_BASE = "https://localhost:" + System.getProperty("https.port", "9443");
    static final String ADMIN_PASSWORD = System.getProperty("omnistock.admin.password", "test-admin-password");

    private static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();

    /** Every scope, everywhere: the test server's bootstrap client. */
    static final Client ADMIN = new Client("bootstrap",
            System.getProperty("omnistock.bootstrap.client.secret", "test-bootstrap-secret"));

    /** No token at all. */
    static final Client ANONYMOUS = new Client(null, null);

    record Reply(int status, String contentType, String body, java.net.http.HttpHeaders headers) {

        Reply(int status, String contentType, String body) {
            this(status, contentType, body, java.net.http.HttpHeaders.of(java.util.Map.of(), (name, value) -> true));
        }

        /** A header of the answer, or null. */
        String header(String name) {
            return headers.firstValue(name).orElse(null);
        }

        JsonObject json() {
            try (JsonReader reader = Json.createReader(new StringReader(body))) {
                JsonStructure structure = reader.read();
                return structure.asJsonObject();
            }
        }

        /** The body, a JSON array. */
        JsonArray jsonArray() {
            try (JsonReader reader = Json.createReader(new StringReader(body))) {
                return reader.readArray();
            }
        }
    }

    private Api() {
    }

    static Reply get(String path) {
        return ADMIN.get(path);
    }

    static Reply post(String path, String json) {
        return ADMIN.post(path, json, null);
    }

    static Reply post(String path, String json, String idempotencyKey) {
        return ADMIN.post(path, json, idempotencyKey);
    }

    static Reply put(String path, String json) {
        return ADMIN.put(path, json);
    }

    static Reply delete(String path) {
        return ADMIN.delete(path);
    }

    static Reply postText(String path, String contentType, String text) {
        return ADMIN.postText(path, contentType, text);
    }

    /** A code no other test run uses, so tests make their own data on a shared database. */
    static String uniqueCode(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    }

    /**
     * A barcode no other test run uses: an EAN-13 in GS1's range for a retailer's own numbers (20-29), with its
     * check digit.
     */
    static String newBarcode() {
        StringBuilder digits = new StringBuilder("2" + java.util.concurrent.ThreadLocalRandom.current().nextInt(10));
        for (int i = 0; i < 10; i++) {
            digits.append(java.util.concurrent.ThreadLocalRandom.current().nextInt(10));
        }
        return org.omnistock.messages.catalog.Gtin.withCheckDigit(digits.toString());
    }

    /** A client of the server over HTTPS that trusts the test server's own (self-signed) key. */
    static HttpClient https() {
        try {
            javax.net.ssl.SSLContext trustAll = javax.net.ssl.SSLContext.getInstance("TLS");
            trustAll.init(null, new javax.net.ssl.TrustManager[] {new javax.net.ssl.X509TrustManager() {
                @Override
                public void checkClientTrusted(java.security.cert.X509Certificate[] chain, String authType) {
                }

                @Override
                public void checkServerTrusted(java.security.cert.X509Certificate[] chain, String authType) {
                }

                @Override
                public java.security.cert.X509Certificate[] getAcceptedIssuers() {
                    return new java.security.cert.X509Certificate[0];
                }
            }}, null);
            return HttpClient.newBuilder().sslContext(trustAll).version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(10)).build();
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The application's metrics as an operator reads them (over HTTPS, with the test-only operator of
     * {@code operators.xml}), from the server at {@code httpsBase}.
     */
    static String metricsAsOperator(String httpsBase) throws IOException, InterruptedException {
        HttpResponse<String> reply = https().send(HttpRequest.newBuilder(
                        URI.create(httpsBase + "/metrics?scope=application"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        "it-operator:it-operator-password".getBytes(StandardCharsets.UTF_8)))
                .build(), HttpResponse.BodyHandlers.ofString());
        if (reply.statusCode() != 200) {
            throw new AssertionError("an operator reads /metrics: expected 200, was " + reply.statusCode() + ": "
                    + reply.body());
        }
        return reply.body();
    }

    /**
     * A new API client, made by the admin, ready to call.
     *
     * @param location the store it is bound to, or null
     * @param channel  the channel it is bound to, or null
     */
    static Client newClient(String location, String channel, String... scopes) {
        String id = uniqueCode("it").toLowerCase();
        String body = "{\"clientId\":\"" + id + "\",\"name\":\"Test client " + id + "\",\"scopes\":["
                + String.join(",", java.util.Arrays.stream(scopes).map(s -> "\"" + s + "\"").toList()) + "]"
                + (location == null ? "" : ",\"location\":\"" + location + "\"")
                + (channel == null ? "" : ",\"channel\":\"" + channel + "\"") + "}";
        Reply created = post("/api/v1/clients", body);
        if (created.status() != 201) {
            throw new AssertionError("cannot create API client " + id + ": " + created);
        }
        return new Client(id, created.json().getString("secret"));
    }

    /** A staff user of the back office, made for one test. */
    record User(String username, String password) {
    }

    /** A new staff user in this role (admin, merchandiser, store-manager), running these stores. */
    static User newUser(String role, String... stores) {
        String username = uniqueCode("u").toLowerCase();
        String password = "pw-" + UUID.randomUUID();
        Reply created = post("/api/v1/users", "{\"username\":\"" + username + "\",\"role\":\"" + role
                + "\",\"password\":\"" + password + "\",\"locations\":["
                + String.join(",", java.util.Arrays.stream(stores).map(c -> "\"" + c + "\"").toList()) + "]}");
        if (created.status() != 201) {
            throw new AssertionError("cannot create user " + username + ": " + created);
        }
        return new User(username, password);
    }

    /** Asks the token endpoint for a token with HTTP Basic, as an OAuth library does. */
    static Reply requestToken(String clientId, String secret, String scope) {
        String basic = Base64.getEncoder().encodeToString((clientId + ":" + secret)
                .getBytes(StandardCharsets.UTF_8));
        return send(HttpRequest.newBuilder(URI.create(BASE + "/api/v1/tokens"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Authorization", "Basic " + basic)
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=client_credentials"
                        + (scope == null ? "" : "&scope=" + java.net.URLEncoder.encode(scope,
                        StandardCharsets.UTF_8)))));
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

    /** The journal entries a document caused, oldest first (documentType as entries name it: transfer, delivery...). */
    static List<JsonObject> journalEntries(String documentType, String documentId) {
        Reply reply = get("/api/v1/journal/entries?documentType=" + documentType + "&documentId="
                + java.net.URLEncoder.encode(documentId, StandardCharsets.UTF_8));
        if (reply.status() != 200) {
            throw new AssertionError("cannot read the entries of " + documentType + " " + documentId + ": " + reply);
        }
        return reply.jsonArray().stream().map(JsonValue::asJsonObject).toList();
    }

    /** An entry's lines as account@location -> debit minus credit; fails unless the entry balances. */
    static Map<String, BigDecimal> netLines(JsonObject entry) {
        Map<String, BigDecimal> net = new TreeMap<>();
        BigDecimal sum = BigDecimal.ZERO;
        for (JsonValue value : entry.getJsonArray("lines")) {
            JsonObject line = value.asJsonObject();
            BigDecimal amount = line.getJsonNumber("debit").bigDecimalValue()
                    .subtract(line.getJsonNumber("credit").bigDecimalValue());
            net.merge(line.getString("account") + "@" + line.getString("location"), amount, BigDecimal::add);
            sum = sum.add(amount);
        }
        if (sum.signum() != 0) {
            throw new AssertionError("the entry does not balance: " + entry);
        }
        return net;
    }

    /** Whether the journal's stock equals the valuation at every location, and in transit. */
    static JsonObject valueReconciliation() {
        return get("/api/v1/valuation/reconciliation").json();
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
        HttpResponse<String> response = exchange(request, HttpResponse.BodyHandlers.ofString());
        return new Reply(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                response.body(), response.headers());
    }

    private static <T> HttpResponse<T> exchange(HttpRequest.Builder request, HttpResponse.BodyHandler<T> body) {
        try {
            return HTTP.send(request.timeout(Duration.ofSeconds(30)).build(), body);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** What a GET of a binary representation answered. */
    record Download(int status, String contentType, byte[] body) {
    }

    /** An API client that calls with its own token, fetched when first needed and again before it runs out. */
    static final class Client {

        private static final Duration TOKEN_USE = Duration.ofMinutes(10);

        final String id;
        final String secret;
        private String token;
        private long fetchedAt;

        Client(String id, String secret) {
            this.id = id;
            this.secret = secret;
        }

        Reply get(String path) {
            return send(authorised(HttpRequest.newBuilder(URI.create(BASE + path)).GET()));
        }

        /** A GET asking for a representation other than JSON, such as text/csv. */
        Reply get(String path, String accept) {
            return send(authorised(HttpRequest.newBuilder(URI.create(BASE + path)).header("Accept", accept).GET()));
        }

        /** A GET of a binary representation, such as application/pdf. */
        Download download(String path, String accept) {
            HttpResponse<byte[]> response = exchange(authorised(HttpRequest.newBuilder(URI.create(BASE + path))
                    .header("Accept", accept).GET()), HttpResponse.BodyHandlers.ofByteArray());
            return new Download(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.body());
        }

        Reply post(String path, String json) {
            return post(path, json, null);
        }

        Reply post(String path, String json, String idempotencyKey) {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(BASE + path))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(json));
            if (idempotencyKey != null) {
                request.header("Idempotency-Key", idempotencyKey);
            }
            return send(authorised(request));
        }

        Reply put(String path, String json) {
            return send(authorised(HttpRequest.newBuilder(URI.create(BASE + path))
                    .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(json))));
        }

        Reply delete(String path) {
            return send(authorised(HttpRequest.newBuilder(URI.create(BASE + path)).DELETE()));
        }

        Reply postText(String path, String contentType, String text) {
            return send(authorised(HttpRequest.newBuilder(URI.create(BASE + path)).header("Content-Type", contentType)
                    .POST(HttpRequest.BodyPublishers.ofString(text))));
        }

        private HttpRequest.Builder authorised(HttpRequest.Builder request) {
            return id == null ? request : request.header("Authorization", "Bearer " + token());
        }

        synchronized String token() {
            if (token == null || System.nanoTime() - fetchedAt > TOKEN_USE.toNanos()) {
                Reply reply = requestToken(id, secret, null);
                if (reply.status() != 200) {
                    throw new AssertionError("no token for " + id + ": " + reply);
                }
                token = reply.json().getString("access_token");
                fetchedAt = System.nanoTime();
            }
            return token;
        }
    }
}
