package org.omnistock.channel.entity;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import org.omnistock.catalog.entity.Sku;

/** What a channel was last told it can sell of a SKU. */
@Entity
@Table(name = "channel_stock")
@NamedQuery(name = ChannelStock.FIND, query = "SELECT s FROM ChannelStock s WHERE s.channel = :channel AND s.sku = :sku")
public class ChannelStock {

    public static final String FIND = "ChannelStock.find";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "channel_id")
    private SalesChannel channel;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "sku_id")
    private Sku sku;

    @Column(nullable = false)
    private long sellable;

    @Column(name = "sequence_number", nullable = false)
    private long sequence;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected ChannelStock() {
    }

    public ChannelStock(SalesChannel channel, Sku sku, Instant now) {
        this.channel = channel;
        this.sku = sku;
        this.sellable = -1;
        this.updatedAt = now;
    }

    /** @return true if the sellable quantity changed (and the sequence advanced) */
    public boolean update(long newSellable, Instant now) {
        if (newSellable == sellable) {
            return false;
        }
        sellable = newSellable;
        sequence++;
        updatedAt = now;
        return true;
    }

    public long getSellable() {
        return sellable;
    }

    public long getSequence() {
        return sequence;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
