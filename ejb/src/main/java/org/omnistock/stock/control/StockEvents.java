package org.omnistock.stock.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
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
import org.omnistock.stock.boundary.StockLedger;
import org.omnistock.stock.entity.StockLevel;
import org.omnistock.stock.entity.StockMovement;

/**
 * Announces stock level changes, through the outbox of the transaction that made them.
 *
 * <p>A level change also makes every channel drawing on it recompute what it may sell (a row lock on the channel's
 * stock of that SKU). In a multi-level posting those recomputations wait until every level is locked
 * ({@link #deferLevelChanges} / {@link #announceDeferred}): locked level by level in between, a posting holding one
 * level and a channel's row could wait for a posting holding the other level and waiting for that row.</p>
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class StockEvents {

    /** The multi-level posting running on this thread, its level changes waiting to be announced; null if none. */
    private static final ThreadLocal<Deferred> DEFERRED = new ThreadLocal<>();

    /** A posting's level changes, and the channel it takes stock for (null for none). */
    private record Deferred(List<StockLevelsChanged.Level> levels, String forChannel,
                            List<StockMovement> movements) {
    }

    @Inject
    Outbox outbox;

    @Inject
    jakarta.enterprise.event.Event<StockLevelsChanged> levelsChanged;

    public void changed(StockLevel level, StockMovement movement) {
        String eventId = UUID.randomUUID().toString();
        StockChanged event = new StockChanged(StockChanged.SCHEMA_VERSION, eventId, level.getSku().getCode(),
                level.getLocation().getCode(), level.getOnHand(), level.getReserved(), level.getAvailable(),
                level.getSequence(), movement.getType().name(), movement.getRecordedAt(), level.getSafetyStock(),
                level.getDamaged(), level.getQualityControl(), movement.getReference(), level.getIncoming());
        outbox.enqueue(new OutgoingEvent(Destinations.STOCK_CHANGED, true, StockChanged.EVENT_TYPE, eventId,
                Map.of(Headers.SKU, event.sku(), Headers.LOCATION_ID, event.locationId()),
                JsonCodec.toJson(event), "stock:" + event.sku() + "@" + event.locationId()));
        StockLevelsChanged.Level change = new StockLevelsChanged.Level(level.getSku(), level.getLocation());
        Deferred deferred = DEFERRED.get();
        if (deferred == null) {
            levelsChanged.fire(new StockLevelsChanged(List.of(change), null, List.of(movement)));
        } else {
            deferred.levels().add(change);
            deferred.movements().add(movement);
        }
    }

    /**
     * From now until {@link #announceDeferred}, level changes on this thread are kept, not announced.
     *
     * @param forChannel the channel the posting takes stock for; null for none
     * @return false if a posting further out defers them already (it announces them)
     */
    public boolean deferLevelChanges(String forChannel) {
        if (DEFERRED.get() != null) {
            return false;
        }
        DEFERRED.set(new Deferred(new ArrayList<>(), forChannel, new ArrayList<>()));
        return true;
    }

    /**
     * Announces the kept level changes in one event, each level once, in the ledger's lock order; with
     * {@code announce} false (the posting failed) forgets them.
     */
    public void announceDeferred(boolean announce) {
        Deferred deferred = DEFERRED.get();
        DEFERRED.remove();
        if (announce && deferred != null && !deferred.levels().isEmpty()) {
            Map<String, StockLevelsChanged.Level> once = new TreeMap<>();
            deferred.levels().forEach(c -> once.putIfAbsent(StockLedger.lockKey(c.sku().getCode(),
                    c.location().getCode()), c));
            levelsChanged.fire(new StockLevelsChanged(List.copyOf(once.values()), deferred.forChannel(),
                    List.copyOf(deferred.movements())));
        }
    }
}
