package org.omnistock.webhook.entity;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/** One HTTP request of a delivery; written in batches by the dispatcher's rounds over JDBC, read here. */
@Entity
@Table(name = "webhook_attempt")
@NamedQuery(name = WebhookAttempt.OF_DELIVERY,
        query = "SELECT a FROM WebhookAttempt a WHERE a.deliveryId = :delivery ORDER BY a.id")
public class WebhookAttempt {

    public static final String OF_DELIVERY = "WebhookAttempt.ofDelivery";

    @Id
    private Long id;

    @Column(name = "delivery_id", nullable = false)
    private Long deliveryId;

    @Column(name = "attempted_at", nullable = false)
    private Instant attemptedAt;

    @Column(name = "duration_ms", nullable = false)
    private int durationMs;

    /** Null when no answer came (a timeout, a refused connection). */
    @Column(name = "status_code")
    private Integer statusCode;

    @Column(length = 500)
    private String error;

    protected WebhookAttempt() {
    }

    public Long getId() {
        return id;
    }

    public Long getDeliveryId() {
        return deliveryId;
    }

    public Instant getAttemptedAt() {
        return attemptedAt;
    }

    public int getDurationMs() {
        return durationMs;
    }

    public Integer getStatusCode() {
        return statusCode;
    }

    public String getError() {
        return error;
    }
}
