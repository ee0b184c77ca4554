package org.omnistock.marketplace.control;

import java.time.Instant;
import java.util.List;
import java.util.function.Function;

import jakarta.json.JsonObject;

import org.omnistock.marketplace.entity.MarketplaceAccount;

/**
 * The poll both connectors share: page after page of orders updated since a point, each taken in turn, the
 * account's cursor moved after every page to the newest update got through, so a poll cut short (a throttled
 * page, a fault, a stopped server) starts again from there.
 */
final class OrderPolls {

    /** A page of a marketplace's orders, and the cursor of the next page (null: it was the last). */
    record Page(List<JsonObject> orders, String next) {
    }

    /** The page after {@code cursor} (null: the first); null when the marketplace throttled the call. */
    interface Fetch {
        Page page(String cursor);
    }

    /** Imports or cancels the order; true when it placed a new one. */
    interface Take {
        boolean placed(JsonObject order);
    }

    private OrderPolls() {
    }

    static MarketplaceConnector.Polled poll(MarketplaceState state, MarketplaceAccount account, boolean moveCursor,
                                            Fetch fetch, Take take, Function<JsonObject, Instant> updatedAt) {
        String cursor = null;
        int placed = 0;
        int seen = 0;
        Instant newest = null;
        do {
            Page page = fetch.page(cursor);
            if (page == null) {
                return new MarketplaceConnector.Polled(placed, seen, false);
            }
            for (JsonObject order : page.orders()) {
                seen++;
                if (take.placed(order)) {
                    placed++;
                }
                Instant updated = updatedAt.apply(order);
                newest = newest == null || updated.isAfter(newest) ? updated : newest;
            }
            if (moveCursor && newest != null) {
                state.polled(account.getId(), newest);
            }
            cursor = page.next();
        } while (cursor != null);
        if (moveCursor && newest == null) {
            state.polled(account.getId());
        }
        return new MarketplaceConnector.Polled(placed, seen, true);
    }
}
