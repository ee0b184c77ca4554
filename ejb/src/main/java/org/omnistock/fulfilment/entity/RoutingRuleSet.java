package org.omnistock.fulfilment.entity;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/** One version of the routing rules; its definition is the engine's {@code RuleSet} as JSON. */
@Entity
@Table(name = "routing_rule_set")
@NamedQuery(name = RoutingRuleSet.FIND_ACTIVE, query = "SELECT r FROM RoutingRuleSet r "
        + "WHERE r.status = org.omnistock.fulfilment.entity.RuleSetStatus.ACTIVE")
@NamedQuery(name = RoutingRuleSet.ACTIVE_VERSION, query = "SELECT r.version FROM RoutingRuleSet r "
        + "WHERE r.status = org.omnistock.fulfilment.entity.RuleSetStatus.ACTIVE")
@NamedQuery(name = RoutingRuleSet.FIND_ALL, query = "SELECT r FROM RoutingRuleSet r ORDER BY r.version DESC")
@NamedQuery(name = RoutingRuleSet.MAX_VERSION, query = "SELECT MAX(r.version) FROM RoutingRuleSet r")
public class RoutingRuleSet {

    public static final String FIND_ACTIVE = "RoutingRuleSet.findActive";
    /** The active version's number alone: what routing asks at every decision. */
    public static final String ACTIVE_VERSION = "RoutingRuleSet.activeVersion";
    public static final String FIND_ALL = "RoutingRuleSet.findAll";
    public static final String MAX_VERSION = "RoutingRuleSet.maxVersion";

    @Id
    private int version;

    @Column(nullable = false, length = 100)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    private RuleSetStatus status = RuleSetStatus.DRAFT;

    @Column(nullable = false, length = 32000)
    private String definition;

    @Column(name = "content_hash", nullable = false, length = 64)
    private String contentHash;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, length = 80)
    private String createdBy;

    @Column(name = "published_at")
    private Instant publishedAt;

    @Column(name = "published_by", length = 80)
    private String publishedBy;

    @Column(name = "retired_at")
    private Instant retiredAt;

    protected RoutingRuleSet() {
    }

    public RoutingRuleSet(int version, String name, String definition, String contentHash, Instant createdAt,
                          String createdBy) {
        this.version = version;
        this.name = name;
        this.definition = definition;
        this.contentHash = contentHash;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
    }

    /** A draft's new content; the caller has checked that it is a draft. */
    public void redefine(String newName, String newDefinition, String newHash) {
        this.name = newName;
        this.definition = newDefinition;
        this.contentHash = newHash;
    }

    public void publish(Instant at, String by) {
        status = RuleSetStatus.ACTIVE;
        publishedAt = at;
        publishedBy = by;
    }

    public void retire(Instant at) {
        status = RuleSetStatus.RETIRED;
        retiredAt = at;
    }

    public int getVersion() {
        return version;
    }

    public String getName() {
        return name;
    }

    public RuleSetStatus getStatus() {
        return status;
    }

    public String getDefinition() {
        return definition;
    }

    public String getContentHash() {
        return contentHash;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getPublishedAt() {
        return publishedAt;
    }

    public String getPublishedBy() {
        return publishedBy;
    }

    public Instant getRetiredAt() {
        return retiredAt;
    }
}
