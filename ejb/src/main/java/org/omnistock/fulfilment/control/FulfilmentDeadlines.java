package org.omnistock.fulfilment.control;

import java.time.Duration;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.ejb.DependsOn;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import org.omnistock.access.boundary.Access;
import org.omnistock.access.boundary.Caller;
import org.omnistock.fulfilment.boundary.Fulfilments;
import org.omnistock.fulfilment.boundary.Rerouting;
import org.omnistock.fulfilment.entity.RoutingDecisionRecord;
import org.omnistock.platform.ScheduledRuns;

/**
 * Every five seconds: fulfilments not accepted in time go elsewhere, pickups not collected in time give their
 * units back, and orders whose units went back to routing without being routed again are routed. Each in its own
 * transaction, as the system.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class FulfilmentDeadlines {

    private static final Logger LOG = Logger.getLogger(FulfilmentDeadlines.class.getName());
    private static final int BATCH = 200;

    @Inject
    Fulfilments fulfilments;

    @Inject
    Rerouting rerouting;

    @Inject
    ScheduledRuns runs;

    @Schedule(second = "*/5", minute = "*", hour = "*", persistent = false)
    public void enforce() {
        if (!runs.claim("fulfilment-deadlines", Duration.ofSeconds(5))) {
            return;
        }
        Access.asSystem(() -> {
            for (Long id : fulfilments.dueForAcceptance(BATCH)) {
                attempt("expire fulfilment " + id, () -> {
                    Optional<Long> order = fulfilments.expire(id);
                    order.ifPresent(o -> rerouting.rerouteWaiting(o, RoutingDecisionRecord.Trigger.EXPIRY,
                            Caller.SYSTEM.id()));
                });
            }
            for (Long id : fulfilments.dueForCollection(BATCH)) {
                attempt("end uncollected pickup " + id, () -> fulfilments.notCollected(id));
            }
            for (Long order : rerouting.pending(BATCH)) {
                attempt("route order " + order + " again", () -> rerouting.rerouteWaiting(order,
                        RoutingDecisionRecord.Trigger.RETRY, Caller.SYSTEM.id()));
            }
        });
    }

    private static void attempt(String what, Runnable work) {
        try {
            work.run();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Could not " + what + " now; tried again in 5 s", e);
        }
    }
}
