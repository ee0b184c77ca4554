package org.omnistock.marketplace.control;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
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
import org.eclipse.microprofile.faulttolerance.exceptions.BulkheadException;
import org.eclipse.microprofile.faulttolerance.exceptions.CircuitBreakerOpenException;
import org.omnistock.marketplace.entity.MarketplaceAccount;
import org.omnistock.platform.ScheduledRuns;

/**
 * Works every enabled account on the server that holds its lease: pushes what is due right after it is marked and
 * every second, confirms orders back as often, polls orders every {@code omnistock.marketplaces.poll-every}, and
 * once a night re-reads the last day's orders and syncs every listing in full. One account's work never waits for
 * another's, and its pushes, confirmations and polls never wait for each other.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class MarketplaceSync {

    private static final Logger LOG = Logger.getLogger(MarketplaceSync.class.getName());
    private static final Duration LEASE = Duration.ofSeconds(30);

    @Inject
    MarketplaceState state;

    @Inject
    Connectors connectors;

    @Inject
    ScheduledRuns runs;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "omnistock.marketplaces.poll-every", defaultValue = "PT5M")
    Duration pollEvery;

    @Inject
    @ConfigProperty(name = "omnistock.marketplaces.overlap", defaultValue = "PT10M")
    Duration overlap;

    @Resource
    ManagedExecutorService executor;

    private final Set<String> pushing = ConcurrentHashMap.newKeySet();
    private final Set<String> polling = ConcurrentHashMap.newKeySet();
    private final Set<String> confirming = ConcurrentHashMap.newKeySet();
    private final Map<String, Instant> lastPoll = new ConcurrentHashMap<>();

    public void onDue(@Observes(during = TransactionPhase.AFTER_SUCCESS) MarketplaceMarks.WorkDue due) {
        executor.execute(() -> work(false));
    }

    @Schedule(second = "*", minute = "*", hour = "*", persistent = false)
    public void tick() {
        work(true);
    }

    /** The last day's orders again and every listing's figure and price: what a lost webhook or push missed. */
    @Schedule(minute = "30", hour = "2", persistent = false)
    public void nightly() {
        if (!runs.claim("marketplace-nightly", Duration.ofDays(1))) {
            return;
        }
        for (MarketplaceAccount account : state.enabledAccounts()) {
            reread(account.getCode(), Duration.ofDays(1));
            state.markAll(account.getId());
        }
    }

    /** Reads the orders updated in the last {@code period} again (on demand, and nightly), in the background. */
    public void reread(String code, Duration period) {
        state.account(code).ifPresent(account -> run(polling, account, () -> connectors.of(account).poll(account,
                clock.instant().minus(period), false)));
    }

    /** Polls the account now, in the background. */
    public void pollNow(String code) {
        state.account(code).ifPresent(account -> lastPoll.remove(account.getCode()));
        work(true);
    }

    private void work(boolean withPolls) {
        try {
            for (MarketplaceAccount account : state.enabledAccounts()) {
                if (!state.lease(account.getId(), LEASE)) {
                    continue;
                }
                MarketplaceConnector connector = connectors.of(account);
                run(pushing, account, () -> {
                    while (connector.push(account) > 0) {
                        // more may be due
                    }
                });
                run(confirming, account, () -> connector.confirm(account));
                Instant last = lastPoll.get(account.getCode());
                if (withPolls && (last == null || !last.plus(pollEvery).isAfter(clock.instant()))) {
                    lastPoll.put(account.getCode(), clock.instant());
                    Instant since = account.getOrderCursor() == null ? clock.instant().minus(Duration.ofDays(1))
                            : account.getOrderCursor().minus(overlap);
                    run(polling, account, () -> connector.poll(account, since, true));
                }
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Marketplace accounts cannot be worked now; trying again in a second", e);
        }
    }

    /** Runs the account's job on an executor thread unless one of its kind runs already; a fault goes to its health. */
    private void run(Set<String> running, MarketplaceAccount account, Runnable job) {
        if (!running.add(account.getCode())) {
            return;
        }
        executor.execute(() -> {
            try {
                job.run();
            } catch (MarketplaceFault.Throttled e) {
                LOG.fine(() -> "Marketplace account " + account.getCode() + " waits for its quota: " + e.getMessage());
            } catch (MarketplaceFault | IllegalStateException e) {
                state.failed(account.getId(), e.getMessage());
            } catch (CircuitBreakerOpenException | BulkheadException e) {
                state.failed(account.getId(), "calls to " + account.getKind() + " marketplaces are held back after "
                        + "repeated failures (" + e.getClass().getSimpleName() + "); tried again shortly");
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "Marketplace account " + account.getCode() + ": work stopped", e);
                state.failed(account.getId(), String.valueOf(e.getMessage()));
            } finally {
                running.remove(account.getCode());
            }
        });
    }
}
