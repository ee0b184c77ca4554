/**
 * The work of stores and warehouses for orders: {@link org.omnistock.messages.fulfilment.FulfilmentTask tasks} the
 * server sends a location on its own queue, and the {@link org.omnistock.messages.fulfilment.FulfilmentUpdate updates}
 * a location sends back. A location's broker user reads only its own queue; the server accepts an update only from
 * the location the fulfilment belongs to.
 */
package org.omnistock.messages.fulfilment;
