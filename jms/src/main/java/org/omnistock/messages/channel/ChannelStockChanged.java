package org.omnistock.messages.channel;

import java.time.Instant;

/**
 * Published on {@link org.omnistock.messages.Destinations#CHANNEL_STOCK_CHANGED} when what a channel may sell of a
 * SKU changes, for connectors to push to marketplaces. Header properties {@code channel} and {@code sku}.
 *
 * @param sequence grows by one with every change for this channel and SKU; ignore older ones
 */
public record ChannelStockChanged(int schemaVersion, String eventId, String channel, String sku, long sellable,
                                  long available, long buffer, boolean excluded, long sequence, Instant occurredAt) {

    public static final int SCHEMA_VERSION = 1;
    public static final String EVENT_TYPE = "ChannelStockChanged";
}
