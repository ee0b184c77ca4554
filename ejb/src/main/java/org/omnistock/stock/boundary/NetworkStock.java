package org.omnistock.stock.boundary;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * One SKU across every location that has a level for it, with the totals.
 *
 * @param asOf null for the levels now; else the instant the ledger is read as it stood at
 */
public record NetworkStock(String sku, String name, Instant asOf, List<StockLevelView> levels, long totalOnHand,
                           long totalReserved, long totalAvailable, long totalIncoming) implements Serializable {

    static NetworkStock of(String sku, String name, Instant asOf, List<StockLevelView> levels) {
        return new NetworkStock(sku, name, asOf, levels,
                levels.stream().mapToLong(StockLevelView::onHand).sum(),
                levels.stream().mapToLong(StockLevelView::reserved).sum(),
                levels.stream().mapToLong(StockLevelView::available).sum(),
                levels.stream().mapToLong(StockLevelView::incoming).sum());
    }
}
