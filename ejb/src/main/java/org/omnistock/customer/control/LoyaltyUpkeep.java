package org.omnistock.customer.control;

import java.time.Duration;
import java.util.logging.Logger;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;

import org.omnistock.access.boundary.Access;
import org.omnistock.customer.boundary.Loyalty;
import org.omnistock.platform.ScheduledRuns;

/**
 * Every night, expires the points whose time has come and works the tiers out again (purchases leave the window as
 * days pass). Each customer is done in a short transaction of their own, so tills are barely kept waiting.
 */
@Singleton
public class LoyaltyUpkeep {

    private static final Logger LOG = Logger.getLogger(LoyaltyUpkeep.class.getName());

    @Inject
    Loyalty loyalty;

    @Inject
    ScheduledRuns runs;

    @Schedule(hour = "3", minute = "17", persistent = false)
    public void nightly() {
        if (!runs.claim("loyalty-upkeep", Duration.ofDays(1))) {
            return;
        }
        int expired = Access.asSystem(() -> loyalty.expireDue());
        int tiers = Access.asSystem(() -> loyalty.refreshTiers());
        LOG.info(() -> "Loyalty upkeep: expiry looked at " + expired + " customer(s), " + tiers
                + " tier(s) changed");
    }
}
