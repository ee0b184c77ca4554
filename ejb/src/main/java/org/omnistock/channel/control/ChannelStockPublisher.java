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
import org.omnistock.channel.boundary.Channels;
import org.omnistock.channel.entity.ChannelStock;
import org.omnistock.channel.entity.SalesChannel;
import org.omnistock.channel.entity.SellableRule;
import org.omnistock.messages.Destinations;
import org.omnistock.messages.Headers;
import org.omnistock.messages.JsonCodec;
import org.omnistock.messages.channel.ChannelStockChanged;
import org.omnistock.outbox.control.Outbox;
import org.omnistock.outbox.control.OutgoingEvent;
import org.omnistock.platform.Refusal;
import org.omnistock.stock.control.StockLevelsChanged;

/**
 * After stock levels change, in their transaction: each channel drawing on a changed location recomputes what it
 * may sell of the SKUs changed there, and announces each figure that changed. A multi-level posting (an order's
 * lines, a sale's) comes as one event, so each channel sums its locations' stock once for all the SKUs rather than
 * once per level. The channel stock rows are locked first, channel by channel in code order and SKU by SKU in code
 * order, the same order in every transaction, so that changes at several locations of one channel are counted one
 * after the other. When the channel may sell again a SKU it could not, a {@link BackOnSale} event says so.
 *
 * <p>Stock taken for a channel (an order's reservations, a cart's hold, a reservation of the channel's client) must
 * keep the channel's rules, and is refused here, under the same locks, if it does not: taken at a location the
 * channel does not draw on, or leaving the channel's locations with less than its buffer (or of a SKU it excludes).
 * Routing and carts read the same rule beforehand ({@link Channels#limits}); this is where a race loses.</p>
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
            List<SalesChannel> channelsHere = drawingOn.computeIfAbsent(level.location().getId(), location ->
                    em.createNamedQuery(SalesChannel.FIND_DRAWING_ON, SalesChannel.class)
                            .setParameter("location", location).getResultList());
            if (changes.forChannel() != null && channelsHere.stream()
                    .noneMatch(channel -> channel.getCode().equals(changes.forChannel()))) {
                throw new Refusal(Refusal.Kind.INVALID, "location-not-in-channel", "channel "
                        + changes.forChannel() + " does not draw on " + level.location().getCode());
            }
            for (SalesChannel channel : channelsHere) {
                skusOf.computeIfAbsent(channel, first -> new TreeMap<>()).putIfAbsent(level.sku().getCode(),
                        level.sku());
            }
        }
        skusOf.forEach((channel, skus) -> recompute(channel, skus.values(),
                channel.getCode().equals(changes.forChannel())));
    }

    /** @param takenFor whether the stock was taken for this channel: then it must keep the channel's rules */
    private void recompute(SalesChannel channel, Collection<Sku> skus, boolean takenFor) {
        Instant now = clock.instant();
        Map<String, ChannelStock> locked = new LinkedHashMap<>();
        skus.forEach(sku -> locked.put(sku.getCode(), lockedStock(channel, sku, now)));
        Map<String, SellableRule.Sellable> figures = channels.figures(channel, skus);
        for (Sku sku : skus) {
            ChannelStock stock = locked.get(sku.getCode());
            SellableRule.Sellable sellable = figures.get(sku.getCode());
            if (takenFor && sellable.overdrawn()) {
                throw new Refusal(Refusal.Kind.INVALID, "channel-sellable-exceeded", "channel " + channel.getCode()
                        + " may not have that much of " + sku.getCode() + ": " + (sellable.excluded()
                        ? sellable.rule().describe() : "its locations would have " + sellable.available()
                        + " available, less than " + sellable.rule().describe()));
            }
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
                    JsonCodec.toJson(event), "channel-stock:" + channel.getCode() + "/" + sku.getCode()));
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
