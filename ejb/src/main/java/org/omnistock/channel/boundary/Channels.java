package org.omnistock.channel.boundary;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.omnistock.access.boundary.Access;
import org.omnistock.access.boundary.Caller;
import org.omnistock.access.entity.Scopes;
import org.omnistock.catalog.boundary.Skus;
import org.omnistock.catalog.entity.Sku;
import org.omnistock.channel.entity.ChannelRule;
import org.omnistock.channel.entity.RuleKind;
import org.omnistock.channel.entity.RuleScope;
import org.omnistock.channel.entity.SalesChannel;
import org.omnistock.channel.entity.SellableRule;
import org.omnistock.location.boundary.Locations;
import org.omnistock.location.boundary.TaxPlaceRequest;
import org.omnistock.location.entity.Location;
import org.omnistock.platform.Idempotent;
import org.omnistock.platform.Refusal;
import org.omnistock.stock.boundary.StockLedger;

/** Sales channels, their rules, and what each may sell; see the channel package. */
@Stateless
public class Channels {

    @PersistenceContext(unitName = "omnistock")
    EntityManager em;

    @Inject
    Access access;

    @Inject
    Locations locations;

    @Inject
    Skus skus;

    @Inject
    StockLedger ledger;

    @Inject
    Clock clock;

    @Idempotent
    public ChannelView create(@NotNull @Valid NewChannel request) {
        access.require(Scopes.CATALOG_WRITE);
        if (find(request.code()).isPresent()) {
            throw new Refusal(Refusal.Kind.CONFLICT, "channel-exists", "channel " + request.code() + " already exists");
        }
        List<Location> drawsOn = new ArrayList<>();
        for (String code : request.locationIds().stream().distinct().toList()) {
            drawsOn.add(locations.find(code).orElseThrow(() -> new Refusal(Refusal.Kind.INVALID, "unknown-location",
                    "there is no location " + code)));
        }
        SalesChannel channel = new SalesChannel(request.code(), request.name().strip(), request.type(), drawsOn,
                clock.instant());
        em.persist(channel);
        return ChannelView.of(channel);
    }

    /**
     * Where the channel sells from, for tax (docs/sale-to-cash.md, "orders' tax"): its orders are taxed from now on
     * at the rates of where each is supplied (the delivery address, or the store it is collected at), split as GST
     * between or inside the seller's state; no country: they are not taxed.
     */
    public ChannelView setTaxHome(String channelCode, @NotNull @Valid TaxPlaceRequest home) {
        access.require(Scopes.TAX_WRITE);
        home.requireConsistent();
        SalesChannel channel = require(channelCode);
        channel.setTaxHome(home.countryOrNone(), home.regionOrNone());
        return ChannelView.of(channel);
    }

    /** Adds the rule, or changes the amount of the channel's rule with the same scope, value and kind. */
    public ChannelView setRule(String channelCode, @NotNull @Valid NewRule request) {
        access.require(Scopes.CATALOG_WRITE);
        SalesChannel channel = require(channelCode);
        if (request.scope() != RuleScope.ALL && (request.value() == null || request.value().isBlank())) {
            throw new Refusal(Refusal.Kind.INVALID, "rule-value-missing",
                    "a rule for a " + request.scope() + " needs the " + request.scope().name().toLowerCase());
        }
        BigDecimal amount = request.kind() == RuleKind.EXCLUDE ? BigDecimal.ZERO
                : Optional.ofNullable(request.amount()).orElseThrow(() -> new Refusal(Refusal.Kind.INVALID,
                        "rule-amount-missing", "a buffer needs an amount"));
        if (request.kind() == RuleKind.BUFFER_PERCENT && amount.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw new Refusal(Refusal.Kind.INVALID, "rule-amount-too-large", "a percentage is at most 100");
        }
        ChannelRule rule = channel.setRule(request.scope(), request.value() == null ? "" : request.value().strip(),
                request.kind(), amount);
        em.persist(rule);
        return ChannelView.of(channel);
    }

    /** Takes a buffer or exclusion off the channel; 404 if it has no such rule. */
    public ChannelView removeRule(String channelCode, RuleScope scope, String value, RuleKind kind) {
        access.require(Scopes.CATALOG_WRITE);
        SalesChannel channel = require(channelCode);
        ChannelRule rule = channel.removeRule(scope, value == null ? "" : value.strip(), kind).orElseThrow(
                () -> new Refusal(Refusal.Kind.NOT_FOUND, "unknown-rule", "channel " + channelCode + " has no "
                        + kind + " rule for " + scope + (scope == RuleScope.ALL ? "" : " " + value)));
        em.remove(rule);
        return ChannelView.of(channel);
    }

    public List<ChannelView> list() {
        access.require(Scopes.READ);
        return em.createNamedQuery(SalesChannel.FIND_ALL, SalesChannel.class).getResultStream()
                .map(ChannelView::of).toList();
    }

    public Optional<ChannelView> findByCode(String code) {
        access.require(Scopes.READ);
        return find(code).map(ChannelView::of);
    }

    /** What the channel may sell of the SKU now, by the one sellable rule. */
    public ChannelSellable sellable(String channelCode, String skuCode) {
        access.require(Scopes.READ);
        SalesChannel channel = require(channelCode);
        Sku sku = skus.find(skuCode).orElseThrow(
                () -> new Refusal(Refusal.Kind.NOT_FOUND, "unknown-sku", "there is no SKU " + skuCode));
        return sellable(channel, List.of(sku)).get(sku.getCode());
    }

    /** What the channel may sell of each SKU, by SKU code, the stock summed in one query. */
    public Map<String, ChannelSellable> sellable(SalesChannel channel, Collection<Sku> skus) {
        Map<String, ChannelSellable> sellable = new HashMap<>();
        figures(channel, skus).forEach((code, figure) -> sellable.put(code, new ChannelSellable(channel.getCode(),
                code, figure.available(), figure.buffer(), figure.excluded(), figure.sellable(),
                figure.rule() == null ? null : figure.rule().describe())));
        return sellable;
    }

    /** The one sellable rule applied to each SKU, by SKU code, the stock summed in one query; for the publisher. */
    public Map<String, SellableRule.Sellable> figures(SalesChannel channel, Collection<Sku> skus) {
        Map<Long, Long> available = ledger.totalAvailable(skus, channel.getLocations());
        List<SellableRule.Rule> rules = channel.getRules().stream().map(ChannelRule::toRule).toList();
        Map<String, SellableRule.Sellable> figures = new HashMap<>();
        for (Sku sku : skus) {
            figures.put(sku.getCode(), SellableRule.sellable(available.getOrDefault(sku.getId(), 0L), rules,
                    sku.getCode(), sku.getCategory()));
        }
        return figures;
    }

    /**
     * What an order, cart or reservation of the channel may take: only from the locations it draws on, and of each
     * SKU at most what it may sell now (the same rule as its announced figure). Read without locks; stock taken for
     * the channel is checked again under them ({@code ChannelStockPublisher}).
     */
    public ChannelLimits limits(String channelCode, Collection<Sku> skus) {
        SalesChannel channel = require(channelCode);
        Set<String> drawsOn = new TreeSet<>();
        channel.getLocations().forEach(location -> drawsOn.add(location.getCode()));
        return new ChannelLimits(channel.getCode(), drawsOn, figures(channel, skus));
    }

    /**
     * The channel an order or cart sells through: a client bound to a channel sells as that channel only; any other
     * caller names an existing channel.
     *
     * @throws Refusal FORBIDDEN {@code forbidden-channel}, INVALID {@code channel-required} or {@code unknown-channel}
     */
    public String sellingChannel(Caller caller, String requested) {
        String channel = requested == null || requested.isBlank() ? null : requested.strip();
        if (caller.channel() != null) {
            if (channel != null && !channel.equals(caller.channel())) {
                throw new Refusal(Refusal.Kind.FORBIDDEN, "forbidden-channel", caller + " sells only as channel "
                        + caller.channel() + ", not as " + channel);
            }
            return caller.channel();
        }
        if (channel == null) {
            throw new Refusal(Refusal.Kind.INVALID, "channel-required", "channel is required: the caller sells "
                    + "through no channel of its own", List.of(new Refusal.Detail("channel",
                    "must name the channel the order was sold through")));
        }
        if (find(channel).isEmpty()) {
            throw new Refusal(Refusal.Kind.INVALID, "unknown-channel", "there is no channel " + channel);
        }
        return channel;
    }

    /** The channel entity for another capability's entities to refer to. */
    public Optional<SalesChannel> find(String code) {
        return em.createNamedQuery(SalesChannel.FIND_BY_CODE, SalesChannel.class).setParameter("code", code)
                .getResultStream().findFirst();
    }

    private SalesChannel require(String code) {
        return find(code).orElseThrow(
                () -> new Refusal(Refusal.Kind.NOT_FOUND, "unknown-channel", "there is no channel " + code));
    }
}
