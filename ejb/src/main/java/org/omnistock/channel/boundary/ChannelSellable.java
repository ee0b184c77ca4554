package org.omnistock.channel.boundary;

import java.io.Serializable;
/**
 * What one channel may sell of one SKU now, and how that was reached.
 *
 * @param rule the channel's rule that decided (its exclusion or buffer), as people read it; null without one
 */
public record ChannelSellable(String channel, String sku, long available, long buffer, boolean excluded,
                              long sellable, String rule) implements Serializable {
}
