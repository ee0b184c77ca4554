package org.omnistock.agent;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.logging.Level;
import java.util.logging.Logger;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import jakarta.jms.JMSException;
import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;

import org.omnistock.messages.JsonCodec;
import org.omnistock.messages.fulfilment.FulfilmentUpdate;
import org.omnistock.messages.promotion.BasketPricer;
import org.omnistock.messages.purchasing.StoreGoodsReceipt;
import org.omnistock.messages.sale.PosSale;
import org.omnistock.messages.tax.MissingTaxRate;
import org.omnistock.messages.tax.TaxPlace;
import org.omnistock.messages.tax.TaxedBasket;

/** The till's HTTP API on the loopback interface; see the package documentation. */
final class LocalApi implements AutoCloseable {

    /** The largest request body taken: a receipt of a few hundred lines. */
    private static final int MAX_BODY = 1 << 20;

    private static final Logger LOG = Logger.getLogger(LocalApi.class.getName());

    /** What the till asks to price. */
    public record BasketRequest(List<PriceBook.Line> lines, String customerGroup, Instant at) {
    }

    /** A problem, as RFC 9457 problem details. */
    public record Problem(String type, String title, int status, String detail) {
    }

    /** A request refused, answered as problem details by {@link #serve}. */
    private static final class Refused extends Exception {

        private final int status;
        private final String code;

        Refused(int status, String code, String detail) {
            super(detail);
            this.status = status;
            this.code = code;
        }
    }

    private final StoreAgent agent;
    private final ExecutorService workers = Executors.newFixedThreadPool(4);
    private final HttpServer server;

    LocalApi(StoreAgent agent, int port) throws IOException {
        this.agent = agent;
        // Answers go out at once: with Nagle's algorithm on, a body written after its headers waited for the till's
        // delayed acknowledgement, 40 ms a sale (measured, B8), whatever the journal's disk syncs took.
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        server.setExecutor(workers);
        server.createContext("/basket", exchange -> serve(exchange, "POST", this::basket));
        server.createContext("/sales", exchange -> serve(exchange, "POST", this::sale));
        server.createContext("/gift-cards/redemptions", exchange -> serve(exchange, "POST", this::redeemCard));
        server.createContext("/receipts", exchange -> serve(exchange, "POST", this::goodsReceipt));
        server.createContext("/stock", exchange -> serve(exchange, "GET", this::stock));
        server.createContext("/items", exchange -> serve(exchange, "GET", this::item));
        server.createContext("/tasks", this::tasks);
        server.createContext("/status", exchange -> serve(exchange, "GET", e -> reply(e, 200, agent.status())));
        server.start();
    }

    int port() {
        return server.getAddress().getPort();
    }

    private interface Handler {
        void handle(HttpExchange exchange) throws IOException, Refused;
    }

    private void serve(HttpExchange exchange, String method, Handler handler) throws IOException {
        // The exchange closes after the answer, a refusal's too: a catch of the try-with-resources runs too late.
        try (exchange) {
            try {
                if (!exchange.getRequestMethod().equals(method)) {
                    throw new Refused(405, "method-not-allowed", exchange.getRequestMethod() + " is not served here");
                }
                handler.handle(exchange);
            } catch (Refused refused) {
                problem(exchange, refused.status, refused.code, refused.getMessage());
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Request failed", e);
                problem(exchange, 500, "agent-failed", String.valueOf(e.getMessage()));
            }
        }
    }

    private void basket(HttpExchange exchange) throws IOException, Refused {
        BasketRequest request = read(exchange, BasketRequest.class, "basket");
        List<String> problems = new ArrayList<>();
        if (request == null || request.lines() == null || request.lines().isEmpty()) {
            problems.add("a basket has at least one line");
        } else {
            for (PriceBook.Line line : request.lines()) {
                if (line == null || line.sku() == null || line.sku().isBlank() || line.quantity() < 1
                        || line.quantity() > 1_000_000) {
                    problems.add("each line has a SKU and a quantity of 1 to 1,000,000");
                    break;
                }
            }
        }
        refuseIfAny(problems, "invalid-basket");
        Instant at = request.at() == null ? Instant.now() : request.at();
        PriceBook.Quote quote;
        try {
            quote = agent.book().quote(request.lines(), request.customerGroup(), at);
        } catch (PriceBook.NoPrice e) {
            throw new Refused(422, "no-price", e.getMessage());
        }
        Optional<TaxPlace> place = agent.taxes().place();
        if (place.isEmpty()) {
            reply(exchange, 200, quote.basket());
            return;
        }
        // Taxed as the server taxes a basket at this store: the priced basket with its tax beside it.
        TaxedBasket tax;
        try {
            tax = BasketPricer.tax(quote.basket(), agent.items().taxOf(request.lines().stream()
                    .map(PriceBook.Line::sku).toList()), place.get(), agent.taxes().rules(),
                    quote.pricesIncludeTax(), at);
        } catch (MissingTaxRate e) {
            throw new Refused(409, "tax-rate-missing", "the basket cannot be taxed: " + e.getMessage());
        }
        JsonObject taxed = Json.createObjectBuilder(Json.createReader(new StringReader(JsonCodec.toJson(
                quote.basket()))).readObject()).add("tax", Json.createReader(new StringReader(JsonCodec.toJson(tax)))
                .readObject()).build();
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        send(exchange, 200, taxed.toString());
    }

    /**
     * A gift card (its code) or the customer's store credit paying part of a receipt, under the sale's reference
     * {@code <store>/<receipt>}: the server's redemption when it answers (its status and body as they are), else the
     * offline policy: 202 taken at the store's risk, or 503 refused.
     */
    private void redeemCard(HttpExchange exchange) throws IOException, Refused {
        JsonObject asked;
        try {
            asked = Json.createReader(new StringReader(body(exchange))).readObject();
        } catch (RuntimeException e) {
            throw new Refused(400, "malformed-redemption", "not a redemption (code or customerNumber, amount, "
                    + "reference): " + e.getMessage());
        }
        String json = Json.createObjectBuilder(asked).add("location", agent.store()).build().toString();
        Optional<CardRedemptions.Answer> answer;
        try {
            answer = agent.cards().redeem(json);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Refused(503, "card-unchecked", "interrupted while asking the server");
        }
        String card = asked.containsKey("code") ? asked.getString("code", "")
                : CardRedemptions.CUSTOMER + asked.getString("customerNumber", "");
        if (answer.isPresent()) {
            boolean granted = answer.get().status() == 200;
            if (granted) {
                agent.cards().granted(card, Json.createReader(new StringReader(answer.get().body())).readObject()
                        .getJsonNumber("balanceAfter").bigDecimalValue());
            }
            exchange.getResponseHeaders().set("Content-Type", granted ? "application/json"
                    : "application/problem+json");
            send(exchange, answer.get().status(), answer.get().body());
            return;
        }
        switch (agent.giftCardsOffline()) {
            case OWN_RISK -> reply(exchange, 202, Map.of("taken", "own-risk", "detail", "the server cannot be "
                    + "reached: the card is taken at the store's risk and redeemed when the sale arrives, past its "
                    + "balance if it must"));
            case LAST_BALANCE -> {
                CardRedemptions.Held held = agent.cards().holdOffline(card, amountOf(asked),
                        asked.getString("reference", ""));
                if (!held.taken()) {
                    throw new Refused(503, "card-unchecked", "the server cannot be reached to check the card, and "
                            + held.why() + ": ask for another tender");
                }
                reply(exchange, 202, Map.of("taken", "last-balance", "balanceLeft", held.left().toPlainString(),
                        "detail", "the server cannot be reached: taken from the balance the card had when this "
                        + "store last checked it; the sale redeems it when it arrives"));
            }
            default -> throw new Refused(503, "card-unchecked", "the server cannot be reached to check the card, "
                    + "and this store takes no card it cannot check: ask for another tender");
        }
    }

    /** A redemption's amount, positive, or the till's request is refused. */
    private static BigDecimal amountOf(JsonObject asked) throws Refused {
        JsonNumber amount = asked.get("amount") instanceof JsonNumber n ? n : null;
        if (amount == null || amount.bigDecimalValue().signum() <= 0) {
            throw new Refused(400, "malformed-redemption", "amount is a positive number");
        }
        return amount.bigDecimalValue();
    }

    private void sale(HttpExchange exchange) throws IOException, Refused {
        PosSale sale = present(read(exchange, PosSale.class, "sale"), "sale");
        if (sale.storeId() != null && !sale.storeId().equals(agent.store())) {
            throw new Refused(422, "wrong-store", "this agent takes sales of store " + agent.store() + " only");
        }
        PosSale own = new PosSale(sale.schemaVersion() == null ? PosSale.SCHEMA_VERSION : sale.schemaVersion(),
                agent.store(), sale.receiptId(), sale.soldAt(), sale.lines(), sale.loyaltyCard(),
                sale.customerNumber(), sale.pointsSpent(), sale.pointsDiscount(), sale.promotions(), sale.tenders(),
                sale.refundOf());
        List<String> problems = new ArrayList<>(own.problems());
        problems.removeIf(problem -> problem.startsWith("soldAt"));
        refuseIfAny(problems, "invalid-sale");
        try {
            boolean fresh = agent.journal().append(own, Instant.now());
            Map<String, Object> taken = new LinkedHashMap<>();
            taken.put("receiptId", own.receiptId());
            taken.put("new", fresh);
            taken.put("waiting", agent.journal().waiting());
            reply(exchange, 202, taken);
        } catch (IllegalArgumentException e) {
            throw new Refused(409, "receipt-reused", e.getMessage());
        }
    }

    /**
     * {@code POST /receipts}: goods that came against a purchase order, counted at the store; on disk when answered
     * (202), forwarded to the server when the broker can be reached. The same receipt id again is one receipt.
     */
    private void goodsReceipt(HttpExchange exchange) throws IOException, Refused {
        StoreGoodsReceipt receipt = present(read(exchange, StoreGoodsReceipt.class, "receipt"), "receipt");
        if (receipt.storeId() != null && !receipt.storeId().equals(agent.store())) {
            throw new Refused(422, "wrong-store", "this agent takes goods receipts of store " + agent.store()
                    + " only");
        }
        StoreGoodsReceipt own = new StoreGoodsReceipt(receipt.schemaVersion() == null
                ? StoreGoodsReceipt.SCHEMA_VERSION : receipt.schemaVersion(), agent.store(), receipt.receiptId(),
                receipt.purchaseOrder(), receipt.lines());
        refuseIfAny(own.problems(), "invalid-receipt");
        try {
            boolean fresh = agent.receipts().append(own.receiptId(), JsonCodec.toJson(own));
            Map<String, Object> taken = new LinkedHashMap<>();
            taken.put("receiptId", own.receiptId());
            taken.put("new", fresh);
            taken.put("waiting", agent.receipts().waiting());
            reply(exchange, 202, taken);
        } catch (IllegalArgumentException e) {
            throw new Refused(409, "receipt-reused", e.getMessage());
        }
    }

    /** {@code GET /tasks}: the store's work; {@code POST /tasks/{fulfilmentId}}: report a step of one. */
    private void tasks(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        if (path.equals("/tasks") || path.equals("/tasks/")) {
            serve(exchange, "GET", e -> reply(e, 200, agent.tasks().all()));
        } else {
            serve(exchange, "POST", e -> step(e, URLDecoder.decode(path.substring("/tasks/".length()),
                    StandardCharsets.UTF_8)));
        }
    }

    private void step(HttpExchange exchange, String fulfilmentId) throws IOException, Refused {
        if (!agent.tasks().knows(fulfilmentId)) {
            throw new Refused(404, "unknown-fulfilment", "no task of this store for fulfilment " + fulfilmentId);
        }
        FulfilmentUpdate asked = present(read(exchange, FulfilmentUpdate.class, "step"), "step");
        FulfilmentUpdate update = new FulfilmentUpdate(FulfilmentUpdate.SCHEMA_VERSION, fulfilmentId, agent.store(),
                asked.action(), asked.lines(), asked.reason(), asked.note(), asked.carrier(), asked.trackingNumber(),
                asked.pickupCode());
        refuseIfAny(update.problems(), "invalid-step");
        try {
            agent.report(update);
            reply(exchange, 202, update);
        } catch (JMSException e) {
            throw new Refused(503, "broker-unreachable", "the step was not reported, the broker cannot be reached ("
                    + e.getMessage() + "); report it again when the store is back online");
        }
    }

    private void stock(HttpExchange exchange) throws IOException, Refused {
        String sku = parameter(exchange, "sku");
        if (sku == null || sku.isBlank()) {
            throw new Refused(400, "sku-missing", "ask for a SKU: /stock?sku=...");
        }
        reply(exchange, 200, agent.levels(sku));
    }

    /** {@code GET /items?barcode=...}: the SKU a till scanned, from the item master; 404 if no SKU has it. */
    private void item(HttpExchange exchange) throws IOException, Refused {
        String barcode = parameter(exchange, "barcode");
        if (barcode == null || barcode.isBlank()) {
            throw new Refused(400, "barcode-missing", "ask for a barcode: /items?barcode=...");
        }
        try {
            reply(exchange, 200, agent.items().byBarcode(barcode).orElseThrow(() -> new Refused(404,
                    "unknown-barcode", "no SKU in this store's item master has barcode " + barcode)));
        } catch (IllegalArgumentException e) {
            throw new Refused(422, "invalid-barcode", e.getMessage());
        }
    }

    private static String parameter(HttpExchange exchange, String name) {
        String query = exchange.getRequestURI().getRawQuery();
        if (query != null) {
            for (String pair : query.split("&")) {
                if (pair.startsWith(name + "=")) {
                    return URLDecoder.decode(pair.substring(name.length() + 1), StandardCharsets.UTF_8);
                }
            }
        }
        return null;
    }

    /** The body as the type (null for a JSON {@code null}); 400 {@code malformed-<what>} if it is not one. */
    private static <T> T read(HttpExchange exchange, Class<T> type, String what) throws IOException, Refused {
        try {
            return JsonCodec.fromJson(body(exchange), type);
        } catch (RuntimeException e) {
            throw new Refused(400, "malformed-" + what, "not a " + what + ": " + e.getMessage());
        }
    }

    private static <T> T present(T value, String what) throws Refused {
        if (value == null) {
            throw new Refused(400, "malformed-" + what, "no " + what + " in the body");
        }
        return value;
    }

    private static void refuseIfAny(List<String> problems, String code) throws Refused {
        if (!problems.isEmpty()) {
            throw new Refused(422, code, String.join("; ", problems));
        }
    }

    private static String body(HttpExchange exchange) throws IOException {
        try (InputStream in = exchange.getRequestBody()) {
            byte[] bytes = in.readNBytes(MAX_BODY + 1);
            if (bytes.length > MAX_BODY) {
                throw new IllegalArgumentException("a body of at most " + MAX_BODY + " bytes");
            }
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }

    private static void problem(HttpExchange exchange, int status, String code, String detail) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "application/problem+json");
        send(exchange, status, JsonCodec.toJson(new Problem("urn:omnistock:problem:" + code, code, status, detail)));
    }

    private static void reply(HttpExchange exchange, int status, Object body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        send(exchange, status, JsonCodec.toJson(body));
    }

    private static void send(HttpExchange exchange, int status, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        workers.shutdownNow();
    }
}
