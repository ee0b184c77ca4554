package org.omnistock.webhook.entity;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** An API client's endpoint and what it wants sent there (webhook package documentation). */
@Entity
@Table(name = "webhook_subscription")
@NamedQuery(name = WebhookSubscription.FIND_BY_CODE,
        query = "SELECT s FROM WebhookSubscription s WHERE s.code = :code")
@NamedQuery(name = WebhookSubscription.LIST_ALL, query = "SELECT s FROM WebhookSubscription s ORDER BY s.id")
@NamedQuery(name = WebhookSubscription.LIST_OF_CLIENT,
        query = "SELECT s FROM WebhookSubscription s WHERE s.clientId = :clientId ORDER BY s.id")
@NamedQuery(name = WebhookSubscription.LIST_ACTIVE,
        query = "SELECT s FROM WebhookSubscription s WHERE s.status = org.omnistock.webhook.entity"
                + ".WebhookSubscription.Status.ACTIVE ORDER BY s.id")
public class WebhookSubscription {

    public static final String FIND_BY_CODE = "WebhookSubscription.findByCode";
    public static final String LIST_ALL = "WebhookSubscription.listAll";
    public static final String LIST_OF_CLIENT = "WebhookSubscription.listOfClient";
    public static final String LIST_ACTIVE = "WebhookSubscription.listActive";

    public enum Status {
        ACTIVE, DISABLED
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 40)
    private String code;

    @Column(name = "client_id", nullable = false, length = 64)
    private String clientId;

    @Column(nullable = false, length = 2000)
    private String url;

    /** The topic names, comma separated. */
    @Column(nullable = false, length = 500)
    private String topics;

    @Column(name = "channel_filter", length = 64)
    private String channelFilter;

    @Column(name = "location_filter", length = 64)
    private String locationFilter;

    @Column(name = "sku_filter", length = 64)
    private String skuFilter;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Status status;

    /** Encrypted by {@link org.omnistock.platform.SecretBox}. */
    @Column(nullable = false, length = 200)
    private String secret;

    @Column(name = "previous_secret", length = 200)
    private String previousSecret;

    @Column(name = "previous_secret_until")
    private Instant previousSecretUntil;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "last_success_at")
    private Instant lastSuccessAt;

    @Column(name = "last_failure_at")
    private Instant lastFailureAt;

    /** The first failure since the last success; null while the endpoint answers. */
    @Column(name = "failing_since")
    private Instant failingSince;

    @Column(name = "disabled_at")
    private Instant disabledAt;

    @Column(name = "disabled_reason", length = 500)
    private String disabledReason;

    @Version
    private long version;

    protected WebhookSubscription() {
    }

    public WebhookSubscription(String code, String clientId, String url, List<String> topics, String channelFilter,
                               String locationFilter, String skuFilter, String encryptedSecret, Instant createdAt) {
        this.code = code;
        this.clientId = clientId;
        this.createdAt = createdAt;
        this.secret = encryptedSecret;
        this.status = Status.ACTIVE;
        change(url, topics, channelFilter, locationFilter, skuFilter);
    }

    public void change(String url, List<String> topics, String channelFilter, String locationFilter,
                       String skuFilter) {
        this.url = url;
        this.topics = String.join(",", topics);
        this.channelFilter = channelFilter;
        this.locationFilter = locationFilter;
        this.skuFilter = skuFilter;
    }

    /** The new secret signs from now on; the one it replaces also until {@code previousUntil}. */
    public void rotateSecret(String encryptedSecret, Instant previousUntil) {
        this.previousSecret = this.secret;
        this.previousSecretUntil = previousUntil;
        this.secret = encryptedSecret;
    }

    public void succeeded(Instant at) {
        lastSuccessAt = at;
        failingSince = null;
    }

    public void failed(Instant at) {
        lastFailureAt = at;
        if (failingSince == null) {
            failingSince = at;
        }
    }

    public void disable(Instant at, String reason) {
        status = Status.DISABLED;
        disabledAt = at;
        disabledReason = reason;
    }

    public void enable() {
        status = Status.ACTIVE;
        disabledAt = null;
        disabledReason = null;
        failingSince = null;
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getClientId() {
        return clientId;
    }

    public String getUrl() {
        return url;
    }

    public List<String> getTopics() {
        return topics.isEmpty() ? List.of() : Arrays.asList(topics.split(","));
    }

    public String getChannelFilter() {
        return channelFilter;
    }

    public String getLocationFilter() {
        return locationFilter;
    }

    public String getSkuFilter() {
        return skuFilter;
    }

    public Status getStatus() {
        return status;
    }

    public boolean isActive() {
        return status == Status.ACTIVE;
    }

    public String getSecret() {
        return secret;
    }

    public String getPreviousSecret() {
        return previousSecret;
    }

    public Instant getPreviousSecretUntil() {
        return previousSecretUntil;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getLastSuccessAt() {
        return lastSuccessAt;
    }

    public Instant getLastFailureAt() {
        return lastFailureAt;
    }

    public Instant getFailingSince() {
        return failingSince;
    }

    public Instant getDisabledAt() {
        return disabledAt;
    }

    public String getDisabledReason() {
        return disabledReason;
    }
}
