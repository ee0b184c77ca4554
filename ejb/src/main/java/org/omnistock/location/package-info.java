/**
 * Locations: the places that hold stock. A location is a {@code STORE}, a {@code WAREHOUSE} or a {@code DARK_STORE},
 * identified by its code (for a store, the same id its till sends as {@code storeId}), with a geographic position
 * used later to route orders, and the price zone whose prices apply there. Capacity and capabilities come later.
 * Reading needs {@code read}; creating a location {@code catalog:write} and a caller bound to no location; putting
 * a store in a price zone {@code catalog:write} at that store.
 */
package org.omnistock.location;
