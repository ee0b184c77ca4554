package org.omnistock.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.omnistock.system.Api.onHand;
import static org.omnistock.system.Api.uniqueCode;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import jakarta.jms.Connection;
import jakarta.jms.JMSException;
import jakarta.jms.MessageConsumer;
import jakarta.jms.MessageProducer;
import jakarta.jms.Session;
import jakarta.jms.TextMessage;
import jakarta.jms.Topic;

import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.omnistock.messages.Destinations;
import org.omnistock.messages.Headers;
import org.omnistock.messages.JsonCodec;
import org.omnistock.messages.fulfilment.FulfilmentTask;
import org.omnistock.messages.stock.StockChanged;

/**
 * An Artemis primary and its backup with replication, the server given both (profile broker-pair; docs/deployment.md,
 * "Artemis"). The primary is killed with SIGKILL while JMS and STOMP tills sell and a shop places orders, and later
 * started again, taking over from the backup while they go on. Nothing is lost or counted twice: every sale counts
 * once (a till sends again what it does not know was taken, as README tells tills to), every order's task reaches its
 * warehouse, a durable subscriber sees every stock event of every store (by its sequence, no gap; a repeat is
 * counted once), and the outbox empties. The pause from the kill until sales flow again, at the tills and at the
 * server, is printed.
 */
class BrokerFailoverIT {

    private static final URI PRIMARY = URI.create(System.getProperty("artemis.url", "tcp://127.0.0.1:61616"));
    private static final URI BACKUP = URI.create(System.getProperty("artemis.backup.url", "tcp://127.0.0.1:61636"));
    /** How a JMS till (and the store agent) is given both brokers. */
    private static final String PAIR = "(" + PRIMARY + "," + BACKUP + ")?ha=true&reconnectAttempts=-1"
            + "&retryInterval=100&retryIntervalMultiplier=1.5&maxRetryInterval=1000";
    private static final Path PRIMARY_INSTANCE = Path.of(System.getProperty("artemis.primary.instance"));
    private static final Path BACKUP_INSTANCE = Path.of(System.getProperty("artemis.backup.instance"));
    private static final int JMS_TILLS = 4;
    private static final int STOMP_TILLS = 2;
    /** Sales per till while the primary dies, and while it takes over again: 3,000 in all. */
    private static final int SALES_AROUND_THE_KILL = 400;
    private static final int SALES_AROUND_THE_RETURN = 100;
    private static final int ORDERS = 20;
    private static final long STOCK = 10_000;

    private Process restartedPrimary;
    /** The one SKU every till sells. */
    private String sku;

    @BeforeAll
    static void routing() {
        OrderDesk.standardRules();
    }

    @AfterEach
    void stopTheRestartedPrimary() throws InterruptedException {
        // The test started it, so the test stops it, by its handle: with SIGKILL, so that the backup (in step again
        // by then) takes over as after the first kill, and the server still has a broker when the build stops it.
        if (restartedPrimary != null && restartedPrimary.isAlive()) {
            restartedPrimary.destroyForcibly();
            restartedPrimary.waitFor(30, TimeUnit.SECONDS);
        }
    }

    /** What one till does: sells its share, counting how many the server will record. */
    private interface Till extends AutoCloseable {
        /** Sells one unit under this receipt id until the broker took it. */
        void sell(String receiptId) throws Exception;

        String store();
    }

    @Test
    void nothingIsLostOrDoubledWhenThePrimaryDiesAndWhenItComesBack() throws Exception {
        sku = uniqueCode("FOS");
        Api.createSku(sku);
        List<String> stores = new ArrayList<>();
        for (int i = 0; i < JMS_TILLS + STOMP_TILLS; i++) {
            String store = uniqueCode("FOT");
            Api.createLocation(store, "STORE");
            stores.add(store);
        }
        String warehouse = OrderDesk.location("FOW", "WAREHOUSE", 52.0, 5.0, null);
        String channel = OrderDesk.channel(warehouse);
        String shirt = OrderDesk.pricedSku("FOP", "10.00");
        Api.receive(shirt, warehouse, ORDERS);

        Map<String, Set<Long>> sequences = new ConcurrentHashMap<>();
        Map<String, StockChanged> latest = new ConcurrentHashMap<>();
        Set<String> tasksFor = ConcurrentHashMap.newKeySet();
        try (Connection events = new ActiveMQConnectionFactory(PAIR, "admin", "admin").createConnection();
             Connection tasks = pairConnection(Broker.credentialsOf(warehouse), null)) {
            events.setClientID(uniqueCode("failover-events"));
            Session eventSession = events.createSession(false, Session.AUTO_ACKNOWLEDGE);
            Topic stockChanged = eventSession.createTopic(Destinations.STOCK_CHANGED);
            eventSession.createDurableSubscriber(stockChanged, "failover", Headers.SKU + " = '" + sku + "'", false)
                    .setMessageListener(message -> {
                        StockChanged changed = JsonCodec.fromJson(text(message), StockChanged.class);
                        sequences.computeIfAbsent(changed.locationId(), k -> ConcurrentHashMap.newKeySet())
                                .add(changed.sequence());
                        latest.merge(changed.locationId(), changed, (a, b) -> a.sequence() >= b.sequence() ? a : b);
                    });
            Session taskSession = tasks.createSession(false, Session.AUTO_ACKNOWLEDGE);
            MessageConsumer taskConsumer = taskSession.createConsumer(taskSession.createQueue(
                    Destinations.locationTasks(warehouse)));
            taskConsumer.setMessageListener(message -> tasksFor.add(JsonCodec.fromJson(text(message),
                    FulfilmentTask.class).orderNumber()));
            events.start();
            tasks.start();
            assertTrue(listening(PRIMARY), "the primary is active");
            // Subscribed first: the stores' first stock events are their receipts.
            stores.forEach(store -> Api.receive(sku, store, STOCK));

            List<Till> tills = new ArrayList<>();
            for (int i = 0; i < stores.size(); i++) {
                tills.add(i < JMS_TILLS ? jmsTill(stores.get(i)) : stompTill(stores.get(i)));
            }
            Map<String, AtomicInteger> sold = new ConcurrentHashMap<>();
            stores.forEach(store -> sold.put(store, new AtomicInteger()));
            List<String> orders = java.util.Collections.synchronizedList(new ArrayList<>());

            Fault death = new Fault("killed", () -> kill(PRIMARY_INSTANCE));
            sell(tills, sold, SALES_AROUND_THE_KILL, death, channel, shirt, orders, ORDERS / 2);
            assertTrue(listening(BACKUP), "the backup is active");
            everythingArrived(stores, sold, sequences, latest, orders, tasksFor);

            Fault comeback = new Fault("restarted", this::restartPrimary);
            sell(tills, sold, SALES_AROUND_THE_RETURN, comeback, channel, shirt, orders, ORDERS / 2);
            awaitListening(PRIMARY, "the primary takes over again (fail-back)");
            everythingArrived(stores, sold, sequences, latest, orders, tasksFor);
            for (Till till : tills) {
                till.close();
            }
            awaitLog(BACKUP_INSTANCE, 2, "the backup in step with the primary again, before the test ends");
        }
    }

    /** A fault put in once the tills have sent a third of a round, with the times it was felt at. */
    private static final class Fault {
        final String what;
        final ThrowingRunnable cause;
        final AtomicLong at = new AtomicLong();
        final Map<Integer, Long> tillsBack = new ConcurrentHashMap<>();
        final AtomicLong serverBack = new AtomicLong();

        Fault(String what, ThrowingRunnable cause) {
            this.what = what;
            this.cause = cause;
        }
    }

    private interface ThrowingRunnable {
        void run() throws Exception;
    }

    /**
     * Each till sells {@code perTill} units under new receipt ids while a shop places {@code orderCount} orders;
     * the fault comes once a third of the sales are sent. Prints how long the tills and the server paused.
     */
    private void sell(List<Till> tills, Map<String, AtomicInteger> sold, int perTill, Fault fault, String channel,
                      String shirt, List<String> orders, int orderCount) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(tills.size() + 2);
        AtomicInteger sent = new AtomicInteger();
        int third = tills.size() * perTill / 3;
        try {
            List<Future<?>> work = new ArrayList<>();
            for (int t = 0; t < tills.size(); t++) {
                Till till = tills.get(t);
                int index = t;
                work.add(pool.submit(() -> {
                    for (int n = 0; n < perTill; n++) {
                        till.sell("R-" + uniqueCode("F"));
                        sold.get(till.store()).incrementAndGet();
                        long faultAt = fault.at.get();
                        if (faultAt > 0) {
                            fault.tillsBack.putIfAbsent(index, System.nanoTime() - faultAt);
                        }
                        if (sent.incrementAndGet() == third) {
                            fault.at.set(System.nanoTime());
                            fault.cause.run();
                        }
                    }
                    return null;
                }));
            }
            work.add(pool.submit(() -> {
                for (int n = 0; n < orderCount; n++) {
                    orders.add(placeOrder(channel, shirt));
                    Thread.sleep(200);
                }
                return null;
            }));
            work.add(pool.submit(() -> {
                while (fault.at.get() == 0) {
                    Thread.sleep(20);
                }
                long recorded = recorded(tills);
                while (recorded(tills) <= recorded) {
                    Thread.sleep(100);
                }
                fault.serverBack.set(System.nanoTime() - fault.at.get());
                return null;
            }));
            for (Future<?> done : work) {
                try {
                    done.get(3, TimeUnit.MINUTES);
                } catch (java.util.concurrent.TimeoutException stuck) {
                    throw new AssertionError("stuck " + fault.what + ": sent " + sent + ", per store " + sold
                            + ", recorded " + recorded(tills) + "\n" + threads(), stuck);
                }
            }
        } finally {
            pool.shutdownNow();
        }
        List<Long> pauses = fault.tillsBack.values().stream().map(nanos -> nanos / 1_000_000).sorted().toList();
        System.out.println("BrokerFailoverIT: primary " + fault.what + "; tills selling again after " + pauses
                + " ms; the server recording again after " + fault.serverBack.get() / 1_000_000 + " ms");
    }

    /** Units the server has recorded as sold at the tills' stores so far. */
    private long recorded(List<Till> tills) {
        return tills.stream().mapToLong(t -> STOCK - onHand(sku, t.store())).sum();
    }

    /**
     * Every sale counted once at its store, every order's task at the warehouse, every stock event with the
     * subscriber without a gap and the last one saying what the ledger says, the outbox empty.
     */
    private void everythingArrived(List<String> stores, Map<String, AtomicInteger> sold,
                                   Map<String, Set<Long>> sequences, Map<String, StockChanged> latest,
                                   List<String> orders, Set<String> tasksFor) throws Exception {
        for (String store : stores) {
            long expected = STOCK - sold.get(store).get();
            await(() -> onHand(sku, store) == expected, () -> store + " counts its " + sold.get(store) + " sales: "
                    + (STOCK - onHand(sku, store)) + " counted; every store (JMS tills first, then STOMP): "
                    + stores.stream().map(s -> s + " sold " + sold.get(s) + " counted " + (STOCK - onHand(sku, s)))
                    .toList() + "; " + brokerState());
            await(() -> latest.containsKey(store) && latest.get(store).onHand() == expected,
                    "the last stock event of " + store + " says " + expected);
            Set<Long> seen = new TreeSet<>(sequences.get(store));
            long last = seen.stream().mapToLong(Long::longValue).max().orElseThrow();
            List<Long> missing = java.util.stream.LongStream.rangeClosed(1, last).filter(n -> !seen.contains(n))
                    .boxed().toList();
            assertEquals(List.of(), missing, store + ": every stock event of its " + last + ", none missing");
        }
        Thread.sleep(3_000);
        for (String store : stores) {
            assertEquals(STOCK - sold.get(store).get(), onHand(sku, store), store + ": no sale counted twice");
        }
        await(() -> tasksFor.containsAll(orders), "every order's task reaches the warehouse: " + orders.size());
        await(() -> MetricsIT.value(Api.metricsAsOperator(Api.HTTPS_BASE), "omnistock_outbox_backlog", null) == 0,
                "the outbox empties");
    }

    private static String placeOrder(String channel, String sku) {
        Api.Reply placed = Api.post("/api/v1/orders", "{\"externalId\":\"" + uniqueCode("fo") + "\",\"channel\":\""
                + channel + "\",\"currency\":\"EUR\",\"expectedTotal\":10.00,\"lines\":[{\"sku\":\"" + sku
                + "\",\"quantity\":1}],\"deliveryGroups\":[{\"id\":\"home\",\"mode\":\"SHIP\",\"address\":{"
                + "\"recipient\":\"A. Customer\",\"line1\":\"Main 1\",\"postalCode\":\"1000\",\"city\":\"Utrecht\","
                + "\"country\":\"NL\",\"latitude\":52.09,\"longitude\":5.12}}]}");
        assertEquals(201, placed.status(), placed.body());
        return placed.json().getString("number");
    }

    private static Connection pairConnection(Broker.StoreUser user, String clientId) throws JMSException {
        Connection connection = new ActiveMQConnectionFactory(PAIR, user.user(), user.password()).createConnection();
        if (clientId != null) {
            connection.setClientID(clientId);
        }
        return connection;
    }

    /** A Java till given both brokers: its client fails over; a send that fails is sent again. */
    private Till jmsTill(String store) throws JMSException {
        Broker.StoreUser user = Broker.credentialsOf(store);
        return new Till() {
            private final Connection connection = pairConnection(user, null);
            private final Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
            private final MessageProducer producer = session.createProducer(session.createQueue(
                    Destinations.POS_SALES));

            /** A send that failed over has an unknown outcome: the same sale goes again on the failed-over session. */
            @Override
            public void sell(String receiptId) throws Exception {
                TextMessage message = session.createTextMessage(sale(store, receiptId));
                for (int attempt = 1; ; attempt++) {
                    try {
                        producer.send(message);
                        return;
                    } catch (JMSException unknownOutcome) {
                        if (attempt == 100) {
                            throw unknownOutcome;
                        }
                        Thread.sleep(200);
                    }
                }
            }

            @Override
            public String store() {
                return store;
            }

            @Override
            public void close() throws JMSException {
                connection.close();
            }
        };
    }

    /**
     * A STOMP till: STOMP has no failover, so the till connects to whichever broker answers and sends again a sale
     * whose receipt it did not get.
     */
    private Till stompTill(String store) throws IOException {
        Broker.StoreUser user = Broker.credentialsOf(store);
        return new Till() {
            private StompTill till = connect();

            private StompTill connect() throws IOException {
                IOException last = null;
                for (int attempt = 0; attempt < 300; attempt++) {
                    try {
                        return new StompTill(attempt % 2 == 0 ? PRIMARY : BACKUP, user.user(), user.password());
                    } catch (IOException refused) {
                        last = refused;
                        sleep(100);
                    }
                }
                throw last;
            }

            @Override
            public void sell(String receiptId) throws Exception {
                String sale = sale(store, receiptId);
                for (int attempt = 1; ; attempt++) {
                    try {
                        till.sell(sale, true, "failover");
                        return;
                    } catch (IOException noReceipt) {
                        if (attempt == 100) {
                            throw noReceipt;
                        }
                        try {
                            till.close();
                        } catch (IOException ignored) {
                            // broken already
                        }
                        till = connect();
                    }
                }
            }

            @Override
            public String store() {
                return store;
            }

            @Override
            public void close() {
                try {
                    till.close();
                } catch (IOException gone) {
                    // its broker handed over since its last sale: nothing to say goodbye to
                }
            }
        };
    }

    private String sale(String store, String receiptId) {
        return "{\"schemaVersion\":1,\"storeId\":\"" + store + "\",\"receiptId\":\"" + receiptId + "\",\"soldAt\":\""
                + java.time.Instant.now() + "\",\"lines\":[{\"sku\":\"" + sku + "\",\"quantity\":1,"
                + "\"unitPrice\":\"9.99\"}]}";
    }

    private static void kill(Path instance) throws IOException {
        long pid = Long.parseLong(Files.readString(instance.resolve("data/broker.pid")).strip());
        ProcessHandle broker = ProcessHandle.of(pid).orElseThrow(() -> new AssertionError("no broker " + pid));
        broker.destroyForcibly();
        broker.onExit().join();
    }

    private void restartPrimary() throws IOException {
        restartedPrimary = new ProcessBuilder("sh", System.getProperty("artemis.run.script"), PRIMARY_INSTANCE.toString())
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(
                        PRIMARY_INSTANCE.resolve("log/restarted.out").toFile())).start();
    }

    private static boolean listening(URI broker) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(broker.getHost(), broker.getPort()), 1_000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static void awaitListening(URI broker, String what) throws Exception {
        await(() -> listening(broker), what);
    }

    /** Waits until the broker's log says its replica is in step (AMQ221024) {@code times} times. */
    private static void awaitLog(Path instance, int times, String what) throws Exception {
        await(() -> {
            String log = Files.readString(instance.resolve("log/artemis.log"));
            return log.split("AMQ221024", -1).length - 1 >= times;
        }, what);
    }

    /** What the test's threads are doing, for a round that does not end. */
    private static String threads() {
        StringBuilder dump = new StringBuilder();
        Thread.getAllStackTraces().forEach((thread, stack) -> {
            if (thread.getName().startsWith("pool-")) {
                dump.append(thread.getName()).append('\n');
                for (StackTraceElement frame : stack) {
                    dump.append("    at ").append(frame).append('\n');
                }
            }
        });
        return dump.toString();
    }

    private static String text(jakarta.jms.Message message) {
        try {
            return ((TextMessage) message).getText();
        } catch (JMSException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @FunctionalInterface
    private interface Check {
        boolean holds() throws Exception;
    }

    private static void await(Check check, String what) throws Exception {
        await(check, () -> what);
    }

    private static void await(Check check, java.util.function.Supplier<String> what) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (!check.holds()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not within 120 s: " + what.get());
            }
            Thread.sleep(250);
        }
    }

    /** The sales queue and the dead letters as the active broker counts them, for a failure's message. */
    private static String brokerState() {
        StringBuilder state = new StringBuilder();
        for (String operations : List.of("tcp://127.0.0.1:61617", "tcp://127.0.0.1:61637")) {
            try (jakarta.jms.QueueConnection operator = new ActiveMQConnectionFactory(operations
                    + "?initialConnectAttempts=1", "admin", "admin").createQueueConnection()) {
                operator.start();
                jakarta.jms.QueueSession session = operator.createQueueSession(false, Session.AUTO_ACKNOWLEDGE);
                jakarta.jms.QueueRequestor requestor = new jakarta.jms.QueueRequestor(session,
                        session.createQueue("activemq.management"));
                state.append(operations).append(':');
                for (String queue : List.of(Destinations.POS_SALES, Destinations.DEAD_LETTER)) {
                    for (String attribute : List.of("messageCount", "deliveringCount", "consumerCount")) {
                        jakarta.jms.Message request = session.createMessage();
                        org.apache.activemq.artemis.api.jms.management.JMSManagementHelper.putAttribute(request,
                                org.apache.activemq.artemis.api.core.management.ResourceNames.QUEUE + queue,
                                attribute);
                        state.append(' ').append(queue).append('.').append(attribute).append('=').append(
                                org.apache.activemq.artemis.api.jms.management.JMSManagementHelper.getResult(
                                        requestor.request(request)));
                    }
                }
                state.append("; ");
            } catch (Exception e) {
                state.append(operations).append(": ").append(e.getMessage()).append("; ");
            }
        }
        return state.toString();
    }
}
