package org.omnistock.fulfilment.routing;

/** One order line to route: how many units of which SKU. */
public record Demand(int lineNo, String sku, int quantity) {
}
