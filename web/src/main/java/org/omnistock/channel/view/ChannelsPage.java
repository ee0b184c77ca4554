package org.omnistock.channel.view;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.omnistock.channel.boundary.ChannelSellable;
import org.omnistock.channel.boundary.ChannelView;
import org.omnistock.channel.boundary.Channels;
import org.omnistock.channel.boundary.NewRule;
import org.omnistock.channel.entity.RuleKind;
import org.omnistock.channel.entity.RuleScope;
import org.omnistock.platform.view.Messages;

/**
 * Backs channel/channels.xhtml: the sales channels, the locations each draws on and its rules (buffers and
 * exclusions), a rule set or taken off, and what a channel may sell of a SKU under them, worked out by the one rule
 * orders and the channels' stock events use.
 */
@Named
@ViewScoped
public class ChannelsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    Channels channels;

    private List<ChannelView> all = List.of();
    private String selected;

    private RuleScope ruleScope = RuleScope.CATEGORY;
    private String ruleValue;
    private RuleKind ruleKind = RuleKind.BUFFER_UNITS;
    private BigDecimal ruleAmount;

    private String sku;
    private ChannelSellable sellable;

    public void load() {
        all = channels.list();
    }

    public void select(String channel) {
        selected = channel;
        sellable = null;
    }

    public void setRule() {
        ChannelView changed = Messages.attempt(() -> channels.setRule(selected, new NewRule(ruleScope, ruleValue,
                ruleKind, ruleAmount)));
        if (changed != null) {
            Messages.info(selected + ": " + ruleKind + " for " + ruleScope + (ruleScope == RuleScope.ALL ? ""
                    : " " + ruleValue) + " set");
            ruleValue = null;
            ruleAmount = null;
        }
        load();
    }

    public void removeRule(ChannelView.RuleView rule) {
        if (Messages.attempt(() -> channels.removeRule(selected, rule.scope(), rule.value(), rule.kind())) != null) {
            Messages.info(selected + ": " + rule.kind() + " for " + rule.scope() + " " + rule.value() + " taken off");
        }
        load();
    }

    public void checkSku() {
        sellable = Messages.attempt(() -> channels.sellable(selected, sku == null ? "" : sku.strip()));
    }

    public ChannelView getChannel() {
        return all.stream().filter(c -> c.code().equals(selected)).findFirst().orElse(null);
    }

    public String locationsOf(ChannelView channel) {
        return String.join(", ", channel.locationIds());
    }

    public RuleScope[] getScopes() {
        return RuleScope.values();
    }

    public RuleKind[] getKinds() {
        return RuleKind.values();
    }

    public List<ChannelView> getAll() {
        return all;
    }

    public String getSelected() {
        return selected;
    }

    public void setSelected(String selected) {
        this.selected = selected == null || selected.isBlank() ? null : selected;
    }

    public RuleScope getRuleScope() {
        return ruleScope;
    }

    public void setRuleScope(RuleScope ruleScope) {
        this.ruleScope = ruleScope;
    }

    public String getRuleValue() {
        return ruleValue;
    }

    public void setRuleValue(String ruleValue) {
        this.ruleValue = ruleValue;
    }

    public RuleKind getRuleKind() {
        return ruleKind;
    }

    public void setRuleKind(RuleKind ruleKind) {
        this.ruleKind = ruleKind;
    }

    public BigDecimal getRuleAmount() {
        return ruleAmount;
    }

    public void setRuleAmount(BigDecimal ruleAmount) {
        this.ruleAmount = ruleAmount;
    }

    public String getSku() {
        return sku;
    }

    public void setSku(String sku) {
        this.sku = sku;
    }

    public ChannelSellable getSellable() {
        return sellable;
    }
}
