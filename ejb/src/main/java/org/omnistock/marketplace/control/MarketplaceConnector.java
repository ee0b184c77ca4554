package org.omnistock.marketplace.control;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.omnistock.marketplace.entity.MarketplaceAccount;
import org.omnistock.marketplace.entity.MarketplaceListing;

/**
 * What a connector does for an account, whatever the marketplace's API (marketplace package documentation): the
 * scheduler and the boundary use connectors only through this.
 */
public interface MarketplaceConnector {

    /** What a poll did: orders placed, orders seen, and whether it read to the end. */
    record Polled(int placed, int seen, boolean complete) {
    }

    MarketplaceAccount.Kind kind();

    /**
     * Reads the orders updated since {@code since}, oldest first, and imports each; moves the account's cursor
     * (when {@code moveCursor}) as it gets through them.
     */
    Polled poll(MarketplaceAccount account, Instant since, boolean moveCursor);

    /** Pushes one batch of what is due; how many listings it took (0: nothing was due). */
    int push(MarketplaceAccount account);

    /**
     * Tells the marketplace what it waits to hear about its orders: that they are in the seller's system where it
     * asks for that (Amazon's acknowledgement), and that they were shipped, with tracking; how many it told.
     */
    int confirm(MarketplaceAccount account);

    /** What the marketplace shows of these listings now, by SKU; a listing it does not have is left out. */
    Map<String, Long> figures(MarketplaceAccount account, List<MarketplaceListing> listings);
}
