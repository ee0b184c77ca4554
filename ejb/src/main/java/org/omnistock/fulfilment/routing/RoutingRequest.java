package org.omnistock.fulfilment.routing;

import java.util.List;
import java.util.Map;

/**
 * One delivery group of an order, to route.
 *
 * @param latitude       where the parcel goes: the customer's address, or the pickup store
 * @param pickupLocation the store the customer collects at; null when shipped
 * @param excluded       locations that may not take part for this order, with why (a store that rejected it)
 */
public record RoutingRequest(String channel, DeliveryMode mode, double latitude, double longitude,
                             String pickupLocation, List<Demand> lines, Map<String, String> excluded) {

    public RoutingRequest {
        lines = List.copyOf(lines);
        excluded = Map.copyOf(excluded);
    }
}
