package org.omnistock.access.entity;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.omnistock.messages.Destinations;

/**
 * Which event addresses an outside system may read, by its scopes: the one rule its broker user (account
 * capability) and its webhooks follow. {@code read} opens stock, channel stock, prices, promotions, SKUs and orders'
 * status; {@code customers:read} also customers' changes and wish-list notices, which name customers;
 * {@code books:read} the journal's entries.
 */
public final class EventAccess {

    /** What {@code read} lets a client read. */
    public static final List<String> READ = List.of(Destinations.STOCK_CHANGED, Destinations.CHANNEL_STOCK_CHANGED,
            Destinations.PRICE_CHANGED, Destinations.PROMOTION_CHANGED, Destinations.ORDER_CHANGED,
            Destinations.SKU_CHANGED);

    /** What {@code customers:read} lets it read besides. */
    public static final List<String> CUSTOMERS = List.of(Destinations.CUSTOMER_CHANGED, Destinations.WISH_NOTICE);

    /** What {@code books:read} lets it read besides: the journal's entries. */
    public static final List<String> BOOKS = List.of(Destinations.JOURNAL_POSTED);

    private EventAccess() {
    }

    /** The event addresses a client with these scopes may read; none without {@code read}. */
    public static List<String> readable(Collection<String> scopes) {
        List<String> addresses = new ArrayList<>();
        if (scopes.contains(Scopes.READ)) {
            addresses.addAll(READ);
            if (scopes.contains(Scopes.CUSTOMERS_READ)) {
                addresses.addAll(CUSTOMERS);
            }
            if (scopes.contains(Scopes.BOOKS_READ)) {
                addresses.addAll(BOOKS);
            }
        }
        return List.copyOf(addresses);
    }

    /**
     * Whether a client may read the work sent to locations (fulfilments to pick, cancelled, on their way), which
     * carries delivery addresses: only one that does that work, with {@code orders:write}. Never over the broker,
     * where reading a location's queue would take the work from the store.
     */
    public static boolean mayReadFulfilmentTasks(Collection<String> scopes) {
        return scopes.contains(Scopes.ORDERS_WRITE);
    }
}
