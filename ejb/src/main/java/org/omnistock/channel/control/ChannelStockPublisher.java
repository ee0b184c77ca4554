package org.omnistock.channel.control;

import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
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
import org.omnistock.stock.control.StockLevelsChanged;

/**
 * After stock levels change, in their transaction: each channel drawing on a changed location recomputes what it
 * may sell of the SKUs changed there, and announces each figure that changed. A multi-level posting (an order's
 * lines, a sale's) comes as one event, so each channel sums its locations' stock once for all the SKUs rather than
 * once per level. The channel stock rows are locked first, channel by channel in code order and SKU by SKU in code
 * order, the same order in every transaction, so that changes at several locations of one channel are counted one
 * after the other. When the channel may sell again a SKU it could not, a {@link BackOnSale} event says so.
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

    public void levelsChanged(@Observes StockLevelsChanged changes) {
        Map<Long, List<SalesChannel>> drawingOn = new HashMap<>();
        SortedMap<SalesChannel, SortedMap<String, Sku>> skusOf = new TreeMap<>(
                Comparator.comparing(SalesChannel::getCode));
        for (StockLevelsChanged.Level level : changes.levels()) {
            for (SalesChannel channel : drawingOn.computeIfAbsent(level.location().getId(), location ->
                    em.createNamedQuery(SalesChannel.FIND_DRAWING_ON, SalesChannel.class)
                            .setParameter("location", location).getResultList())) {
                skusOf.computeIfAbsent(channel, first -> new TreeMap<>()).putIfAbsent(level.sku().getCode(),
                        level.sku());
            }
        }
        skusOf.forEach((channel, skus) -> recompute(channel, skus.values()));
    }

    private void recompute(SalesChannel channel, Collection<Sku> skus) {
        Instant now = clock.instant();
        Map<String, ChannelStock> locked = new LinkedHashMap<>();
        skus.forEach(sku -> locked.put(sku.getCode(), lockedStock(channel, sku, now)));
        Map<String, ChannelSellable> figures = channels.sellable(channel, skus);
        for (Sku sku : skus) {
            ChannelStock stock = locked.get(sku.getCode());
            ChannelSellable sellable = figures.get(sku.getCode());
            long before = stock.getSellable();
            if (!stock.update(sellable.sellable(), now)) {
                continue;
            }
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
