package org.omnistock.stock.control;

import java.util.List;

import org.omnistock.catalog.entity.Sku;
import org.omnistock.location.entity.Location;

/**
 * CDI event, fired synchronously inside the transaction that changed stock levels, after the changes: other
 * capabilities (channels) derive their own figures from it in the same transaction. A multi-level posting fires one
 * for all its levels, each level once and in the ledger's lock order, so that what depends on several of them is
 * worked out once.
 */
public record StockLevelsChanged(List<Level> levels) {

    /** One level that changed. */
    public record Level(Sku sku, Location location) {
    }
}
