package org.omnistock.channel.boundary;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.omnistock.channel.entity.SellableRule;

/**
 * What an order, cart or reservation of a channel may take, by the channel's one sellable rule.
 *
 * @param locations the codes of the locations the channel draws on: the only ones it takes from
 * @param bySku     the rule applied to each SKU asked about, by SKU code
 */
public record ChannelLimits(String channel, Set<String> locations, Map<String, SellableRule.Sellable> bySku) {

    public ChannelLimits {
        locations = Set.copyOf(locations);
        bySku = Map.copyOf(bySku);
    }

    public boolean drawsOn(String location) {
        return locations.contains(location);
    }

    /** Units of the SKU the channel may sell now. */
    public long sellable(String sku) {
        return bySku.get(sku).sellable();
    }

    /** Why the channel may not sell the SKU at all, if it excludes it: the rule, as people read it. */
    public Optional<String> exclusion(String sku) {
        SellableRule.Sellable figure = bySku.get(sku);
        return figure.excluded() ? Optional.of(figure.rule().describe()) : Optional.empty();
    }

    /** Why the channel may sell only so much of the SKU now, for a decision's explanation. */
    public String why(String sku) {
        SellableRule.Sellable figure = bySku.get(sku);
        if (figure.excluded()) {
            return "channel " + channel + " does not sell it: " + figure.rule().describe();
        }
        return "channel " + channel + " may sell " + figure.sellable() + ": " + figure.available()
                + " available at its locations" + (figure.rule() == null ? ""
                : ", " + figure.buffer() + " held back by " + figure.rule().describe());
    }
}
