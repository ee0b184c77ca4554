package org.omnistock.channel.entity;

public enum RuleKind {
    /** Hold back this many units from the channel. */
    BUFFER_UNITS,
    /** Hold back this percentage of what the channel's locations have available, rounded up. */
    BUFFER_PERCENT,
    /** The channel does not sell it at all. */
    EXCLUDE
}
