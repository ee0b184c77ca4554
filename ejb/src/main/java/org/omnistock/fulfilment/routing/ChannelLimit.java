package org.omnistock.fulfilment.routing;

/**
 * What the order's channel may sell of a SKU now, by the channel's rule: the units of all the group's lines of that
 * SKU together route at most this many; the rest waits, with why.
 */
public record ChannelLimit(long units, String why) {
}
