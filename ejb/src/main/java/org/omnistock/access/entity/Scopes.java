package org.omnistock.access.entity;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The one vocabulary of permissions: API clients are given scopes, a staff role is a set of them, and every REST
 * operation and boundary method names the scope it needs. Scopes are also the role names the container checks
 * ({@code @RolesAllowed}): the server binds no roles, so a caller's groups, which are its scopes, are its roles.
 */
public final class Scopes {

    /** Read SKUs, locations, channels, stock, prices, promotions (not coupon codes); price a basket. */
    public static final String READ = "read";
    /** Create SKUs, locations and channels; channel rules; put a store in a price zone. */
    public static final String CATALOG_WRITE = "catalog:write";
    /** Receipts, adjustments, counts, state moves, safety stock, incoming goods, returns, transfers. */
    public static final String STOCK_WRITE = "stock:write";
    /**
     * Orders (place, cancel, hold, re-route, payments, returns), a location's fulfilment work, reservations and
     * redemptions of promotions.
     */
    public static final String ORDERS_WRITE = "orders:write";
    /** Price lists and prices, CSV import. */
    public static final String PRICES_WRITE = "prices:write";
    /** Promotions and their coupon codes, including listing the codes. */
    public static final String PROMOTIONS_WRITE = "promotions:write";
    /**
     * Accept suggested stock moves (transfers between any locations) without other stock rights: what a
     * merchandiser rebalancing the network needs, not adjusting or counting stock.
     */
    public static final String STOCK_MOVES = "stock:moves";
    /** Routing rule sets: drafts, publication, what-if replays. */
    public static final String ROUTING_WRITE = "routing:write";
    /** Look customers up by number or identity key, read their profiles and loyalty accounts. */
    public static final String CUSTOMERS_READ = "customers:read";
    /** Create, change and merge customer profiles; adjust points. */
    public static final String CUSTOMERS_WRITE = "customers:write";
    /** Suppliers and purchase orders: read them (also to receive goods against an order). */
    public static final String PURCHASING_READ = "purchasing:read";
    /** Suppliers and their items; purchase orders: draft, send, close, cancel. */
    public static final String PURCHASING_WRITE = "purchasing:write";
    /** Receive more of a purchase order's line than the supplier's tolerance allows, with a reason. */
    public static final String PURCHASING_EXCEED = "purchasing:exceed";
    /** Supplier invoices and landed-cost bills against purchase orders: what the business owes its suppliers. */
    public static final String PAYABLES_WRITE = "payables:write";
    /** The journal, its feed and trial balance, stock valuation: what finance and the accounting system read. */
    public static final String BOOKS_READ = "books:read";
    /** The chart of accounts and which account each event posts to. */
    public static final String BOOKS_ADMIN = "books:admin";
    /** Tax: jurisdictions and rates, SKUs' tax classes, where locations supply from, price lists' tax basis. */
    public static final String TAX_WRITE = "tax:write";
    /** A store's till days: open, close with the cash counted, X and Z reports. */
    public static final String TILL_DAYS = "till:days";
    /** Gift cards and store credit: a balance by code, cards and their history, a customer's store credit. */
    public static final String STORED_VALUE_READ = "stored-value:read";
    /** Gift cards and store credit: issue, redeem, block, unblock, change an expiry. */
    public static final String STORED_VALUE_WRITE = "stored-value:write";
    /** Staff users, API clients, the broker credentials of stores. */
    public static final String ADMIN = "admin";

    /** Every scope with what it allows, in the order the API documentation and the back office show them. */
    public static final Map<String, String> DESCRIPTIONS = describe();

    public static final Set<String> ALL = Set.copyOf(DESCRIPTIONS.keySet());

    private Scopes() {
    }

    private static Map<String, String> describe() {
        Map<String, String> scopes = new LinkedHashMap<>();
        scopes.put(READ, "read the catalog, locations, channels, stock, prices and promotions; price baskets");
        scopes.put(CATALOG_WRITE, "create SKUs, locations and channels; channel rules; price zones");
        scopes.put(STOCK_WRITE, "receipts, adjustments, counts, state moves, safety stock, incoming goods, returns, "
                + "transfers");
        scopes.put(STOCK_MOVES, "accept suggested stock moves: transfers between stores and from warehouses");
        scopes.put(ORDERS_WRITE, "orders, returns, a location's fulfilments, reservations and redemptions");
        scopes.put(ROUTING_WRITE, "routing rule sets: drafts, publication, what-if replays");
        scopes.put(CUSTOMERS_READ, "look customers up, read profiles and loyalty accounts (personal data)");
        scopes.put(CUSTOMERS_WRITE, "create, change and merge customers; adjust points");
        scopes.put(PRICES_WRITE, "price lists and prices");
        scopes.put(PROMOTIONS_WRITE, "promotions and coupon codes");
        scopes.put(PURCHASING_READ, "suppliers and purchase orders");
        scopes.put(PURCHASING_WRITE, "suppliers, their items, purchase orders: draft, send, close, cancel");
        scopes.put(PURCHASING_EXCEED, "receive beyond a supplier's tolerance, with a reason");
        scopes.put(PAYABLES_WRITE, "supplier invoices and landed-cost bills against purchase orders");
        scopes.put(BOOKS_READ, "the journal, its feed and trial balance, what stock is worth");
        scopes.put(BOOKS_ADMIN, "the chart of accounts and the accounts events post to");
        scopes.put(TAX_WRITE, "tax jurisdictions and rates, SKUs' tax classes, locations' tax place, price lists' "
                + "tax basis");
        scopes.put(TILL_DAYS, "a store's till days: open, close with the cash counted, X and Z reports");
        scopes.put(STORED_VALUE_READ, "gift cards and store credit: a balance by code, cards and their history");
        scopes.put(STORED_VALUE_WRITE, "gift cards and store credit: issue, redeem, block, unblock, expiry");
        scopes.put(ADMIN, "staff users, API clients, broker credentials of stores");
        return java.util.Collections.unmodifiableMap(scopes);
    }
}
