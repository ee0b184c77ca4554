package org.omnistock.bench;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.json.Json;
import jakarta.json.JsonObject;

import org.omnistock.agent.StoreAgent;

/**
 * B8, the store agent: {@code tills} tills post {@code sales} sales as fast as the agent takes them (each forced to
 * its journal on disk before it answers); prints the sales taken per second with the p50/p99 of "taken", how long
 * until the agent had forwarded them all to the broker, and until the server's stock shows every one of them.
 * Against a running platform (the demo: {@code mvn -Prun verify}); the agent runs in this JVM as a new store of its
 * own, with broker credentials issued for it.
 *
 * <p>System properties: sales (default 2000), tills (default 4).</p>
 */
public final class StoreAgentThroughput {

    public static void main(String[] args) throws Exception {
        int sales = Integer.getInteger("sales", 2000);
        int tills = Integer.getInteger("tills", 4);
        String[] skuAndStore = Rest.skuAndStoreWith("B8", sales + 10L);
        String sku = skuAndStore[0];
        String store = skuAndStore[1];
        HttpResponse<String> issued = Rest.post("/api/v1/locations/" + store + "/broker-credentials", "");
        Rest.expect(200, issued);
        JsonObject credentials = Json.createReader(new StringReader(issued.body())).readObject();
        Path data = Files.createTempDirectory("b8-agent");
        try (StoreAgent agent = StoreAgent.start(new StoreAgent.Config(store,
                System.getProperty("broker.url", "tcp://127.0.0.1:61616"), credentials.getString("user"),
                credentials.getString("password"), data, 0, "EUR", null, List.of(), null, null, null, null))) {
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            URI salesUri = URI.create("http://127.0.0.1:" + agent.port() + "/sales");
            AtomicInteger next = new AtomicInteger();
            long[] tookNanos = new long[sales];
            ExecutorService pool = Executors.newFixedThreadPool(tills);
            long start = System.nanoTime();
            List<Future<?>> running = new ArrayList<>();
            for (int t = 0; t < tills; t++) {
                running.add(pool.submit(() -> {
                    for (int i = next.getAndIncrement(); i < sales; i = next.getAndIncrement()) {
                        String body = "{\"receiptId\":\"B8-" + i + "\",\"lines\":[{\"sku\":\"" + sku
                                + "\",\"quantity\":1,\"unitPrice\":10.00}]}";
                        long sent = System.nanoTime();
                        HttpResponse<String> taken = http.send(HttpRequest.newBuilder(salesUri)
                                .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                                HttpResponse.BodyHandlers.ofString());
                        tookNanos[i] = System.nanoTime() - sent;
                        if (taken.statusCode() != 202) {
                            throw new IllegalStateException("sale " + i + " not taken: " + taken.body());
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> till : running) {
                till.get();
            }
            long takenAll = System.nanoTime() - start;
            pool.shutdown();
            URI status = URI.create("http://127.0.0.1:" + agent.port() + "/status");
            while (!http.send(HttpRequest.newBuilder(status).build(), HttpResponse.BodyHandlers.ofString()).body()
                    .contains("\"salesWaiting\":0")) {
                Thread.sleep(20);
            }
            long forwardedAll = System.nanoTime() - start;
            long expected = 10L;
            while (Rest.get("/api/v1/locations/" + store + "/stock").getJsonArray("items").getJsonObject(0)
                    .getJsonNumber("onHand").longValue() != expected) {
                Thread.sleep(50);
            }
            long recordedAll = System.nanoTime() - start;
            Arrays.sort(tookNanos);
            System.out.printf("B8 store agent, %d sales by %d tills: taken %.0f/s (p50 %.1f ms, p99 %.1f ms), "
                            + "all forwarded after %.2f s (%.0f/s), all in the server's stock after %.2f s (%.0f/s)%n",
                    sales, tills, sales / (takenAll / 1e9), tookNanos[sales / 2] / 1e6,
                    tookNanos[(int) (sales * 0.99)] / 1e6, forwardedAll / 1e9, sales / (forwardedAll / 1e9),
                    recordedAll / 1e9, sales / (recordedAll / 1e9));
        }
    }
}
