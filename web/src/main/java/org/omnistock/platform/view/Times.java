package org.omnistock.platform.view;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

/** How the back office shows an instant: {@code #{times.format(x)}} on every page. */
@Named
@ApplicationScoped
public class Times {

    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneId.systemDefault());

    public String format(Instant instant) {
        return instant == null ? "" : FORMAT.format(instant);
    }
}
