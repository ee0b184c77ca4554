package org.omnistock.channel.boundary;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;

import org.omnistock.channel.entity.ChannelRule;
import org.omnistock.channel.entity.ChannelType;
import org.omnistock.channel.entity.RuleKind;
import org.omnistock.channel.entity.RuleScope;
import org.omnistock.channel.entity.SalesChannel;
import org.omnistock.location.entity.Location;

/** A channel as clients see it. */
public record ChannelView(String code, String name, ChannelType type, List<String> locationIds,
                          List<RuleView> rules, String taxCountry, String taxRegion) implements Serializable {

    public record RuleView(RuleScope scope, String value, RuleKind kind, BigDecimal amount) implements Serializable {

        static RuleView of(ChannelRule rule) {
            return new RuleView(rule.getScope(), rule.getScopeValue(), rule.getKind(), rule.getAmount());
        }
    }

    static ChannelView of(SalesChannel channel) {
        return new ChannelView(channel.getCode(), channel.getName(), channel.getType(),
                channel.getLocations().stream().map(Location::getCode).sorted().toList(),
                channel.getRules().stream().map(RuleView::of).toList(), channel.getTaxCountry(),
                channel.getTaxRegion());
    }
}
