package org.omnistock.platform.view;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/** The back office's date pickers show and take UTC, the time every instant is kept in. */
public final class UtcTimes {

    private UtcTimes() {
    }

    public static Instant toInstant(LocalDateTime picked) {
        return picked == null ? null : picked.toInstant(ZoneOffset.UTC);
    }

    public static LocalDateTime toPicked(Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }
}
