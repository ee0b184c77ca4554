package org.omnistock.stock.control;

import java.util.Map;
import java.util.UUID;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;

import org.omnistock.messages.Destinations;
import org.omnistock.messages.Headers;
import org.omnistock.messages.JsonCodec;
import org.omnistock.messages.stock.StockChanged;
import org.omnistock.outbox.control.Outbox;
import org.omnistock.outbox.control.OutgoingEvent;
import org.omnistock.stock.entity.StockLevel;
import org.omnistock.stock.entity.StockMovement;

/** Announces stock level changes, through the outbox of the transaction that made them. */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class StockEvents {

    @Inject
    Outbox outbox;

    @Inject
    jakarta.enterprise.event.Event<StockLevelChanged> levelChanged;

    public void changed(StockLevel level, StockMovement movement) {
        String eventId = UUID.randomUUID().toString();
        StockChanged event = new StockChanged(StockChanged.SCHEMA_VERSION, eventId, level.getSku().getCode(),
                level.getLocation().getCode(), level.getOnHand(), level.getReserved(), level.getAvailable(),
                level.getSequence(), movement.getType().name(), movement.getRecordedAt(), level.getSafetyStock(),
                level.getDamaged(), level.getQualityControl(), movement.getReference(), level.getIncoming());
        outbox.enqueue(new OutgoingEvent(Destinations.STOCK_CHANGED, true, StockChanged.EVENT_TYPE, eventId,
                Map.of(Headers.SKU, event.sku(), Headers.LOCATION_ID, event.locationId()),
                JsonCodec.toJson(event)));
        levelChanged.fire(new StockLevelChanged(level.getSku(), level.getLocation()));
    }
}
