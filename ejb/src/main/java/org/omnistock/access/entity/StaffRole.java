package org.omnistock.access.entity;

import java.util.Set;

/** What a staff user of the back office does, as the scopes it holds. */
public enum StaffRole {
    /** Manages users, API clients and settings; may do everything, everywhere. */
    ADMIN("admin", Scopes.ALL, false),
    /**
     * Manages prices, promotions and the catalog, buys from suppliers, and moves stock to where it sells, for every
     * location.
     */
    MERCHANDISER("merchandiser", Set.of(Scopes.READ, Scopes.CATALOG_WRITE, Scopes.PRICES_WRITE,
            Scopes.PROMOTIONS_WRITE, Scopes.STOCK_MOVES, Scopes.PURCHASING_READ, Scopes.PURCHASING_WRITE), false),
    /**
     * Keeps the books: reads the journal, the trial balance and what stock is worth, keeps the chart and the tax
     * rules, and records what suppliers bill against purchase orders (which it reads); looks gift cards up.
     */
    ACCOUNTANT("accountant", Set.of(Scopes.READ, Scopes.BOOKS_READ, Scopes.BOOKS_ADMIN, Scopes.PURCHASING_READ,
            Scopes.PAYABLES_WRITE, Scopes.TAX_WRITE, Scopes.STORED_VALUE_READ), false),
    /**
     * Runs stores: stock changes, orders' reservations, receiving goods against purchase orders, till days, gift
     * cards, at the stores assigned to the user only.
     */
    STORE_MANAGER("store-manager", Set.of(Scopes.READ, Scopes.STOCK_WRITE, Scopes.ORDERS_WRITE,
            Scopes.CUSTOMERS_READ, Scopes.CUSTOMERS_WRITE, Scopes.PURCHASING_READ, Scopes.TILL_DAYS,
            Scopes.STORED_VALUE_READ, Scopes.STORED_VALUE_WRITE), true);

    private final String roleName;
    private final Set<String> scopes;
    private final boolean boundToStores;

    StaffRole(String roleName, Set<String> scopes, boolean boundToStores) {
        this.roleName = roleName;
        this.scopes = scopes;
        this.boundToStores = boundToStores;
    }

    /** The name in the back office and the API: admin, merchandiser, store-manager. */
    public String roleName() {
        return roleName;
    }

    public Set<String> scopes() {
        return scopes;
    }

    /** Whether a user in this role acts only at the stores assigned to it. */
    public boolean boundToStores() {
        return boundToStores;
    }

    public static StaffRole ofName(String name) {
        for (StaffRole role : values()) {
            if (role.roleName.equals(name) || role.name().equals(name)) {
                return role;
            }
        }
        throw new IllegalArgumentException("no staff role " + name);
    }
}
