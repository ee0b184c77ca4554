package org.omnistock.system;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntUnaryOperator;
import java.util.function.Predicate;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import jakarta.json.Json;
import jakarta.json.JsonObject;

/**
 * A web shop's webhook endpoint, started by a test on a loopback port: it checks each request's signature as
 * docs/webhooks.md tells a receiver to, answers as the test says (a status per request, a delay), and keeps what
 * it accepted. It can go away and come back on the same port. Stopped with {@link #close}.
 */
final class WebhookReceiver implements AutoCloseable {

    /** A request as it arrived; {@code answered} is the status the receiver gave. */
    record Received(String deliveryId, String signature, String body, int answered, boolean genuine) {

        JsonObject envelope() {
            return Json.createReader(new java.io.StringReader(body)).readObject();
        }
    }

    private final int port;
    private final List<Received> received = new ArrayList<>();
    private final AtomicInteger requests = new AtomicInteger();
    private volatile String secret;
    private volatile IntUnaryOperator answer = n -> 200;
    private volatile Predicate<String> refuse = body -> false;
    private volatile Duration delay = Duration.ZERO;
    private HttpServer server;
    private ExecutorService threads;

    WebhookReceiver() throws IOException {
        start(0);
        port = server.getAddress().getPort();
    }

    String url() {
        return "http://127.0.0.1:" + port + "/hooks/omnistock";
    }

    void secret(String secret) {
        this.secret = secret;
    }

    /** The status for the n-th request (counting from 1), for every request from now. */
    void answer(IntUnaryOperator answer) {
        this.answer = answer;
    }

    /** Requests whose body matches get a 503, whatever {@link #answer} says. */
    void refuseWhile(Predicate<String> body) {
        this.refuse = body;
    }

    void delay(Duration delay) {
        this.delay = delay;
    }

    /** Stops listening: the platform's next attempts find no one. */
    synchronized void goAway() {
        server.stop(0);
        threads.shutdownNow();
    }

    synchronized void comeBack() throws IOException {
        start(port);
    }

    synchronized List<Received> received() {
        return List.copyOf(received);
    }

    /** The envelopes answered 2xx, in the order they arrived. */
    synchronized List<JsonObject> accepted() {
        return received.stream().filter(r -> r.answered() < 300).map(Received::envelope).toList();
    }

    @Override
    public synchronized void close() {
        server.stop(0);
        threads.shutdownNow();
    }

    private void start(int onPort) throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", onPort), 64);
        threads = Executors.newFixedThreadPool(16);
        server.setExecutor(threads);
        server.createContext("/hooks/omnistock", this::handle);
        server.start();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange; InputStream in = exchange.getRequestBody()) {
            byte[] raw = in.readAllBytes();
            String body = new String(raw, StandardCharsets.UTF_8);
            String signature = exchange.getRequestHeaders().getFirst("Omnistock-Signature");
            boolean genuine = secret != null && signature != null && verify(secret, signature, raw);
            if (!delay.isZero()) {
                Thread.sleep(delay.toMillis());
            }
            int status = !genuine ? 401 : refuse.test(body) ? 503 : answer.applyAsInt(requests.incrementAndGet());
            synchronized (this) {
                received.add(new Received(exchange.getRequestHeaders().getFirst("Omnistock-Webhook-Id"), signature,
                        body, status, genuine));
            }
            exchange.sendResponseHeaders(status, -1);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * The receiver's check, written from docs/webhooks.md and not from the platform's code: one v1 is the
     * HMAC-SHA256 of {@code <t>.<raw body>} under the secret, and t is within five minutes of now.
     */
    static boolean verify(String secret, String header, byte[] rawBody) {
        String timestamp = null;
        List<String> signatures = new ArrayList<>();
        for (String part : header.split(",")) {
            String[] pair = part.trim().split("=", 2);
            if (pair.length == 2 && pair[0].equals("t")) {
                timestamp = pair[1];
            } else if (pair.length == 2 && pair[0].equals("v1")) {
                signatures.add(pair[1]);
            }
        }
        if (timestamp == null || !timestamp.matches("[0-9]+")) {
            return false;
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            mac.update((timestamp + ".").getBytes(StandardCharsets.UTF_8));
            byte[] expected = HexFormat.of().formatHex(mac.doFinal(rawBody)).getBytes(StandardCharsets.US_ASCII);
            boolean match = signatures.stream().anyMatch(s -> MessageDigest.isEqual(expected,
                    s.getBytes(StandardCharsets.US_ASCII)));
            return match && Math.abs(System.currentTimeMillis() / 1000 - Long.parseLong(timestamp)) <= 300;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
