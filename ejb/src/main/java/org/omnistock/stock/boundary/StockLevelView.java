package org.omnistock.stock.boundary;

import java.io.Serializable;
import java.time.Instant;

import org.omnistock.location.entity.LocationType;
import org.omnistock.stock.entity.StockLevel;

/**
 * The quantities of one SKU at one location, and how fast it sells there.
 *
 * @param incoming       announced and not yet received
 * @param nextExpectedAt when the earliest open announcement is due; null if none
 * @param soldLast7Days  units that left through sales and fulfilled reservations in the last 7 days
 */
public record StockLevelView(String sku, String skuName, String locationId, String locationName,
                             LocationType locationType, long onHand, long reserved, long safetyStock, long damaged,
                             long qualityControl, long available, long incoming, Instant nextExpectedAt,
                             long sequence, Instant updatedAt, long soldLast7Days, long soldLast30Days)
                                     implements Serializable {

    static StockLevelView of(StockLevel level, Velocity velocity, Instant nextExpectedAt) {
        return new StockLevelView(level.getSku().getCode(), level.getSku().getName(), level.getLocation().getCode(),
                level.getLocation().getName(), level.getLocation().getType(), level.getOnHand(), level.getReserved(),
                level.getSafetyStock(), level.getDamaged(), level.getQualityControl(), level.getAvailable(),
                level.getIncoming(), nextExpectedAt, level.getSequence(), level.getUpdatedAt(), velocity.last7Days(),
                velocity.last30Days());
    }

    /** Units sold in the last 7 and 30 days. */
    record Velocity(long last7Days, long last30Days) {
    }
}
