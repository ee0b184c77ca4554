package org.omnistock.channel.boundary;

/** What one channel may sell of one SKU now, and how that was reached. */
public record ChannelSellable(String channel, String sku, long available, long buffer, boolean excluded,
                              long sellable) {
}
