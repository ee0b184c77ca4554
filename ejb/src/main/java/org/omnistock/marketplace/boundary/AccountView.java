package org.omnistock.marketplace.boundary;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;

import org.omnistock.marketplace.entity.MarketplaceAccount;

/**
 * An account and its health; never its credentials.
 *
 * @param listings how many SKUs it lists, and {@code due} how many wait for a push (the backlog)
 * @param throttled how often the marketplace asked to wait
 * @param workedBy the server that polls and pushes for it now (name@host/pid), none while nobody does
 */
public record AccountView(String code, String kind, String channel, String baseUrl, String remoteLocationId,
                          BigDecimal requestsPerSecond, int burst, boolean enabled, Instant orderCursor,
                          Instant lastPollAt, Instant lastPushAt, Instant lastFullSyncAt, String lastError,
                          Instant lastErrorAt, long ordersImported, long stockConflicts, long throttled,
                          long listings, long due, String workedBy) implements Serializable {

    static AccountView of(MarketplaceAccount a, long listings, long due, Instant now) {
        return new AccountView(a.getCode(), a.getKind().name(), a.getChannelCode(), a.getBaseUrl(),
                a.getRemoteLocationId(), a.getRequestsPerSecond(), a.getBurst(), a.isEnabled(), a.getOrderCursor(),
                a.getLastPollAt(), a.getLastPushAt(), a.getLastFullSyncAt(), a.getLastError(), a.getLastErrorAt(),
                a.getOrdersImported(), a.getStockConflicts(), a.getThrottled(), listings, due,
                a.workedBy(now));
    }
}
