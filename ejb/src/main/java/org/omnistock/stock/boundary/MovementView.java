package org.omnistock.stock.boundary;

import java.io.Serializable;
import java.time.Instant;

import org.omnistock.stock.entity.AdjustmentReason;
import org.omnistock.stock.entity.MovementType;
import org.omnistock.stock.entity.StockChange;
import org.omnistock.stock.entity.StockMovement;

/**
 * A ledger movement as clients see it.
 *
 * @param quantity signed: what the movement did to on hand
 * @param change   what it did to every quantity (on hand, reserved, safety stock, damaged, quality control)
 */
public record MovementView(long id, MovementType type, String sku, String locationId, long quantity,
                           StockChange change, AdjustmentReason reason, String reference, long onHandAfter,
                           long sequence, Instant occurredAt, Instant recordedAt) implements Serializable {

    static MovementView of(StockMovement movement) {
        return new MovementView(movement.getId(), movement.getType(), movement.getLevel().getSku().getCode(),
                movement.getLevel().getLocation().getCode(), movement.getQuantity(), movement.getChange(),
                movement.getReason(), movement.getReference(), movement.getOnHandAfter(), movement.getSequence(),
                movement.getOccurredAt(), movement.getRecordedAt());
    }
}
