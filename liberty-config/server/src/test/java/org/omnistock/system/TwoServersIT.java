package org.omnistock.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.omnistock.system.Api.createLocation;
import static org.omnistock.system.Api.createSku;
import static org.omnistock.system.Api.onHand;
import static org.omnistock.system.Api.receive;
import static org.omnistock.system.Api.uniqueCode;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import jakarta.jms.Connection;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.MessageProducer;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;
import jakarta.json.JsonObject;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.omnistock.messages.Destinations;
import org.omnistock.messages.Headers;
import org.omnistock.messages.JsonCodec;
import org.omnistock.messages.stock.StockChanged;

/**
 * Two Liberty servers on one PostgreSQL database and one broker: the one the build started, and a second started
 * here from a copy of its directory with other ports. Sixteen tills of one store sell while both take sales from the
 * shared queue, the second is killed with SIGKILL halfway, and every sale must count once, every stock event reach a
 * subscriber once and in order per level, every receipt get one number of the store's series with no gap and none
 * twice, and the books balance. PostgreSQL only: embedded Derby belongs to one server. The tests run in order and
 * share the second server where the one before left it running.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoServersIT {

    private static final int SALES = 400;
    private static final int TILLS = 16;
    private static final int SECOND_HTTP_PORT = 9081;
    private static final int SECOND_HTTPS_PORT = 9444;
    private static final int BALANCER_PORT = 9089;
    private static final int API_CLIENTS = 8;

    /** Shared by the tests, in their order: each start costs half a minute of CI. */
    private static Process second;
    private Process balancer;

    @AfterEach
    void stopTheBalancer() throws InterruptedException {
        stop(balancer);
    }

    @AfterAll
    static void stopTheSecondServer() throws InterruptedException {
        stop(second);
    }

    private static void stop(Process process) throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroyForcibly();
            process.waitFor();
        }
    }

    /** The second server, started unless the test before left it running. */
    private static void secondServerRunning() throws Exception {
        if (second == null || !second.isAlive()) {
            second = startSecondServer("");
        }
        awaitReady();
    }

    /**
     * HAProxy, configured from the repository's file, in front of both servers. Eight API clients read stock through
     * it without pause and a back-office user works on a page served by the second server; the second is killed with
     * SIGKILL. At most the API requests in flight fail, the user's next click on the same page is answered by the
     * first server from the session in the database, and the second, started again, takes requests again.
     */
    @Test
    @Order(1)
    void behindALoadBalancerAServerKilledCostsAtMostTheRequestsInFlight() throws Exception {
        assumeTrue("postgresql".equals(System.getProperty("omnistock.db")), "two servers need a shared database");
        String store = uniqueCode("LB");
        String sku = uniqueCode("LBS");
        createLocation(store, "STORE");
        createSku(sku);
        receive(sku, store, 25);
        Api.User merchandiser = Api.newUser("merchandiser");
        secondServerRunning();
        balancer = startBalancer();
        String lb = "http://127.0.0.1:" + BALANCER_PORT;
        awaitServedBy(lb, "b");

        BackOfficeUser user = new BackOfficeUser(lb);
        user.stickTo("b");
        HttpResponse<String> page = user.signIn("/stock/levels.xhtml?sku=" + sku, merchandiser);
        assertEquals("b", servedBy(page), "the user's pages come from the second server");
        assertTrue(page.body().contains(sku), "the page shows the SKU's stock: " + page.body());

        String token = Api.ADMIN.token();
        ApiLoad load = new ApiLoad(lb + "/api/v1/skus/" + sku + "/stock", token);
        long clickMillis;
        load.start(API_CLIENTS);
        try {
            load.awaitServedByBoth();
            second.destroyForcibly();
            second.waitFor();
            long killedAt = System.nanoTime();

            HttpResponse<String> after = user.click(page, "search", "search:find",
                    Map.of("search:sku_input", sku));
            clickMillis = (System.nanoTime() - killedAt) / 1_000_000;
            assertEquals(200, after.statusCode(), after.body());
            assertEquals("a", servedBy(after), "the first server answers now");
            assertTrue(after.body().contains("sku-title") && after.body().contains(sku),
                    "the same page goes on from the session in the database, not the sign-in page: " + after.body());

            load.awaitServedAfter(killedAt, "a", 50);
        } finally {
            load.stop();
        }
        System.out.printf("Behind HAProxy, second server killed: %d API requests, %d failed, answered by %s; "
                + "the back-office click after the kill answered in %d ms%n", load.requests(), load.failures(),
                load.served, clickMillis);
        assertTrue(load.failures() <= API_CLIENTS, "at most the " + API_CLIENTS + " requests in flight fail: "
                + load.failures() + " of " + load.requests() + " failed: " + load.failureReasons());

        second = startSecondServer("");
        awaitReady();
        awaitServedBy(lb, "b");
    }

    @Test
    @Order(2)
    void aServerKilledMidStreamLosesAndDoublesNothing() throws Exception {
        assumeTrue("postgresql".equals(System.getProperty("omnistock.db")), "two servers need a shared database");
        String store = uniqueCode("TS");
        List<String> skus = storeWithFourSkus(store, "TS");
        Broker.StoreUser till = Broker.credentialsOf(store);
        secondServerRunning();

        Instant started = Instant.now().minusSeconds(60);
        Map<String, Long> sold = new HashMap<>();
        Set<String> receipts = new HashSet<>();
        List<Message> events = new ArrayList<>();
        try (Connection subscriber = Broker.asAdmin(); Connection tills = Broker.asStore(till, null)) {
            Session subscription = subscriber.createSession(false, Session.AUTO_ACKNOWLEDGE);
            MessageConsumer stockEvents = subscription.createConsumer(
                    subscription.createTopic(Destinations.STOCK_CHANGED), Headers.LOCATION_ID + " = '" + store + "'");
            subscriber.start();
            Tills sales = new Tills(tills, store, skus);
            for (int i = 0; i < SALES; i++) {
                if (i == SALES / 2) {
                    awaitSalesRecordedBySecond();
                    second.destroyForcibly();
                    second.waitFor();
                }
                receipts.add(sales.sell(i, "T", sold));
                drain(stockEvents, events, 0);
            }

            long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
            while (!allSold(skus, store, sold) && System.nanoTime() < deadline) {
                drain(stockEvents, events, 200);
            }
            assertTrue(allSold(skus, store, sold), "every sale counted once, none lost, none twice: " + sold);
            int lines = 2 * SALES;
            while (events.size() < lines && System.nanoTime() < deadline) {
                drain(stockEvents, events, 200);
            }
            drain(stockEvents, events, 3_000);
        }

        List<JsonObject> documents = numbered(store, started, SALES);
        Set<String> numbers = new HashSet<>();
        Set<String> documented = new HashSet<>();
        String series = documents.get(0).getString("number").replaceAll("\\d{6}$", "");
        for (JsonObject document : documents) {
            assertTrue(numbers.add(document.getString("number")), "a number given twice: " + document);
            assertTrue(documented.add(document.getString("sourceId")), "a receipt numbered twice: " + document);
        }
        Set<String> gapless = new HashSet<>();
        for (int n = 1; n <= SALES; n++) {
            gapless.add(series + "%06d".formatted(n));
        }
        assertEquals(gapless, numbers, "1 to " + SALES + " with no gap, though a server died while numbering");
        assertEquals(receipts, documented, "every receipt numbered");

        Set<String> ids = new HashSet<>();
        Map<String, Long> lastSequence = new HashMap<>();
        for (Message message : events) {
            StockChanged event = JsonCodec.fromJson(((TextMessage) message).getText(), StockChanged.class);
            if (!"SALE".equals(event.movementType())) {
                continue;
            }
            assertTrue(ids.add(message.getStringProperty(Headers.EVENT_ID)), "published twice: " + event);
            long previous = lastSequence.getOrDefault(event.sku(), 1L);
            assertEquals(previous + 1, event.sequence(), "in order and none missing for " + event.sku());
            lastSequence.put(event.sku(), event.sequence());
        }
        assertEquals(2 * SALES, ids.size(), "one event per sale line");
        JsonObject report = Api.get("/api/v1/stock/reconciliation").json();
        assertTrue(report.getJsonArray("mismatches").isEmpty(), report.toString());
    }

    /**
     * A Shopify-shaped and an Amazon-shaped account, both worked by the second server, whose order reads are slow;
     * the second server is killed with SIGKILL in the middle of both polls. Once its lease has run out the first
     * server takes the accounts and polls on from their cursors: every order is there once.
     */
    @Test
    @Order(3)
    void aServerKilledMidPollLosesAndDoublesNoMarketplaceOrder() throws Exception {
        assumeTrue("postgresql".equals(System.getProperty("omnistock.db")), "two servers need a shared database");
        OrderDesk.standardRules();
        String store = OrderDesk.location("MPR", "STORE", 52.37, 4.90, null);
        String shopChannel = OrderDesk.channel(store);
        String amazonChannel = OrderDesk.channel(store);
        String sku = OrderDesk.pricedSku("MPR", "5.00");
        receive(sku, store, 1_000);
        try (ShopifyStandIn shop = new ShopifyStandIn(); AmazonStandIn amazon = new AmazonStandIn()) {
            String shopAccount = uniqueCode("rshop").toLowerCase();
            String amazonAccount = uniqueCode("ramz").toLowerCase();
            createAccount("{\"code\":\"" + shopAccount + "\",\"kind\":\"SHOPIFY\",\"channel\":\"" + shopChannel
                    + "\",\"baseUrl\":\"" + shop.url() + "\",\"accessToken\":\"" + ShopifyStandIn.TOKEN
                    + "\",\"remoteLocationId\":\"" + ShopifyStandIn.LOCATION + "\",\"requestsPerSecond\":20,"
                    + "\"burst\":40}");
            createAccount("{\"code\":\"" + amazonAccount + "\",\"kind\":\"AMAZON\",\"channel\":\"" + amazonChannel
                    + "\",\"baseUrl\":\"" + amazon.url() + "\",\"accessToken\":\"" + AmazonStandIn.REFRESH_TOKEN
                    + "\",\"remoteLocationId\":\"" + AmazonStandIn.MARKETPLACE + "\",\"sellerId\":\""
                    + AmazonStandIn.SELLER + "\",\"requestsPerSecond\":20,\"burst\":40,"
                    + "\"defaultLatitude\":52.1326,\"defaultLongitude\":5.2913," + amazon.loginJson() + "}");
            try {
                // After the first secret was sealed: the copy takes the key file, as servers sharing a database must.
                stop(second);
                second = startSecondServer("");
                awaitReady();
                workedBySecond(shopAccount);
                workedBySecond(amazonAccount);
                shop.pageSize(1);
                shop.slowOrderReads(300);
                amazon.pageSize(1);
                amazon.slowOrderReads(150);
                int each = 10;
                List<String> shopOrders = new ArrayList<>();
                List<String> amazonOrders = new ArrayList<>();
                for (int i = 0; i < each; i++) {
                    shopOrders.add(String.valueOf(shop.order("EUR", sku, 1, "5.00", "0.00")));
                    amazonOrders.add(amazon.order("Unshipped", sku, 1, "5.00", "0.00"));
                }
                long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
                while (channelOrders(shopChannel) < 2 || channelOrders(amazonChannel) < 2) {
                    assertTrue(System.nanoTime() < deadline, "the second server polls both accounts: "
                            + Api.get("/api/v1/marketplaces/" + shopAccount).body() + " "
                            + Api.get("/api/v1/marketplaces/" + amazonAccount).body());
                    Thread.sleep(100);
                }
                second.destroyForcibly();
                second.waitFor();
                long shopBefore = channelOrders(shopChannel);
                long amazonBefore = channelOrders(amazonChannel);
                assertTrue(shopBefore < each && amazonBefore < each, "killed mid-poll: " + shopBefore + " and "
                        + amazonBefore + " of " + each + " orders were in");

                deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
                while (channelOrders(shopChannel) < each || channelOrders(amazonChannel) < each) {
                    assertTrue(System.nanoTime() < deadline, "the first server takes over once the lease ran out: "
                            + Api.get("/api/v1/marketplaces/" + shopAccount).body() + " "
                            + Api.get("/api/v1/marketplaces/" + amazonAccount).body());
                    Thread.sleep(500);
                }
                Thread.sleep(3_000);
                for (String id : shopOrders) {
                    assertEquals(1, ordersWith(shopChannel, id), "Shopify order " + id + " once");
                }
                for (String id : amazonOrders) {
                    assertEquals(1, ordersWith(amazonChannel, id), "Amazon order " + id + " once");
                }
                assertEquals(each, channelOrders(shopChannel));
                assertEquals(each, channelOrders(amazonChannel));
                for (String account : List.of(shopAccount, amazonAccount)) {
                    String by = Api.get("/api/v1/marketplaces/" + account).json().getString("workedBy", "");
                    assertTrue(!by.isEmpty() && !by.contains("-second@"), "worked by the first server now: " + by);
                }
            } finally {
                Api.post("/api/v1/marketplaces/" + shopAccount + "/disable", "");
                Api.post("/api/v1/marketplaces/" + amazonAccount + "/disable", "");
            }
        }
    }

    /** HAProxy in the foreground (its own pid), on the repository's configuration with this test's ports. */
    private static Process startBalancer() throws IOException {
        Path config = Path.of(System.getProperty("omnistock.haproxy.config", "src/main/haproxy/omnistock.cfg"));
        Path log = Files.createDirectories(Path.of("target")).resolve("haproxy.log");
        String installed = Files.isExecutable(Path.of("/usr/sbin/haproxy")) ? "/usr/sbin/haproxy" : "haproxy";
        ProcessBuilder haproxy = new ProcessBuilder(System.getProperty("omnistock.haproxy", installed), "-db", "-f",
                config.toString()).redirectErrorStream(true).redirectOutput(log.toFile());
        haproxy.environment().put("OMNISTOCK_LB_PORT", String.valueOf(BALANCER_PORT));
        haproxy.environment().put("OMNISTOCK_SERVER_A", Api.BASE.replaceFirst("^http://", "").replace("localhost",
                "127.0.0.1"));
        haproxy.environment().put("OMNISTOCK_SERVER_B", "127.0.0.1:" + SECOND_HTTP_PORT);
        try {
            return haproxy.start();
        } catch (IOException e) {
            throw new AssertionError("HAProxy is not installed (.ci/run installs Debian's haproxy)", e);
        }
    }

    /**
     * The second server halts right after a batch of sales commits and before any of its messages is acknowledged
     * ({@code omnistock.faults.halt-after-sales-commit}): the broker gives those sales to the first server, which
     * finds them recorded. Every sale counts once, every receipt is numbered once, and the first server saw at least
     * one of them a second time, so the halt did fall between a commit and its acknowledgements.
     */
    @Test
    @Order(4)
    void aServerDeadBetweenABatchsCommitAndItsAcknowledgementDoublesNothing() throws Exception {
        assumeTrue("postgresql".equals(System.getProperty("omnistock.db")), "two servers need a shared database");
        String store = uniqueCode("TH");
        List<String> skus = storeWithFourSkus(store, "TH");
        Broker.StoreUser till = Broker.credentialsOf(store);
        stop(second);
        second = startSecondServer("""
                    <variable name="omnistock.faults.halt-after-sales-commit" value="true"/>
                """);
        awaitReady();
        double duplicatesBefore = salesOnFirst("duplicate");

        Instant started = Instant.now().minusSeconds(60);
        Map<String, Long> sold = new HashMap<>();
        Set<String> receipts = new HashSet<>();
        try (Connection tills = Broker.asStore(till, null)) {
            Tills sales = new Tills(tills, store, skus);
            // Sold until the second server has halted, and as much again: it takes sales as soon as it is ready.
            int sent = 0;
            for (int afterHalt = 0; afterHalt < 2 * TILLS * 8; sent++) {
                assertTrue(sent < 5_000, "the second server never halted; see target/second-server-console.log");
                if (!second.isAlive()) {
                    afterHalt++;
                } else if (sent % TILLS == 0) {
                    Thread.sleep(20);
                }
                receipts.add(sales.sell(sent, "H", sold));
            }
            assertEquals(137, second.waitFor(), "halted by the fault, not stopped otherwise");

            long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
            while (!allSold(skus, store, sold) && System.nanoTime() < deadline) {
                Thread.sleep(200);
            }
            assertTrue(allSold(skus, store, sold), "every sale counted once, none lost, none twice: " + sold);
            System.out.printf("A server halted after a batch's commit: %d sales sent%n", sent);
        }
        List<JsonObject> documents = numbered(store, started, receipts.size());
        Set<String> documented = new HashSet<>();
        for (JsonObject document : documents) {
            assertTrue(documented.add(document.getString("sourceId")), "a receipt numbered twice: " + document);
        }
        assertEquals(receipts, documented, "every receipt numbered once");
        assertTrue(salesOnFirst("duplicate") > duplicatesBefore,
                "the sales of the committed batch came again, to the first server, and were found recorded");
        JsonObject report = Api.get("/api/v1/stock/reconciliation").json();
        assertTrue(report.getJsonArray("mismatches").isEmpty(), report.toString());
    }

    /** POS sales the build's server took, with this outcome, from its /metrics. */
    private static double salesOnFirst(String outcome) throws Exception {
        return Api.metricsAsOperator(Api.HTTPS_BASE).lines()
                .filter(line -> line.startsWith("omnistock_pos_sales_total{") && line.contains("\"" + outcome + "\""))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1))).sum();
    }

    /** Waits until the balancer sends a request to this server: it is up and its health checks passed. */
    private void awaitServedBy(String lb, String server) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            assertTrue(balancer.isAlive(), "HAProxy stopped; see target/haproxy.log");
            try {
                HttpResponse<Void> reply = http.send(HttpRequest.newBuilder(URI.create(lb + "/health/ready")).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (reply.statusCode() == 200 && server.equals(servedBy(reply))) {
                    return;
                }
            } catch (IOException notYet) {
                // the balancer is not listening yet
            }
            Thread.sleep(200);
        }
        throw new AssertionError("the balancer never sent a request to server " + server + "; see target/haproxy.log");
    }

    private static String servedBy(HttpResponse<?> response) {
        return response.headers().firstValue("X-Omnistock-Server").orElse("");
    }

    /** A browser as far as the balancer and the server can tell: cookies, redirects, forms with their view state. */
    private static final class BackOfficeUser {

        private static final java.util.regex.Pattern VIEW_STATE = java.util.regex.Pattern.compile(
                "name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

        private final String base;
        private final java.net.CookieManager cookies = new java.net.CookieManager();
        private final HttpClient http;

        BackOfficeUser(String base) {
            this.base = base;
            this.http = HttpClient.newBuilder().cookieHandler(cookies).followRedirects(HttpClient.Redirect.NORMAL)
                    .build();
        }

        /** The balancer's cookie naming the server, as it would have set it. */
        void stickTo(String server) {
            java.net.HttpCookie cookie = new java.net.HttpCookie("OMNISTOCK_SERVER", server);
            cookie.setPath("/");
            cookie.setVersion(0);
            cookies.getCookieStore().add(URI.create(base), cookie);
        }

        /** Opens the page, is sent to sign in, signs in and is sent back to it. */
        HttpResponse<String> signIn(String path, Api.User user) throws Exception {
            HttpResponse<String> form = http.send(HttpRequest.newBuilder(URI.create(base + path)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertTrue(form.body().contains("j_username"), "sent to sign in first: " + form.body());
            HttpResponse<String> page = post("/sign-in", Map.of("j_username", user.username(), "j_password",
                    user.password()));
            assertEquals(200, page.statusCode(), page.body());
            return page;
        }

        /** Submits a form of the page with a button, as the browser does without script. */
        HttpResponse<String> click(HttpResponse<String> page, String form, String button, Map<String, String> fields)
                throws Exception {
            java.util.regex.Matcher state = VIEW_STATE.matcher(page.body());
            assertTrue(state.find(), "the page has a view state: " + page.body());
            Map<String, String> values = new java.util.LinkedHashMap<>(fields);
            values.put(form, form);
            values.put(button, button);
            values.put("jakarta.faces.ViewState", state.group(1).replace("&#x3a;", ":").replace("&amp;", "&"));
            return post(page.uri().getRawPath(), values);
        }

        private HttpResponse<String> post(String path, Map<String, String> fields) throws Exception {
            String body = String.join("&", fields.entrySet().stream().map(field -> encode(field.getKey()) + "="
                    + encode(field.getValue())).toList());
            return http.send(HttpRequest.newBuilder(URI.create(base + path))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        }

        private static String encode(String value) {
            return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    /** API clients reading through the balancer without pause, each counting what it got and from which server. */
    private static final class ApiLoad {

        private final URI uri;
        private final String token;
        private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        private final List<Thread> clients = new ArrayList<>();
        private final java.util.concurrent.atomic.AtomicLong requests = new java.util.concurrent.atomic.AtomicLong();
        private final List<String> failures = java.util.Collections.synchronizedList(new ArrayList<>());
        private final Map<String, Long> lastServed = new java.util.concurrent.ConcurrentHashMap<>();
        private final Map<String, java.util.concurrent.atomic.AtomicLong> served =
                new java.util.concurrent.ConcurrentHashMap<>();
        private volatile boolean running = true;

        ApiLoad(String uri, String token) {
            this.uri = URI.create(uri);
            this.token = token;
        }

        void start(int count) {
            for (int i = 0; i < count; i++) {
                Thread client = new Thread(this::run, "api-client-" + i);
                clients.add(client);
                client.start();
            }
        }

        private void run() {
            while (running) {
                requests.incrementAndGet();
                try {
                    HttpResponse<String> reply = http.send(HttpRequest.newBuilder(uri)
                            .header("Authorization", "Bearer " + token).timeout(Duration.ofSeconds(30)).build(),
                            HttpResponse.BodyHandlers.ofString());
                    if (reply.statusCode() != 200) {
                        failures.add(reply.statusCode() + " from " + servedBy(reply) + ": " + reply.body());
                    } else {
                        String server = servedBy(reply);
                        served.computeIfAbsent(server, s -> new java.util.concurrent.atomic.AtomicLong())
                                .incrementAndGet();
                        lastServed.put(server, System.nanoTime());
                    }
                } catch (IOException e) {
                    failures.add(e.toString());
                } catch (InterruptedException e) {
                    return;
                }
            }
        }

        void awaitServedByBoth() throws InterruptedException {
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (served.getOrDefault("a", new java.util.concurrent.atomic.AtomicLong()).get() < 20
                    || served.getOrDefault("b", new java.util.concurrent.atomic.AtomicLong()).get() < 20) {
                assertTrue(System.nanoTime() < deadline, "both servers answer API calls: " + served);
                Thread.sleep(50);
            }
        }

        /** Waits until this server has answered this many more requests since the instant. */
        void awaitServedAfter(long since, String server, int count) throws InterruptedException {
            long before = served.get(server).get();
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (lastServed.get(server) < since || served.get(server).get() - before < count) {
                assertTrue(System.nanoTime() < deadline, "server " + server + " goes on answering: " + served);
                Thread.sleep(50);
            }
        }

        void stop() throws InterruptedException {
            running = false;
            for (Thread client : clients) {
                client.join(35_000);
            }
        }

        long requests() {
            return requests.get();
        }

        int failures() {
            return failures.size();
        }

        List<String> failureReasons() {
            return List.copyOf(failures);
        }
    }

    private static void createAccount(String json) {
        Api.Reply created = Api.post("/api/v1/marketplaces", json);
        assertEquals(201, created.status(), created.body());
    }

    /**
     * Hands the account to the second server: it is disabled (which ends the lease) and enabled again through the
     * second server, which starts on it once that commits; the first server's tick may still come first, so again.
     */
    private static void workedBySecond(String account) throws InterruptedException {
        for (int attempt = 0; attempt < 30; attempt++) {
            String by = "";
            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (by.isEmpty() && System.nanoTime() < deadline) {
                Thread.sleep(200);
                by = Api.get("/api/v1/marketplaces/" + account).json().getString("workedBy", "");
            }
            if (by.contains("-second@")) {
                return;
            }
            assertEquals(200, Api.post("/api/v1/marketplaces/" + account + "/disable", "").status());
            assertEquals(200, postToSecond("/api/v1/marketplaces/" + account + "/enable"));
        }
        throw new AssertionError("the second server never took the account " + account);
    }

    private static int postToSecond(String path) throws InterruptedException {
        try {
            return HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://localhost:" + SECOND_HTTP_PORT + path))
                    .header("Authorization", "Bearer " + Api.ADMIN.token())
                    .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.discarding())
                    .statusCode();
        } catch (IOException e) {
            throw new AssertionError("the second server does not answer " + path, e);
        }
    }

    private static long channelOrders(String channel) {
        return Api.get("/api/v1/orders?channel=" + channel).json().getInt("total");
    }

    private static long ordersWith(String channel, String externalId) {
        return Api.get("/api/v1/orders?channel=" + channel + "&q=" + externalId).json().getInt("total");
    }

    private static boolean allSold(List<String> skus, String store, Map<String, Long> sold) {
        return skus.stream().allMatch(sku -> onHand(sku, store) == 10_000 - sold.get(sku));
    }

    private static void drain(MessageConsumer consumer, List<Message> into, long waitMillis) throws JMSException {
        Message message = waitMillis == 0 ? consumer.receiveNoWait() : consumer.receive(waitMillis);
        while (message != null) {
            into.add(message);
            message = consumer.receiveNoWait();
        }
    }

    /** The store's receipts' documents once the store's day has numbered this many since {@code from}. */
    private static List<JsonObject> numbered(String store, Instant from, int count) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (true) {
            List<JsonObject> documents = Api.get("/api/v1/documents?location=" + store + "&from=" + from + "&to="
                    + Instant.now().plusSeconds(3_600)).jsonArray().stream().map(v -> v.asJsonObject()).toList();
            if (documents.size() >= count) {
                return documents;
            }
            assertTrue(System.nanoTime() < deadline, documents.size() + " of " + count + " receipts numbered");
            Thread.sleep(250);
        }
    }

    /** A new store with four new SKUs of 10,000 units each, their codes beginning with the prefix; their codes. */
    private static List<String> storeWithFourSkus(String store, String prefix) {
        List<String> skus = List.of(uniqueCode(prefix + "A"), uniqueCode(prefix + "B"), uniqueCode(prefix + "C"),
                uniqueCode(prefix + "D"));
        createLocation(store, "STORE");
        for (String sku : skus) {
            createSku(sku);
            receive(sku, store, 10_000);
        }
        return skus;
    }

    /** {@value #TILLS} tills of one store, each on a session of its own, selling two of the store's SKUs a sale. */
    private static final class Tills {
        private final List<Session> sessions = new ArrayList<>();
        private final List<MessageProducer> producers = new ArrayList<>();
        private final String store;
        private final List<String> skus;

        Tills(Connection connection, String store, List<String> skus) throws JMSException {
            this.store = store;
            this.skus = skus;
            for (int t = 0; t < TILLS; t++) {
                Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
                sessions.add(session);
                producers.add(session.createProducer(session.createQueue(Destinations.POS_SALES)));
            }
        }

        /** Sale number {@code i}, sent by till {@code i % TILLS} and counted in {@code sold}; its document's source. */
        String sell(int i, String receiptPrefix, Map<String, Long> sold) throws JMSException {
            String first = skus.get(i % skus.size());
            String other = skus.get((i + 1) % skus.size());
            String receipt = receiptPrefix + (i % TILLS) + "-" + UUID.randomUUID();
            producers.get(i % TILLS).send(sessions.get(i % TILLS).createTextMessage(sale(store, receipt, first,
                    other)));
            sold.merge(first, 1L, Long::sum);
            sold.merge(other, 1L, Long::sum);
            return "POS " + store + "/" + receipt;
        }
    }

    private static String sale(String store, String receipt, String sku, String otherSku) {
        return "{\"schemaVersion\":1,\"storeId\":\"" + store + "\",\"receiptId\":\"" + receipt
                + "\",\"soldAt\":\"" + Instant.now() + "\",\"lines\":[{\"sku\":\"" + sku
                + "\",\"quantity\":1,\"unitPrice\":5.00},{\"sku\":\"" + otherSku
                + "\",\"quantity\":1,\"unitPrice\":7.00}]}";
    }

    /**
     * The build's server directory copied without its state (work area, logs, transaction log), with an override
     * that moves its ports, and run in the foreground: {@code server run} replaces itself with the JVM, so the
     * process is the server and can be killed as one.
     */
    private static Process startSecondServer(String moreVariables) throws IOException {
        Path wlp = Path.of(System.getProperty("wlp.home"));
        Path servers = wlp.resolve("usr/servers");
        String name = System.getProperty("liberty.server.name", "omnistock");
        Path source = servers.resolve(name);
        Path target = servers.resolve(name + "-second");
        deleteTree(target);
        Set<String> state = Set.of("workarea", "logs", "tranlog", "dropins", "data", "temp");
        try (Stream<Path> files = Files.walk(source)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Path relative = source.relativize(file);
                if (relative.getNameCount() > 0 && state.contains(relative.getName(0).toString())) {
                    continue;
                }
                Path copy = target.resolve(relative.toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(copy);
                } else {
                    Files.copy(file, copy);
                }
            }
        }
        // Read after the build's overrides (files in name order), so these ports win.
        Files.writeString(target.resolve("configDropins/overrides/second-server.xml"), """
                <server>
                    <variable name="http.port" value="%d"/>
                    <variable name="https.port" value="%d"/>
                %s</server>
                """.formatted(SECOND_HTTP_PORT, SECOND_HTTPS_PORT, moreVariables));
        Path log = Files.createDirectories(Path.of("target")).resolve("second-server-console.log");
        return new ProcessBuilder(wlp.resolve("bin/server").toString(), "run", name + "-second")
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    private static void awaitReady() throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + Duration.ofSeconds(180).toNanos();
        while (System.nanoTime() < deadline) {
            assertTrue(second.isAlive(), "the second server stopped; see target/second-server-console.log");
            try {
                HttpResponse<Void> reply = http.send(HttpRequest.newBuilder(
                        URI.create("http://localhost:" + SECOND_HTTP_PORT + "/health/ready")).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (reply.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new AssertionError("the second server was not ready within 180 s");
    }

    private static void awaitSalesRecordedBySecond() throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (recordedBySecond() == 0) {
            assertTrue(System.nanoTime() < deadline, "the second server takes sales from the shared queue");
            Thread.sleep(200);
        }
    }

    /** Sales the second server recorded, from its own /metrics. */
    private static double recordedBySecond() throws Exception {
        return Api.metricsAsOperator("https://localhost:" + SECOND_HTTPS_PORT).lines()
                .filter(line -> line.startsWith("omnistock_pos_sales_total{") && line.contains("recorded"))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1))).sum();
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }
}
