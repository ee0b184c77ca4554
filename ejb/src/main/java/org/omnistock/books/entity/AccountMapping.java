package org.omnistock.books.entity;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/**
 * Which account a line of an entry goes to: by event type ({@link #ANY_EVENT} for any) and line role, optionally
 * narrowed by channel, location, category and reason. Never changed: a newer mapping takes over from its instant.
 */
@Entity
@Table(name = "account_mapping")
@NamedQuery(name = AccountMapping.ALL, query = "SELECT m FROM AccountMapping m ORDER BY m.id")
public class AccountMapping {

    public static final String ALL = "AccountMapping.all";

    /** The event type of a mapping for every event. */
    public static final String ANY_EVENT = "*";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "event_type", nullable = false, length = 32)
    private String eventType;

    @Column(name = "line_role", nullable = false, length = 32)
    private String role;

    @Column(name = "channel_code", length = 32)
    private String channel;

    @Column(name = "location_code", length = 32)
    private String location;

    @Column(length = 64)
    private String category;

    @Column(length = 32)
    private String reason;

    @Column(name = "account_number", nullable = false, length = 16)
    private String account;

    @Column(name = "effective_from", nullable = false)
    private Instant effectiveFrom;

    @Column(name = "created_by", nullable = false, length = 100)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected AccountMapping() {
    }

    public AccountMapping(String eventType, String role, String channel, String location, String category,
                          String reason, String account, Instant effectiveFrom, String createdBy, Instant createdAt) {
        this.eventType = eventType;
        this.role = role;
        this.channel = channel;
        this.location = location;
        this.category = category;
        this.reason = reason;
        this.account = account;
        this.effectiveFrom = effectiveFrom;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public String getEventType() {
        return eventType;
    }

    public String getRole() {
        return role;
    }

    public String getChannel() {
        return channel;
    }

    public String getLocation() {
        return location;
    }

    public String getCategory() {
        return category;
    }

    public String getReason() {
        return reason;
    }

    public String getAccount() {
        return account;
    }

    public Instant getEffectiveFrom() {
        return effectiveFrom;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
