package org.omnistock.fulfilment.routing;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One delivery group of an order, to route.
 *
 * @param latitude         where the parcel goes: the customer's address, or the pickup store
 * @param pickupLocation   the store the customer collects at; null when shipped
 * @param excluded         locations that may not take part for this order, with why (a store that rejected it)
 * @param channelLocations the locations the order's channel draws on, the only ones that may take part; null for
 *                         every location (a preview without a channel)
 * @param channelLimits    by SKU code, what the order's channel may sell now; a SKU not in it is not limited
 */
public record RoutingRequest(String channel, DeliveryMode mode, double latitude, double longitude,
                             String pickupLocation, List<Demand> lines, Map<String, String> excluded,
                             Set<String> channelLocations, Map<String, ChannelLimit> channelLimits) {

    public RoutingRequest {
        lines = List.copyOf(lines);
        excluded = Map.copyOf(excluded);
        channelLocations = channelLocations == null ? null : Set.copyOf(channelLocations);
        channelLimits = channelLimits == null ? Map.of() : Map.copyOf(channelLimits);
    }

    /** The same group with other lines (those the channel's limits leave to route). */
    RoutingRequest withLines(List<Demand> routed) {
        return new RoutingRequest(channel, mode, latitude, longitude, pickupLocation, routed, excluded,
                channelLocations, channelLimits);
    }
}
