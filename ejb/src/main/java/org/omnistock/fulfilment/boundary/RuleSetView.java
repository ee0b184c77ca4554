package org.omnistock.fulfilment.boundary;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

import org.omnistock.fulfilment.entity.RuleSetStatus;
import org.omnistock.fulfilment.routing.Strategy;

/** A rule set version as clients see it. */
public record RuleSetView(int version, String name, RuleSetStatus status, List<Strategy> strategies,
                          String contentHash, Instant createdAt, String createdBy, Instant publishedAt,
                          String publishedBy, Instant retiredAt) implements Serializable {
}
