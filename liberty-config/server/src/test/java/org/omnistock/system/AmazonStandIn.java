package org.omnistock.system;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;

/**
 * An Amazon seller account for the tests, on a loopback port, shaped like the Selling Partner API's Orders v0
 * ({@code getOrders} with {@code LastUpdatedAfter} and {@code NextToken}, {@code getOrderItems},
 * {@code confirmShipment}), Feeds 2021-06-30
 * (feed documents at pre-signed addresses, {@code JSON_LISTINGS_FEED} processed into a JSON report of issues, the
 * XML {@code POST_ORDER_ACKNOWLEDGEMENT_DATA} into an XML processing report) and Listings Items 2021-08-01 (a
 * listing's fulfillment availability), with Login with Amazon's token address: access tokens for the refresh token
 * and client, each good for {@link #tokenLife} seconds, and every call's token checked (403 when unknown or
 * expired). It answers 429 and 503 when told to, answers order reads slowly when told to, and counts the calls of
 * each operation.
 */
final class AmazonStandIn implements AutoCloseable {

    /** The seller's refresh token and the application's client, as Login with Amazon knows them. */
    static final String REFRESH_TOKEN = "Atzr|test-refresh-token";
    static final String CLIENT_ID = "amzn1.application-oa2-client.test";
    static final String CLIENT_SECRET = "amzn1.oa2-cs.v1.test-secret";
    static final String MARKETPLACE = "A1805IZSGTT6HS";
    static final String SELLER = "A2SELLERTEST";

    private final HttpServer server;
    private final ExecutorService threads = Executors.newFixedThreadPool(8);
    private final Map<String, JsonObject> orders = new LinkedHashMap<>();
    private final Map<String, List<JsonObject>> items = new HashMap<>();
    private final Map<String, Long> available = new HashMap<>();
    private final Map<String, BigDecimal> prices = new HashMap<>();
    private final Map<String, String> documents = new HashMap<>();
    private final Map<String, String> feedReports = new HashMap<>();
    private final Map<String, AtomicInteger> calls = new HashMap<>();
    /** Shipment confirmations by order id. */
    private final Map<String, JsonObject> shipments = new HashMap<>();
    /** The seller's order number each order was acknowledged with, by order id, and how often. */
    private final Map<String, String> acknowledged = new HashMap<>();
    private final Map<String, Integer> acknowledgements = new HashMap<>();
    private final Map<String, String> feedTypes = new HashMap<>();
    private final AtomicInteger failNext = new AtomicInteger();
    private volatile long orderReadMillis;
    /** Access tokens given, and until when each is good. */
    private final Map<String, Instant> accessTokens = new HashMap<>();
    private volatile int tokenLife = 3600;
    private final AtomicInteger throttleOrders = new AtomicInteger();
    private final AtomicInteger next = new AtomicInteger(1000);
    private volatile int pageSize = 100;

    AmazonStandIn() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 64);
        server.setExecutor(threads);
        server.createContext("/", this::route);
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** A listing the seller has on Amazon (a seller SKU), with this figure to begin with. */
    synchronized void list(String sku, long quantity) {
        available.put(sku, quantity);
    }

    synchronized Long available(String sku) {
        return available.get(sku);
    }

    synchronized BigDecimal price(String sku) {
        return prices.get(sku);
    }

    /** The package detail Amazon was told of, or null while the order's shipment is not confirmed. */
    synchronized JsonObject shipment(String orderId) {
        return shipments.get(orderId);
    }

    /** The seller's order number Amazon was told in the order's acknowledgement; null while not acknowledged. */
    synchronized String acknowledgedAs(String orderId) {
        return acknowledged.get(orderId);
    }

    synchronized int acknowledgements(String orderId) {
        return acknowledgements.getOrDefault(orderId, 0);
    }

    /** The account's Login-with-Amazon fields for this stand-in, as the marketplaces API takes them. */
    String loginJson() {
        return "\"clientId\":\"" + CLIENT_ID + "\",\"clientSecret\":\"" + CLIENT_SECRET + "\",\"loginUrl\":\""
                + url() + "/auth/o2/token\"";
    }

    /** Access tokens given from now on are good for this many seconds. */
    void tokenLife(int seconds) {
        tokenLife = seconds;
    }

    synchronized int tokensGiven() {
        return accessTokens.size();
    }

    /** The next {@code count} calls (feed documents aside) answer 503, as Amazon does when it is overloaded. */
    void failNext(int count) {
        failNext.set(count);
    }

    /** Every {@code getOrders} and {@code getOrderItems} answers after this long. */
    void slowOrderReads(long millis) {
        orderReadMillis = millis;
    }

    synchronized int calls(String operation) {
        return calls.getOrDefault(operation, new AtomicInteger()).get();
    }

    void throttleOrdersNext(int count) {
        throttleOrders.set(count);
    }

    void pageSize(int size) {
        pageSize = size;
    }

    /** A new order, in this status (Pending until paid, then Unshipped), to Amsterdam; its id. */
    synchronized String order(String status, String sku, int quantity, String itemPrice, String shipping) {
        String id = "028-" + next.incrementAndGet() + "-" + (1_000_000 + next.get());
        BigDecimal total = new BigDecimal(itemPrice).add(new BigDecimal(shipping));
        orders.put(id, Json.createObjectBuilder().add("AmazonOrderId", id)
                .add("PurchaseDate", now()).add("LastUpdateDate", now()).add("OrderStatus", status)
                .add("OrderTotal", Json.createObjectBuilder().add("CurrencyCode", "EUR")
                        .add("Amount", total.toPlainString()))
                .add("MarketplaceId", MARKETPLACE)
                .add("ShippingAddress", Json.createObjectBuilder().add("Name", "Kim Koper")
                        .add("AddressLine1", "Damrak 1").add("PostalCode", "1012 LG").add("City", "Amsterdam")
                        .add("CountryCode", "NL")).build());
        items.put(id, List.of(Json.createObjectBuilder().add("ASIN", "B0TEST" + id.hashCode()).add("SellerSKU", sku)
                .add("OrderItemId", id + "-1").add("QuantityOrdered", quantity)
                .add("ItemPrice", Json.createObjectBuilder().add("CurrencyCode", "EUR").add("Amount", itemPrice))
                .add("ShippingPrice", Json.createObjectBuilder().add("CurrencyCode", "EUR").add("Amount", shipping))
                .build()));
        return id;
    }

    synchronized void status(String id, String status) {
        orders.put(id, Json.createObjectBuilder(orders.get(id)).add("OrderStatus", status)
                .add("LastUpdateDate", now()).build());
    }

    private static String now() {
        return Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
    }

    private void route(HttpExchange exchange) throws IOException {
        try (exchange; InputStream in = exchange.getRequestBody()) {
            String path = exchange.getRequestURI().getPath();
            String method = exchange.getRequestMethod();
            String body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            if (path.startsWith("/docs/")) {
                document(exchange, method, path.substring(6), body);
                return;
            }
            if (path.equals("/auth/o2/token")) {
                login(exchange, query(body));
                return;
            }
            if (!tokenGood(exchange.getRequestHeaders().getFirst("x-amz-access-token"))) {
                count("unauthorized");
                answer(exchange, 403, "{\"errors\":[{\"code\":\"Unauthorized\",\"message\":\"Access to requested "
                        + "resource is denied.\",\"details\":\"The access token you provided is revoked, malformed "
                        + "or invalid.\"}]}");
                return;
            }
            if (failNext.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
                count("failed");
                answer(exchange, 503, "{\"errors\":[{\"code\":\"ServiceUnavailable\",\"message\":\"Service "
                        + "temporarily unavailable.\"}]}");
                return;
            }
            Map<String, String> query = query(exchange.getRequestURI().getRawQuery());
            if (path.startsWith("/orders/v0/orders") && !path.endsWith("/shipmentConfirmation")) {
                pause(orderReadMillis);
            }
            if (path.equals("/orders/v0/orders")) {
                count("getOrders");
                if (throttleOrders.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
                    exchange.getResponseHeaders().add("x-amzn-RateLimit-Limit", "0.0167");
                    answer(exchange, 429, "{\"errors\":[{\"code\":\"QuotaExceeded\",\"message\":\"You exceeded "
                            + "your quota for the requested resource.\"}]}");
                    return;
                }
                orders(exchange, query);
            } else if (path.startsWith("/orders/v0/orders/") && path.endsWith("/shipmentConfirmation")) {
                count("confirmShipment");
                String id = path.substring(18, path.length() - 21);
                JsonObject detail = Json.createReader(new StringReader(body)).readObject()
                        .getJsonObject("packageDetail");
                synchronized (this) {
                    if (shipments.containsKey(id)) {
                        answer(exchange, 400, "{\"errors\":[{\"code\":\"InvalidInput\",\"message\":\"The "
                                + "order has been shipped already.\"}]}");
                        return;
                    }
                    shipments.put(id, detail);
                }
                answer(exchange, 204, "");
            } else if (path.startsWith("/orders/v0/orders/") && path.endsWith("/orderItems")) {
                count("getOrderItems");
                String id = path.substring(18, path.length() - 11);
                List<JsonObject> lines;
                synchronized (this) {
                    lines = items.get(id);
                }
                answer(exchange, 200, Json.createObjectBuilder().add("payload", Json.createObjectBuilder()
                        .add("AmazonOrderId", id).add("OrderItems", Json.createArrayBuilder(lines))).build()
                        .toString());
            } else if (path.equals("/feeds/2021-06-30/documents")) {
                count("createFeedDocument");
                String id = "doc-" + next.incrementAndGet();
                answer(exchange, 201, Json.createObjectBuilder().add("feedDocumentId", id)
                        .add("url", url() + "/docs/" + id).build().toString());
            } else if (path.equals("/feeds/2021-06-30/feeds")) {
                count("createFeed");
                JsonObject request = Json.createReader(new StringReader(body)).readObject();
                String feedId = "feed-" + next.incrementAndGet();
                String feedType = request.getString("feedType");
                String content = documentContent(request.getString("inputFeedDocumentId"));
                if (feedType.equals("POST_ORDER_ACKNOWLEDGEMENT_DATA")) {
                    acknowledge(feedId, content);
                } else {
                    process(feedId, content);
                }
                synchronized (this) {
                    feedTypes.put(feedId, feedType);
                }
                answer(exchange, 202, Json.createObjectBuilder().add("feedId", feedId).build().toString());
            } else if (path.startsWith("/feeds/2021-06-30/feeds/")) {
                count("getFeed");
                String feedId = path.substring(24);
                String report;
                String feedType;
                synchronized (this) {
                    report = feedReports.get(feedId);
                    feedType = feedTypes.get(feedId);
                }
                answer(exchange, 200, Json.createObjectBuilder().add("feedId", feedId)
                        .add("feedType", feedType).add("processingStatus", "DONE")
                        .add("resultFeedDocumentId", report).build().toString());
            } else if (path.startsWith("/feeds/2021-06-30/documents/")) {
                String id = path.substring(28);
                answer(exchange, 200, Json.createObjectBuilder().add("feedDocumentId", id)
                        .add("url", url() + "/docs/" + id).build().toString());
            } else if (path.startsWith("/listings/2021-08-01/items/")) {
                count("getListingsItem");
                String sku = URLDecoder.decode(path.substring(path.lastIndexOf('/') + 1), StandardCharsets.UTF_8);
                Long quantity;
                synchronized (this) {
                    quantity = available.get(sku);
                }
                if (quantity == null) {
                    answer(exchange, 404, "{\"errors\":[{\"code\":\"NOT_FOUND\",\"message\":\"SKU not found\"}]}");
                    return;
                }
                answer(exchange, 200, Json.createObjectBuilder().add("sku", sku).add("fulfillmentAvailability",
                        Json.createArrayBuilder().add(Json.createObjectBuilder().add("fulfillmentChannelCode",
                                "DEFAULT").add("quantity", quantity))).build().toString());
            } else {
                answer(exchange, 404, "{\"errors\":[{\"code\":\"NotFound\"}]}");
            }
        }
    }

    /** Login with Amazon: a refresh token grant of the known client gives an access token. */
    private void login(HttpExchange exchange, Map<String, String> form) throws IOException {
        count("login");
        if (!CLIENT_ID.equals(form.get("client_id")) || !CLIENT_SECRET.equals(form.get("client_secret"))) {
            answer(exchange, 401, "{\"error_description\":\"Client authentication failed\","
                    + "\"error\":\"invalid_client\"}");
            return;
        }
        if (!"refresh_token".equals(form.get("grant_type")) || !REFRESH_TOKEN.equals(form.get("refresh_token"))) {
            answer(exchange, 400, "{\"error_description\":\"The request has an invalid grant parameter : "
                    + "refresh_token\",\"error\":\"invalid_grant\"}");
            return;
        }
        String token = "Atza|" + UUID.randomUUID();
        int life = tokenLife;
        synchronized (this) {
            accessTokens.put(token, Instant.now().plusSeconds(life));
        }
        answer(exchange, 200, Json.createObjectBuilder().add("access_token", token).add("refresh_token",
                REFRESH_TOKEN).add("token_type", "bearer").add("expires_in", life).build().toString());
    }

    private synchronized boolean tokenGood(String token) {
        Instant until = token == null ? null : accessTokens.get(token);
        return until != null && Instant.now().isBefore(until);
    }

    private void orders(HttpExchange exchange, Map<String, String> query) throws IOException {
        Instant since;
        int offset;
        if (query.containsKey("NextToken")) {
            String[] token = new String(Base64.getUrlDecoder().decode(query.get("NextToken")),
                    StandardCharsets.UTF_8).split("\\|");
            since = Instant.parse(token[0]);
            offset = Integer.parseInt(token[1]);
        } else {
            since = Instant.parse(query.get("LastUpdatedAfter"));
            offset = 0;
        }
        List<JsonObject> matching;
        synchronized (this) {
            matching = orders.values().stream().filter(o -> !Instant.parse(o.getString("LastUpdateDate"))
                    .isBefore(since)).sorted((a, b) -> a.getString("LastUpdateDate")
                    .compareTo(b.getString("LastUpdateDate"))).toList();
        }
        JsonArrayBuilder page = Json.createArrayBuilder();
        matching.stream().skip(offset).limit(pageSize).forEach(page::add);
        var payload = Json.createObjectBuilder().add("Orders", page);
        if (offset + pageSize < matching.size()) {
            payload.add("NextToken", Base64.getUrlEncoder().withoutPadding().encodeToString((since + "|"
                    + (offset + pageSize)).getBytes(StandardCharsets.UTF_8)));
        }
        answer(exchange, 200, Json.createObjectBuilder().add("payload", payload).build().toString());
    }

    /** Applies a JSON listings feed at once; its report names the messages of SKUs the seller does not list. */
    private synchronized void process(String feedId, String content) {
        JsonArrayBuilder issues = Json.createArrayBuilder();
        int accepted = 0;
        int invalid = 0;
        for (JsonValue value : Json.createReader(new StringReader(content)).readObject().getJsonArray("messages")) {
            JsonObject message = value.asJsonObject();
            String sku = message.getString("sku");
            if (!available.containsKey(sku)) {
                invalid++;
                issues.add(Json.createObjectBuilder().add("messageId", message.getInt("messageId"))
                        .add("code", "4000001").add("severity", "ERROR")
                        .add("message", "The SKU " + sku + " was not found in the catalog of the seller."));
                continue;
            }
            accepted++;
            for (JsonValue patch : message.getJsonArray("patches")) {
                JsonObject p = patch.asJsonObject();
                JsonObject first = p.getJsonArray("value").getJsonObject(0);
                if (p.getString("path").equals("/attributes/fulfillment_availability")) {
                    available.put(sku, first.getJsonNumber("quantity").longValue());
                } else if (p.getString("path").equals("/attributes/purchasable_offer")) {
                    prices.put(sku, first.getJsonArray("our_price").getJsonObject(0).getJsonArray("schedule")
                            .getJsonObject(0).getJsonNumber("value_with_tax").bigDecimalValue());
                }
            }
        }
        String report = "doc-" + next.incrementAndGet();
        documents.put(report, Json.createObjectBuilder().add("header", Json.createObjectBuilder()
                        .add("sellerId", SELLER).add("version", "2.0").add("feedId", feedId))
                .add("issues", issues).add("summary", Json.createObjectBuilder().add("errors", invalid)
                        .add("messagesProcessed", accepted + invalid).add("messagesAccepted", accepted)
                        .add("messagesInvalid", invalid)).build().toString());
        feedReports.put(feedId, report);
    }

    /**
     * Applies an order acknowledgement feed: each message's order acknowledged with its seller's number; a message
     * for an order the seller does not have is an error in the XML processing report.
     */
    private synchronized void acknowledge(String feedId, String content) {
        Document feed;
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            feed = factory.newDocumentBuilder().parse(new InputSource(new StringReader(content)));
        } catch (ParserConfigurationException | SAXException | IOException e) {
            throw new IllegalArgumentException("not an acknowledgement feed: " + e.getMessage(), e);
        }
        StringBuilder results = new StringBuilder();
        NodeList messages = feed.getElementsByTagName("Message");
        int errors = 0;
        for (int i = 0; i < messages.getLength(); i++) {
            Element message = (Element) messages.item(i);
            String messageId = text(message, "MessageID");
            String orderId = text(message, "AmazonOrderID");
            if (!orders.containsKey(orderId) || !"Success".equals(text(message, "StatusCode"))) {
                errors++;
                results.append("<Result><MessageID>").append(messageId).append("</MessageID><ResultCode>Error"
                        + "</ResultCode><ResultMessageCode>25</ResultMessageCode><ResultDescription>We are unable "
                        + "to process the XML feed because one or more items are invalid.</ResultDescription>"
                        + "<AdditionalInfo><AmazonOrderID>").append(orderId).append("</AmazonOrderID>"
                        + "</AdditionalInfo></Result>");
                continue;
            }
            acknowledged.put(orderId, text(message, "MerchantOrderID"));
            acknowledgements.merge(orderId, 1, Integer::sum);
        }
        String report = "doc-" + next.incrementAndGet();
        documents.put(report, "<?xml version=\"1.0\" encoding=\"UTF-8\"?><AmazonEnvelope><Header><DocumentVersion>"
                + "1.02</DocumentVersion><MerchantIdentifier>" + SELLER + "</MerchantIdentifier></Header>"
                + "<MessageType>ProcessingReport</MessageType><Message><MessageID>1</MessageID><ProcessingReport>"
                + "<DocumentTransactionID>" + feedId + "</DocumentTransactionID><StatusCode>Complete</StatusCode>"
                + "<ProcessingSummary><MessagesProcessed>" + messages.getLength() + "</MessagesProcessed>"
                + "<MessagesSuccessful>" + (messages.getLength() - errors) + "</MessagesSuccessful>"
                + "<MessagesWithError>" + errors + "</MessagesWithError><MessagesWithWarning>0"
                + "</MessagesWithWarning></ProcessingSummary>" + results + "</ProcessingReport></Message>"
                + "</AmazonEnvelope>");
        feedReports.put(feedId, report);
    }

    private static String text(Element parent, String name) {
        NodeList found = parent.getElementsByTagName(name);
        return found.getLength() == 0 ? null : found.item(0).getTextContent();
    }

    private static void pause(long millis) {
        if (millis > 0) {
            try {
                Thread.sleep(millis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private synchronized String documentContent(String id) {
        return documents.get(id);
    }

    private void document(HttpExchange exchange, String method, String id, String body) throws IOException {
        if (method.equals("PUT")) {
            synchronized (this) {
                documents.put(id, body);
            }
            answer(exchange, 200, "");
        } else {
            String content = documentContent(id);
            answer(exchange, content == null ? 404 : 200, content == null ? "" : content);
        }
    }

    private synchronized void count(String operation) {
        calls.computeIfAbsent(operation, o -> new AtomicInteger()).incrementAndGet();
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
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            exchange.getResponseBody().write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
