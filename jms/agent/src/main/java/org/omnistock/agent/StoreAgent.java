package org.omnistock.agent;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;

import jakarta.jms.Connection;
import jakarta.jms.DeliveryMode;
import jakarta.jms.JMSException;
import jakarta.jms.MessageProducer;
import jakarta.jms.Session;

import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.omnistock.messages.Destinations;
import org.omnistock.messages.JsonCodec;
import org.omnistock.messages.fulfilment.FulfilmentUpdate;
import org.omnistock.messages.purchasing.StoreGoodsReceipt;
import org.omnistock.messages.stock.LatestStock;
import org.omnistock.messages.stock.StockChanged;

/**
 * A store's agent: started once per store, beside its tills; see the package documentation.
 * <pre>
 * java -jar jms/agent/target/omnistock-store-agent.jar --store S001 --password ... [--broker tcp://host:61616]
 *      [--data agent-S001] [--port 8091] [--currency EUR] [--price-zone NORTH] [--nearby S002,S003]
 *      [--api http://host:9080 --client store-s001 --secret ...]
 * </pre>
 * The password and the secret may come from the environment ({@code OMNISTOCK_AGENT_PASSWORD},
 * {@code OMNISTOCK_AGENT_SECRET}) rather than the command line. With an API client (scope {@code read}) the agent
 * also loads the prices, promotions and SKUs recorded before its subscriptions were made.
 */
public final class StoreAgent implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(StoreAgent.class.getName());
    private static final long SNAPSHOT_RETRY_MILLIS = 5_000;

    /** How the agent is started. */
    public record Config(String store, String brokerUrl, String user, String password, Path data, int port,
                         String currency, String priceZone, List<String> nearby, URI api, String client,
                         String secret, String giftCardsOffline) {

        public Config {
            if (store == null || store.isBlank()) {
                throw new IllegalArgumentException("--store is required: the store's code");
            }
            if (password == null || password.isBlank()) {
                throw new IllegalArgumentException("--password (or OMNISTOCK_AGENT_PASSWORD) is required: the "
                        + "store's broker password, as an admin issued it");
            }
            nearby = List.copyOf(nearby);
            try {
                CardRedemptions.OfflinePolicy.of(giftCardsOffline);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("--gift-cards-offline is refuse, own-risk or last-balance, not "
                        + giftCardsOffline, e);
            }
            if (api != null && (client == null || secret == null)) {
                throw new IllegalArgumentException("--api needs --client and --secret (or OMNISTOCK_AGENT_SECRET)");
            }
        }

        static Config parse(String[] args, Map<String, String> environment) {
            Map<String, String> options = new HashMap<>();
            for (int i = 0; i < args.length; i++) {
                if (!args[i].startsWith("--") || i + 1 == args.length) {
                    throw new IllegalArgumentException("options come as --name value: " + Arrays.toString(args));
                }
                options.put(args[i].substring(2), args[++i]);
            }
            String store = options.get("store");
            String nearby = options.getOrDefault("nearby", "");
            return new Config(store, options.getOrDefault("broker", "tcp://127.0.0.1:61616"),
                    options.getOrDefault("user", store),
                    options.getOrDefault("password", environment.get("OMNISTOCK_AGENT_PASSWORD")),
                    Path.of(options.getOrDefault("data", "agent-" + store)),
                    Integer.parseInt(options.getOrDefault("port", "8091")), options.getOrDefault("currency", "EUR"),
                    options.get("price-zone"),
                    nearby.isBlank() ? List.of() : Arrays.stream(nearby.split(",")).map(String::strip).toList(),
                    options.containsKey("api") ? URI.create(options.get("api")) : null, options.get("client"),
                    options.getOrDefault("secret", environment.get("OMNISTOCK_AGENT_SECRET")),
                    options.get("gift-cards-offline"));
        }
    }

    private final Config config;
    private final SaleJournal journal;
    private final SaleJournal receipts;
    private final PriceBook book;
    private final ItemMaster items;
    private final TaxBook taxes;
    private final CardRedemptions cards;
    private final TaskBoard tasks;
    private final ActiveMQConnectionFactory broker;
    private final LatestStock stock = new LatestStock();
    private final SaleForwarder forwarder;
    private final SaleForwarder receiptForwarder;
    private final EventFeed feed;
    private final List<Thread> threads = new ArrayList<>();
    private final LocalApi api;
    private final AtomicBoolean snapshotStarted = new AtomicBoolean();
    private volatile boolean snapshotLoaded;
    private volatile boolean stopping;

    private StoreAgent(Config config) throws IOException {
        this.config = config;
        journal = new SaleJournal(config.data());
        receipts = new SaleJournal(config.data(), "receipts",
                json -> JsonCodec.fromJson(json, StoreGoodsReceipt.class).receiptId());
        book = new PriceBook(config.data(), config.currency(), config.priceZone());
        items = new ItemMaster(config.data());
        taxes = new TaxBook(config.data());
        cards = new CardRedemptions(config.api(), config.client(), config.secret(), config.data());
        tasks = new TaskBoard(config.data());
        broker = new ActiveMQConnectionFactory(config.brokerUrl(), config.user(), config.password());
        forwarder = new SaleForwarder(config.store(), broker, journal);
        receiptForwarder = new SaleForwarder(config.store(), broker, receipts, Destinations.PURCHASING_RECEIPTS,
                "goods receipt(s)");
        feed = new EventFeed(config.store(), config.priceZone(), watched(), broker, book, items, tasks, stock,
                this::subscribed);
        threads.add(new Thread(forwarder, "sale-forwarder"));
        threads.add(new Thread(receiptForwarder, "receipt-forwarder"));
        threads.add(new Thread(feed, "event-feed"));
        threads.forEach(Thread::start);
        api = new LocalApi(this, config.port());
        LOG.info(() -> "Store agent of " + config.store() + " on http://127.0.0.1:" + api.port() + ", "
                + journal.waiting() + " sale(s) to forward");
    }

    /**
     * Once the subscriptions exist (the first time), reads what was recorded before them, trying again every
     * {@link #SNAPSHOT_RETRY_MILLIS} ms until it has it.
     */
    private void subscribed() {
        if (config.api() == null || !snapshotStarted.compareAndSet(false, true)) {
            return;
        }
        ServerSnapshot snapshot = new ServerSnapshot(config.api(), config.client(), config.secret(),
                config.priceZone());
        Thread loader = new Thread(() -> {
            while (!stopping && !snapshotLoaded) {
                try {
                    List<String> levels = snapshot.load(book, items, taxes, stock, watched());
                    snapshotLoaded = true;
                    LOG.info(() -> "Price lists, promotions, the catalog, the tax rules and the stock of " + levels
                            + " loaded from "
                            + config.api());
                } catch (IOException | RuntimeException e) {
                    LOG.warning(() -> "Prices and stock not loaded from " + config.api() + " yet: " + e);
                    pause();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }, "price-snapshot");
        loader.setDaemon(true);
        loader.start();
    }

    private static void pause() {
        try {
            Thread.sleep(SNAPSHOT_RETRY_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Starts an agent: its sales, price book and API are usable at once, whether or not the broker is. */
    public static StoreAgent start(Config config) throws IOException {
        return new StoreAgent(config);
    }

    public static void main(String[] args) throws Exception {
        StoreAgent agent = start(Config.parse(args, System.getenv()));
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            agent.close();
            stopped.countDown();
        }));
        stopped.await();
    }

    public String store() {
        return config.store();
    }

    public int port() {
        return api.port();
    }

    PriceBook book() {
        return book;
    }

    SaleJournal journal() {
        return journal;
    }

    SaleJournal receipts() {
        return receipts;
    }

    ItemMaster items() {
        return items;
    }

    TaxBook taxes() {
        return taxes;
    }

    CardRedemptions cards() {
        return cards;
    }

    /** What a till may do with a gift card the server cannot check now (the retailer's setting for this agent). */
    CardRedemptions.OfflinePolicy giftCardsOffline() {
        return CardRedemptions.OfflinePolicy.of(config.giftCardsOffline());
    }

    TaskBoard tasks() {
        return tasks;
    }

    /**
     * Reports a step of one of the store's fulfilments to the server, at once: a person at the store does it, and
     * sees whether it went. A step reported twice changes nothing at the server, so when unsure, report it again.
     *
     * @throws JMSException if the broker cannot be reached now
     */
    void report(FulfilmentUpdate update) throws JMSException {
        try (Connection connection = broker.createConnection()) {
            Session session = connection.createSession(false, Session.AUTO_ACKNOWLEDGE);
            MessageProducer producer = session.createProducer(session.createQueue(Destinations.FULFILMENT_UPDATES));
            producer.setDeliveryMode(DeliveryMode.PERSISTENT);
            producer.send(session.createTextMessage(JsonCodec.toJson(update)));
        }
        tasks.reported(update.fulfilmentId(), update.action());
    }

    Map<String, Object> status() {
        Map<String, Object> status = new LinkedHashMap<>();
        status.put("store", config.store());
        status.put("brokerReachable", forwarder.connected() && feed.connected());
        status.put("salesWaiting", journal.waiting());
        status.put("receiptsWaiting", receipts.waiting());
        int[] sizes = book.sizes();
        status.put("priceLists", sizes[0]);
        status.put("promotions", sizes[1]);
        status.put("items", items.size());
        status.put("tasks", tasks.all().size());
        status.put("loadedFromServer", config.api() == null ? null : snapshotLoaded);
        return status;
    }

    /** The levels of the SKU held for the store and its neighbours, as last received. */
    List<StockChanged> levels(String sku) {
        List<StockChanged> levels = new ArrayList<>();
        watched().forEach(location -> stock.level(sku, location).ifPresent(levels::add));
        return levels;
    }

    /** The store, then its neighbours. */
    private List<String> watched() {
        List<String> watched = new ArrayList<>(List.of(config.store()));
        watched.addAll(config.nearby());
        return watched;
    }

    /** Stops taking requests, lets the forwarders finish what they are sending, and closes the journals. */
    @Override
    public void close() {
        stopping = true;
        api.close();
        forwarder.stop();
        receiptForwarder.stop();
        feed.stop();
        for (Thread thread : threads) {
            try {
                thread.join(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        for (SaleJournal open : List.of(journal, receipts)) {
            try {
                open.close();
            } catch (IOException e) {
                LOG.warning(() -> "Journal not closed cleanly: " + e);
            }
        }
    }
}
