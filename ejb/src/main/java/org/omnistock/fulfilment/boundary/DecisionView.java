package org.omnistock.fulfilment.boundary;

import java.io.Serializable;
import java.time.Instant;
import java.util.Map;

import org.omnistock.fulfilment.entity.RoutingDecisionRecord;
import org.omnistock.fulfilment.routing.Decision;

/**
 * A routing decision as kept: when, why, by which rules, and the engine's whole explanation.
 *
 * @param excludedByReason how many locations each reason left out (the decision lists a few of each)
 */
public record DecisionView(long id, String orderNumber, String deliveryGroup, RoutingDecisionRecord.Trigger trigger,
                           Instant decidedAt, String decidedBy, int ruleSetVersion, Decision.Outcome outcome,
                           String summary, long computeMicros, Decision decision,
                           Map<String, Long> excludedByReason) implements Serializable {
}
