package org.omnistock.stock.control;

import java.util.List;

import org.omnistock.catalog.entity.Sku;
import org.omnistock.location.entity.Location;
import org.omnistock.stock.entity.StockMovement;

/**
 * CDI event, fired synchronously inside the transaction that changed stock levels, after the changes: other
 * capabilities (channels) derive their own figures from it in the same transaction. A multi-level posting fires one
 * for all its levels, each level once and in the ledger's lock order, so that what depends on several of them is
 * worked out once.
 *
 * @param forChannel the sales channel the posting took stock for (an order's, a cart's, a channel's client's
 *                   reservation), whose rules it must keep (the channel capability refuses it otherwise); null
 *                   for any other posting
 * @param movements  the ledger movements of the posting, in the order they were made (valuation values those that
 *                   moved on hand, and posts one entry per document)
 */
public record StockLevelsChanged(List<Level> levels, String forChannel, List<StockMovement> movements) {

    /** One level that changed. */
    public record Level(Sku sku, Location location) {
    }
}
