package org.omnistock.cart.control;

import java.time.Clock;
import java.time.Duration;
import java.util.logging.Logger;

import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.omnistock.access.boundary.Access;
import org.omnistock.cart.boundary.Carts;
import org.omnistock.platform.ScheduledRuns;

/** Every ten minutes, open carts untouched for {@code omnistock.cart.abandon-after} (default 30 days) are abandoned. */
@Singleton
public class CartAbandonment {

    private static final Logger LOG = Logger.getLogger(CartAbandonment.class.getName());

    @Inject
    Carts carts;

    @Inject
    Clock clock;

    @Inject
    ScheduledRuns runs;

    @Inject
    @ConfigProperty(name = "omnistock.cart.abandon-after", defaultValue = "P30D")
    Duration abandonAfter;

    @Schedule(minute = "*/10", hour = "*", persistent = false)
    public void abandon() {
        if (!runs.claim("cart-abandonment", Duration.ofMinutes(10))) {
            return;
        }
        int abandoned = Access.asSystem(() -> carts.abandonBefore(clock.instant().minus(abandonAfter)));
        if (abandoned > 0) {
            LOG.info(() -> abandoned + " cart(s) untouched for " + abandonAfter + " abandoned");
        }
    }
}
