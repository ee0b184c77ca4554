package org.omnistock.stock.boundary;

import java.time.Instant;

import org.omnistock.location.entity.LocationType;
import org.omnistock.stock.entity.StockLevel;

/** The quantities of one SKU at one location. */
public record StockLevelView(String sku, String skuName, String locationId, String locationName,
                             LocationType locationType, long onHand, long reserved, long available, long sequence,
                             Instant updatedAt) {

    static StockLevelView of(StockLevel level) {
        return new StockLevelView(level.getSku().getCode(), level.getSku().getName(), level.getLocation().getCode(),
                level.getLocation().getName(), level.getLocation().getType(), level.getOnHand(), level.getReserved(),
                level.getAvailable(), level.getSequence(), level.getUpdatedAt());
    }
}
