package org.omnistock.channel.control;

import org.omnistock.catalog.entity.Sku;

/**
 * CDI event, fired in the transaction of a stock change after which a channel may sell a SKU again that it could
 * not (sellable went from none to some): whoever waits for it (wish lists) hears it there, and the channel depends on
 * none of them.
 */
public record BackOnSale(String channel, Sku sku, long sellable) {
}
