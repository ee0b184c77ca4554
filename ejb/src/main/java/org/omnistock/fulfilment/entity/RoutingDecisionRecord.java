package org.omnistock.fulfilment.entity;

import java.time.Instant;

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
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import org.omnistock.fulfilment.routing.Decision;
import org.omnistock.order.entity.CustomerOrder;
import org.omnistock.order.entity.DeliveryGroup;

/**
 * One routing of one delivery group, kept: the engine's {@link Decision} and the inputs it decided on, as JSON, so
 * that people can see why, and a what-if replay can decide again on the same inputs.
 */
@Entity
@Table(name = "routing_decision")
@NamedQuery(name = RoutingDecisionRecord.FIND_BY_ORDER, query = "SELECT d FROM RoutingDecisionRecord d "
        + "WHERE d.order = :order ORDER BY d.id")
@NamedQuery(name = RoutingDecisionRecord.FIND_FIRST_BETWEEN, query = "SELECT d FROM RoutingDecisionRecord d "
        + "JOIN FETCH d.order JOIN FETCH d.deliveryGroup WHERE d.trigger = org.omnistock.fulfilment.entity.RoutingDecisionRecord.Trigger.NEW_ORDER "
        + "AND d.decidedAt >= :from AND d.decidedAt < :to ORDER BY d.decidedAt DESC, d.id DESC")
public class RoutingDecisionRecord {

    public static final String FIND_BY_ORDER = "RoutingDecisionRecord.findByOrder";
    public static final String FIND_FIRST_BETWEEN = "RoutingDecisionRecord.findFirstBetween";

    /** What made routing decide. */
    public enum Trigger {
        NEW_ORDER, REJECTION, EXPIRY, MANUAL,
        /** Units left waiting when routing again after a rejection or expiry failed (another order took the stock). */
        RETRY
    }

    @Id
    @SequenceGenerator(name = "routing_decision_id", sequenceName = "order_row_id_block", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "routing_decision_id")
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "order_id")
    private CustomerOrder order;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "delivery_group_id")
    private DeliveryGroup deliveryGroup;

    @Enumerated(EnumType.STRING)
    @Column(name = "decision_trigger", nullable = false, length = 16)
    private Trigger trigger;

    @Column(name = "rule_set_version", nullable = false)
    private int ruleSetVersion;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private Decision.Outcome outcome;

    @Column(nullable = false, length = 1000)
    private String summary;

    @Column(nullable = false, length = 32000)
    private String explanation;

    @Column(nullable = false, length = 32000)
    private String inputs;

    @Column(name = "decided_at", nullable = false)
    private Instant decidedAt;

    @Column(name = "decided_by", nullable = false, length = 80)
    private String decidedBy;

    @Column(name = "compute_micros", nullable = false)
    private long computeMicros;

    protected RoutingDecisionRecord() {
    }

    public RoutingDecisionRecord(CustomerOrder order, DeliveryGroup deliveryGroup, Trigger trigger,
                                 Decision decision, String explanation, String inputs, Instant decidedAt,
                                 String decidedBy, long computeMicros) {
        this.order = order;
        this.deliveryGroup = deliveryGroup;
        this.trigger = trigger;
        this.ruleSetVersion = decision.ruleSetVersion();
        this.outcome = decision.outcome();
        this.summary = decision.summary().length() > 1000 ? decision.summary().substring(0, 997) + "..."
                : decision.summary();
        this.explanation = explanation;
        this.inputs = inputs;
        this.decidedAt = decidedAt;
        this.decidedBy = decidedBy;
        this.computeMicros = computeMicros;
    }

    public Long getId() {
        return id;
    }

    public CustomerOrder getOrder() {
        return order;
    }

    public DeliveryGroup getDeliveryGroup() {
        return deliveryGroup;
    }

    public Trigger getTrigger() {
        return trigger;
    }

    public int getRuleSetVersion() {
        return ruleSetVersion;
    }

    public Decision.Outcome getOutcome() {
        return outcome;
    }

    public String getSummary() {
        return summary;
    }

    public String getExplanation() {
        return explanation;
    }

    public String getInputs() {
        return inputs;
    }

    public Instant getDecidedAt() {
        return decidedAt;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public long getComputeMicros() {
        return computeMicros;
    }
}
