package org.omnistock.webhook.control;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.rest.client.RestClientBuilder;
import org.omnistock.platform.ScheduledRuns;

/**
 * Starts a {@link WebhookLane} for every subscription with something due whose lease this server takes: right after
 * deliveries are written, and every second for retries and for what another server left. Each lane runs on its own
 * executor threads, so a slow endpoint holds only its own.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class WebhookDispatcher {

    private static final Logger LOG = Logger.getLogger(WebhookDispatcher.class.getName());

    @Inject
    WebhookRounds rounds;

    @Inject
    ScheduledRuns runs;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "omnistock.webhooks.timeout", defaultValue = "PT10S")
    Duration timeout;

    @Resource
    ManagedExecutorService executor;

    private final Map<Long, WebhookLane> lanes = new ConcurrentHashMap<>();
    /** One client per endpoint URL, kept while the server runs: it holds the endpoint's open connections. */
    private final Map<String, WebhookEndpoint> endpoints = new ConcurrentHashMap<>();
    private final AtomicBoolean claiming = new AtomicBoolean();
    private final AtomicBoolean claimAgain = new AtomicBoolean();
    private final AtomicBoolean failing = new AtomicBoolean();

    public void onWritten(@Observes(during = TransactionPhase.AFTER_SUCCESS) WebhookFanOut.DeliveriesWritten written) {
        wakeUp();
    }

    @Schedule(second = "*", minute = "*", hour = "*", persistent = false)
    public void sweep() {
        wakeUp();
    }

    @Schedule(minute = "23", hour = "*", persistent = false)
    public void purge() {
        if (runs.claim("webhook-purge", Duration.ofHours(1))) {
            rounds.purge();
        }
    }

    /** Claims what is due unless a claim is running, which is then told to look again. */
    public void wakeUp() {
        claimAgain.set(true);
        if (claiming.compareAndSet(false, true)) {
            executor.execute(this::claim);
        }
    }

    private void claim() {
        try {
            while (claimAgain.getAndSet(false)) {
                for (Long subscription : rounds.claimDue()) {
                    WebhookLane lane = new WebhookLane(subscription, rounds, executor, clock, this::endpoint);
                    WebhookLane running = lanes.putIfAbsent(subscription, lane);
                    if (running != null) {
                        running.poke();
                    } else {
                        executor.execute(() -> run(subscription, lane));
                    }
                }
            }
            if (failing.compareAndSet(true, false)) {
                LOG.info("Webhook deliveries go out again");
            }
        } catch (RuntimeException e) {
            if (failing.compareAndSet(false, true)) {
                LOG.log(Level.WARNING, "Webhook deliveries cannot be claimed now; they wait and are retried", e);
            }
        } finally {
            claiming.set(false);
        }
        if (claimAgain.get() && !failing.get() && claiming.compareAndSet(false, true)) {
            executor.execute(this::claim);
        }
    }

    /**
     * The endpoint's MicroProfile Rest Client: connect and read timeouts so a slow endpoint cannot hold a lane for
     * long, and no redirects (a delivery goes where it was subscribed).
     */
    private WebhookEndpoint endpoint(String url) {
        return endpoints.computeIfAbsent(url, u -> RestClientBuilder.newBuilder().baseUri(URI.create(u))
                .connectTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS)
                .readTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS)
                .followRedirects(false)
                .build(WebhookEndpoint.class));
    }

    private void run(long subscription, WebhookLane lane) {
        try {
            lane.run();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Webhook lane of subscription " + subscription
                    + " stopped; its deliveries wait for the next round", e);
        } finally {
            lanes.remove(subscription, lane);
        }
    }
}
