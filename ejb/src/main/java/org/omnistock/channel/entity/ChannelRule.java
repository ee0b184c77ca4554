package org.omnistock.channel.entity;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A buffer or an exclusion of one channel, for all SKUs, a category or one SKU. */
@Entity
@Table(name = "channel_rule")
public class ChannelRule {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "channel_id")
    private SalesChannel channel;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private RuleScope scope;

    @Column(name = "scope_value", nullable = false, length = 100)
    private String scopeValue;

    @Enumerated(EnumType.STRING)
    @Column(name = "rule_kind", nullable = false, length = 16)
    private RuleKind kind;

    @Column(nullable = false, precision = 9, scale = 2)
    private BigDecimal amount;

    protected ChannelRule() {
    }

    ChannelRule(SalesChannel channel, RuleScope scope, String scopeValue, RuleKind kind, BigDecimal amount) {
        this.channel = channel;
        this.scope = scope;
        this.scopeValue = scopeValue;
        this.kind = kind;
        this.amount = amount;
    }

    void setAmount(BigDecimal amount) {
        this.amount = amount;
    }

    public SellableRule.Rule toRule() {
        return new SellableRule.Rule(scope, scopeValue, kind, amount);
    }

    public RuleScope getScope() {
        return scope;
    }

    public String getScopeValue() {
        return scopeValue;
    }

    public RuleKind getKind() {
        return kind;
    }

    public BigDecimal getAmount() {
        return amount;
    }
}
