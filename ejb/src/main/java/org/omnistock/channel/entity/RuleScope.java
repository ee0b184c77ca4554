package org.omnistock.channel.entity;

/** What a channel rule applies to, from the least to the most specific. */
public enum RuleScope {
    ALL, CATEGORY, SKU
}
