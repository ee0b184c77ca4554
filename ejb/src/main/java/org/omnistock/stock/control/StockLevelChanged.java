package org.omnistock.stock.control;

import org.omnistock.catalog.entity.Sku;
import org.omnistock.location.entity.Location;

/**
 * CDI event, fired synchronously inside the transaction that changed a stock level, after the change is flushed:
 * other capabilities (channels) derive their own figures from it in the same transaction.
 */
public record StockLevelChanged(Sku sku, Location location) {
}
