package org.omnistock.bench;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.jms.Connection;
import jakarta.jms.MessageConsumer;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;
import jakarta.json.Json;

import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;

/**
 * B4, price changes to stores: {@code stores} durable subscribers (default 200), each on its own JMS connection as a
 * store would be, subscribe to a new price list's changes. Then one price change, and then an update of the whole
 * list ({@code skus} SKUs, default 10,000) in one call, are timed from the REST call until the last store has every
 * price of it. Prints the call's own time and when the first and the last store had everything.
 */
public final class PriceFanOut {

    private static final String BROKER = System.getProperty("broker.url", "tcp://127.0.0.1:61616");

    public static void main(String[] args) throws Exception {
        int storeCount = Integer.getInteger("stores", 200);
        int skuCount = Integer.getInteger("skus", 10_000);
        String run = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        String list = "B4-" + run;
        System.out.printf("B4: creating %,d SKUs and price list %s ...%n", skuCount, list);
        List<String> skus = createSkus("B4" + run, skuCount);
        Rest.expect(201, Rest.post("/api/v1/price-lists", "{\"code\":\"" + list + "\",\"name\":\"Benchmark B4\","
                + "\"currency\":\"EUR\",\"customerGroup\":\"" + list + "\"}"));

        List<Store> stores = new ArrayList<>();
        try {
            for (int i = 0; i < storeCount; i++) {
                stores.add(new Store(list, "b4-" + run + "-" + i));
            }
            System.out.printf("B4: %d stores subscribed durably, each on its own connection%n", storeCount);
            measure("one price change", list, List.of(skus.get(0)), "9.99", stores);
            measure(String.format("%,d-SKU price list update", skuCount), list, skus, "19.99", stores);
        } finally {
            for (Store store : stores) {
                store.close();
            }
        }
    }

    private static void measure(String what, String list, List<String> skus, String amount, List<Store> stores)
            throws Exception {
        stores.forEach(store -> store.expect(skus.size()));
        StringBuilder body = new StringBuilder("[");
        for (String sku : skus) {
            body.append(body.length() > 1 ? "," : "").append("{\"sku\":\"").append(sku).append("\",\"amount\":")
                    .append(amount).append('}');
        }
        long start = System.nanoTime();
        Rest.expect(200, Rest.post("/api/v1/price-lists/" + list + "/prices", body.append(']').toString()));
        long called = System.nanoTime() - start;
        long deadline = start + TimeUnit.MINUTES.toNanos(10);
        for (Store store : stores) {
            while (store.completedAt.get() == 0 && System.nanoTime() < deadline) {
                Thread.sleep(5);
            }
        }
        long first = stores.stream().mapToLong(s -> s.completedAt.get()).filter(t -> t > 0).min().orElse(0) - start;
        long last = stores.stream().mapToLong(s -> s.completedAt.get()).max().orElse(0) - start;
        long complete = stores.stream().filter(s -> s.completedAt.get() > 0).count();
        System.out.printf("B4 %s to %d stores: REST call %,d ms; first store complete after %,d ms, last after "
                        + "%,d ms (%d of %d stores complete)%n", what, stores.size(), called / 1_000_000,
                first / 1_000_000, last / 1_000_000, complete, stores.size());
    }

    private static List<String> createSkus(String prefix, int count) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<String>> created = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                String sku = prefix + "-" + i;
                created.add(pool.submit(() -> {
                    Rest.expect(201, Rest.post("/api/v1/skus", "{\"code\":\"" + sku + "\",\"name\":\"Benchmark "
                            + sku + "\"}"));
                    return sku;
                }));
            }
            List<String> skus = new ArrayList<>();
            for (Future<String> sku : created) {
                skus.add(sku.get());
            }
            return skus;
        } finally {
            pool.shutdownNow();
        }
    }

    /** A store: its own connection and durable subscription, counting the prices it has been sent. */
    private static final class Store implements AutoCloseable {

        final Connection connection;
        final Session session;
        final String clientId;
        final AtomicInteger received = new AtomicInteger();
        final AtomicLong completedAt = new AtomicLong();
        volatile int expected = Integer.MAX_VALUE;

        Store(String list, String clientId) throws Exception {
            this.clientId = clientId;
            // Durable subscriptions of 200 simulated stores, logged in as the operators' user (a store's own user
            // may hold only its own subscriptions); who logs in changes nothing that is measured.
            connection = new ActiveMQConnectionFactory(BROKER, "admin", "admin").createConnection();
            connection.setClientID(clientId);
            session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
            MessageConsumer subscription = session.createDurableSubscriber(
                    session.createTopic("omnistock.price.changed"), clientId, "priceList = '" + list + "'", false);
            subscription.setMessageListener(message -> {
                try {
                    int prices = Json.createReader(new StringReader(((TextMessage) message).getText())).readObject()
                            .getJsonArray("prices").size();
                    if (received.addAndGet(prices) >= expected) {
                        completedAt.compareAndSet(0, System.nanoTime());
                    }
                } catch (Exception e) {
                    e.printStackTrace();
                }
            });
            connection.start();
        }

        void expect(int prices) {
            received.set(0);
            completedAt.set(0);
            expected = prices;
        }

        @Override
        public void close() throws Exception {
            session.close();
            connection.createSession(false, Session.AUTO_ACKNOWLEDGE).unsubscribe(clientId);
            connection.close();
        }
    }
}
