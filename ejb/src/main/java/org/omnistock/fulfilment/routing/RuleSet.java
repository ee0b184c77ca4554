package org.omnistock.fulfilment.routing;

import java.util.List;

/** A version of the routing rules: its strategies, tried in order. */
public record RuleSet(int version, List<Strategy> strategies) {

    public RuleSet {
        strategies = List.copyOf(strategies);
    }
}
