package org.omnistock.platform;

import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

/**
 * The one clock the services read, so that time is injected rather than taken from the system everywhere. It ticks
 * in microseconds, the finest a PostgreSQL timestamp keeps: a value read back equals the value written.
 */
@ApplicationScoped
public class Clocks {

    @Produces
    Clock clock() {
        return Clock.tick(Clock.systemUTC(), java.time.Duration.ofNanos(1_000));
    }
}
