/**
 * Locations: the places that hold stock. A location is a {@code STORE}, a {@code WAREHOUSE} or a {@code DARK_STORE},
 * identified by its code (for a store, the same id its till sends as {@code storeId}), with a geographic position
 * used later to route orders. Capacity, capabilities and price zone come later.
 */
package org.omnistock.location;
