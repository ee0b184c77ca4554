package org.omnistock.channel.control;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;

import org.omnistock.catalog.entity.Sku;
import org.omnistock.channel.boundary.ChannelSellable;
import org.omnistock.channel.boundary.Channels;
import org.omnistock.channel.entity.ChannelStock;
import org.omnistock.channel.entity.SalesChannel;
import org.omnistock.messages.Destinations;
import org.omnistock.messages.Headers;
import org.omnistock.messages.JsonCodec;
import org.omnistock.messages.channel.ChannelStockChanged;
import org.omnistock.outbox.control.Outbox;
import org.omnistock.outbox.control.OutgoingEvent;
import org.omnistock.stock.control.StockLevelChanged;

/**
 * After every stock level change, in its transaction: each channel drawing on that location recomputes what it may
 * sell of the SKU, and announces it if it changed. The channel stock row is locked first, so that changes at
 * several locations of one channel are counted one after the other. When the channel may sell again a SKU it could
 * not, a {@link BackOnSale} event says so.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class ChannelStockPublisher {

    @PersistenceContext(unitName = "omnistock")
    EntityManager em;

    @Inject
    Channels channels;

    @Inject
    Outbox outbox;

    @Inject
    Clock clock;

    @Inject
    Event<BackOnSale> backOnSale;

    public void levelChanged(@Observes StockLevelChanged change) {
        for (SalesChannel channel : em.createNamedQuery(SalesChannel.FIND_DRAWING_ON, SalesChannel.class)
                .setParameter("location", change.location().getId()).getResultList()) {
            recompute(channel, change.sku());
        }
    }

    private void recompute(SalesChannel channel, Sku sku) {
        Instant now = clock.instant();
        ChannelStock stock = lockedStock(channel, sku, now);
        ChannelSellable sellable = channels.sellable(channel, sku);
        long before = stock.getSellable();
        if (stock.update(sellable.sellable(), now)) {
            if (before <= 0 && sellable.sellable() > 0) {
                backOnSale.fire(new BackOnSale(channel.getCode(), sku, sellable.sellable()));
            }
            String eventId = UUID.randomUUID().toString();
            ChannelStockChanged event = new ChannelStockChanged(ChannelStockChanged.SCHEMA_VERSION, eventId,
                    channel.getCode(), sku.getCode(), sellable.sellable(), sellable.available(), sellable.buffer(),
                    sellable.excluded(), stock.getSequence(), now);
            outbox.enqueue(new OutgoingEvent(Destinations.CHANNEL_STOCK_CHANGED, true, ChannelStockChanged.EVENT_TYPE,
                    eventId, Map.of(Headers.CHANNEL, channel.getCode(), Headers.SKU, sku.getCode()),
                    JsonCodec.toJson(event)));
        }
    }

    private ChannelStock lockedStock(SalesChannel channel, Sku sku, Instant now) {
        return em.createNamedQuery(ChannelStock.FIND, ChannelStock.class).setParameter("channel", channel)
                .setParameter("sku", sku).setLockMode(LockModeType.PESSIMISTIC_WRITE).getResultStream().findFirst()
                .orElseGet(() -> {
                    ChannelStock created = new ChannelStock(channel, sku, now);
                    em.persist(created);
                    em.flush();
                    return created;
                });
    }
}
