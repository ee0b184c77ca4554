/**
 * Locations: the places that hold stock. A location is a {@code STORE}, a {@code WAREHOUSE} or a {@code DARK_STORE},
 * identified by its code (for a store, the same id its till sends as {@code storeId}), with a geographic position
 * used to route orders and move stock, the price zone whose prices apply there, what it does for orders
 * (shipping, pickup, daily capacity, cost, deadlines, time zone), and where it supplies from for tax (a country and
 * region; none: what it sells is not taxed, docs/sale-to-cash.md). Opening a location or changing its fulfilment
 * settings fires {@link org.omnistock.location.boundary.LocationFulfilmentChanged} in that transaction, so that what
 * counts by the location's own days (its capacity) gets ready for them. Routing weighs every location at every
 * decision; it reads them from {@link org.omnistock.location.control.LocationDirectory}, which holds them as plain
 * values ({@link org.omnistock.location.boundary.LocationFacts}) at most a second old, and reads them again on this
 * server as soon as such a change commits (on another server when it is told, a signal on the servers' topic; within
 * the second if that is lost). {@code Locations.find}, which other capabilities resolve a code with, takes the id
 * from there too and the entity by its id (no query, which would first write the caller's transaction); a code the
 * directory does not know yet is looked up by a query. {@code Locations.within} is the
 * one rule for which locations a report covers: the one asked for if the caller may read there, else all the caller
 * sees. Reading needs {@code read}; creating a location {@code catalog:write} and a caller bound to no location;
 * putting a store in a price zone or changing its fulfilment settings {@code catalog:write} at that store; its
 * country and region {@code tax:write}.
 */
package org.omnistock.location;
