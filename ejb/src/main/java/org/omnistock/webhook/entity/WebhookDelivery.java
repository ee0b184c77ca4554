package org.omnistock.webhook.entity;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/**
 * One event for one subscription (webhook package documentation). Written in batches by the fan-out and the
 * dispatcher's rounds over JDBC; read here.
 */
@Entity
@Table(name = "webhook_delivery")
@NamedQuery(name = WebhookDelivery.OF_SUBSCRIPTION, query = "SELECT d FROM WebhookDelivery d "
        + "WHERE d.subscriptionId = :subscription AND d.createdAt >= :from AND d.createdAt < :to "
        + "AND d.status IN :statuses ORDER BY d.id DESC")
@NamedQuery(name = WebhookDelivery.COUNT_OF_SUBSCRIPTION, query = "SELECT COUNT(d) FROM WebhookDelivery d "
        + "WHERE d.subscriptionId = :subscription AND d.createdAt >= :from AND d.createdAt < :to "
        + "AND d.status IN :statuses")
@NamedQuery(name = WebhookDelivery.ORIGINALS_BETWEEN, query = "SELECT d FROM WebhookDelivery d "
        + "WHERE d.subscriptionId = :subscription AND d.createdAt >= :from AND d.createdAt < :to "
        + "AND d.replayOf IS NULL ORDER BY d.id")
public class WebhookDelivery {

    public static final String OF_SUBSCRIPTION = "WebhookDelivery.ofSubscription";
    public static final String COUNT_OF_SUBSCRIPTION = "WebhookDelivery.countOfSubscription";
    public static final String ORIGINALS_BETWEEN = "WebhookDelivery.originalsBetween";

    public enum Status {
        PENDING, DELIVERED, FAILED
    }

    @Id
    private Long id;

    @Column(name = "subscription_id", nullable = false)
    private Long subscriptionId;

    @Column(name = "event_id", nullable = false, length = 36)
    private String eventId;

    @Column(nullable = false, length = 40)
    private String topic;

    @Column(name = "aggregate_key", nullable = false, length = 200)
    private String aggregateKey;

    /** The envelope, exactly the bytes every attempt sends and signs. */
    @Column(nullable = false, length = 32000)
    private String body;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Status status;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    @Column(name = "last_status")
    private Integer lastStatus;

    @Column(name = "last_error", length = 500)
    private String lastError;

    @Column(name = "replay_of")
    private Long replayOf;

    protected WebhookDelivery() {
    }

    public Long getId() {
        return id;
    }

    public Long getSubscriptionId() {
        return subscriptionId;
    }

    public String getEventId() {
        return eventId;
    }

    public String getTopic() {
        return topic;
    }

    public String getAggregateKey() {
        return aggregateKey;
    }

    public String getBody() {
        return body;
    }

    public Status getStatus() {
        return status;
    }

    public int getAttempts() {
        return attempts;
    }

    public Instant getNextAttemptAt() {
        return nextAttemptAt;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getFinishedAt() {
        return finishedAt;
    }

    public Integer getLastStatus() {
        return lastStatus;
    }

    public String getLastError() {
        return lastError;
    }

    public Long getReplayOf() {
        return replayOf;
    }
}
