package org.omnistock.marketplace.entity;

import java.math.BigDecimal;
import java.time.Instant;

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

/** One shop on one marketplace, selling as one sales channel (marketplace package documentation). */
@Entity
@Table(name = "marketplace_account")
@NamedQuery(name = MarketplaceAccount.FIND_BY_CODE,
        query = "SELECT a FROM MarketplaceAccount a WHERE a.code = :code")
@NamedQuery(name = MarketplaceAccount.LIST_ALL, query = "SELECT a FROM MarketplaceAccount a ORDER BY a.code")
@NamedQuery(name = MarketplaceAccount.LIST_ENABLED,
        query = "SELECT a FROM MarketplaceAccount a WHERE a.enabled = TRUE ORDER BY a.code")
public class MarketplaceAccount {

    public static final String FIND_BY_CODE = "MarketplaceAccount.findByCode";
    public static final String LIST_ALL = "MarketplaceAccount.listAll";
    public static final String LIST_ENABLED = "MarketplaceAccount.listEnabled";

    public enum Kind {
        SHOPIFY, AMAZON
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 32)
    private String code;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private Kind kind;

    @Column(name = "channel_code", nullable = false, length = 32)
    private String channelCode;

    @Column(name = "base_url", nullable = false, length = 2000)
    private String baseUrl;

    /**
     * The credential the API takes, sealed by {@link org.omnistock.platform.SecretBox}: Shopify's Admin API access
     * token; Amazon's Login-with-Amazon refresh token, exchanged for hour-long access tokens.
     */
    @Column(name = "access_token", nullable = false, length = 500)
    private String accessToken;

    /** Where Login with Amazon gives access tokens, and the application's client id and sealed secret. */
    @Column(name = "login_url", length = 2000)
    private String loginUrl;

    @Column(name = "login_client_id", length = 200)
    private String loginClientId;

    @Column(name = "login_client_secret", length = 500)
    private String loginClientSecret;

    /** Sealed by {@link org.omnistock.platform.SecretBox}; what the marketplace signs its webhooks with. */
    @Column(name = "webhook_secret", length = 500)
    private String webhookSecret;

    /** Where on the marketplace the stock is set: a Shopify location's gid, an Amazon marketplace id. */
    @Column(name = "remote_location_id", length = 200)
    private String remoteLocationId;

    /** The seller's id on the marketplace (Amazon's feeds name it); null where the API needs none. */
    @Column(name = "remote_seller_id", length = 200)
    private String remoteSellerId;

    /**
     * Where to route an order whose address comes without coordinates (Amazon gives none): a point of the
     * account's country. Null where the marketplace gives them.
     */
    @Column(name = "default_latitude", precision = 8, scale = 6)
    private BigDecimal defaultLatitude;

    @Column(name = "default_longitude", precision = 9, scale = 6)
    private BigDecimal defaultLongitude;

    @Column(name = "requests_per_second", nullable = false, precision = 9, scale = 3)
    private BigDecimal requestsPerSecond;

    @Column(nullable = false)
    private int burst;

    @Column(nullable = false)
    private boolean enabled;

    /** The newest update of an order imported by a poll: the next poll reads from here less the overlap. */
    @Column(name = "order_cursor")
    private Instant orderCursor;

    @Column(name = "last_poll_at")
    private Instant lastPollAt;

    /** The server working the account while {@link #leaseUntil} is ahead; set by the lease's own update only. */
    @Column(name = "leased_by", insertable = false, updatable = false)
    private String leasedBy;

    @Column(name = "lease_until", insertable = false, updatable = false)
    private Instant leaseUntil;

    @Column(name = "last_push_at")
    private Instant lastPushAt;

    @Column(name = "last_full_sync_at")
    private Instant lastFullSyncAt;

    @Column(name = "last_error", length = 1000)
    private String lastError;

    @Column(name = "last_error_at")
    private Instant lastErrorAt;

    @Column(name = "orders_imported", nullable = false)
    private long ordersImported;

    @Column(name = "stock_conflicts", nullable = false)
    private long stockConflicts;

    @Column(nullable = false)
    private long throttled;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected MarketplaceAccount() {
    }

    public MarketplaceAccount(String code, Kind kind, String channelCode, String baseUrl, String sealedToken,
                              String sealedWebhookSecret, String remoteLocationId, BigDecimal requestsPerSecond,
                              int burst, Instant createdAt) {
        this.code = code;
        this.kind = kind;
        this.channelCode = channelCode;
        this.baseUrl = baseUrl;
        this.accessToken = sealedToken;
        this.webhookSecret = sealedWebhookSecret;
        this.remoteLocationId = remoteLocationId;
        this.requestsPerSecond = requestsPerSecond;
        this.burst = burst;
        this.enabled = true;
        this.createdAt = createdAt;
    }

    /** The seller's id, and the point orders without coordinates are routed as if from. */
    public void sellerAndDefaultPoint(String sellerId, BigDecimal latitude, BigDecimal longitude) {
        this.remoteSellerId = sellerId;
        this.defaultLatitude = latitude;
        this.defaultLongitude = longitude;
    }

    /** The application Login with Amazon gives access tokens to (Amazon accounts). */
    public void login(String url, String clientId, String sealedClientSecret) {
        this.loginUrl = url;
        this.loginClientId = clientId;
        this.loginClientSecret = sealedClientSecret;
    }

    public void enable(boolean enabled) {
        this.enabled = enabled;
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public Kind getKind() {
        return kind;
    }

    public String getChannelCode() {
        return channelCode;
    }

    public String getBaseUrl() {
        return baseUrl;
    }

    public String getAccessToken() {
        return accessToken;
    }

    public String getLoginUrl() {
        return loginUrl;
    }

    public String getLoginClientId() {
        return loginClientId;
    }

    public String getLoginClientSecret() {
        return loginClientSecret;
    }

    public String getWebhookSecret() {
        return webhookSecret;
    }

    public String getRemoteLocationId() {
        return remoteLocationId;
    }

    public String getRemoteSellerId() {
        return remoteSellerId;
    }

    public BigDecimal getDefaultLatitude() {
        return defaultLatitude;
    }

    public BigDecimal getDefaultLongitude() {
        return defaultLongitude;
    }

    public BigDecimal getRequestsPerSecond() {
        return requestsPerSecond;
    }

    public int getBurst() {
        return burst;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public Instant getOrderCursor() {
        return orderCursor;
    }

    /** The server working the account now, if any: its lease has not run out at {@code now}. */
    public String workedBy(Instant now) {
        return leaseUntil != null && leaseUntil.isAfter(now) ? leasedBy : null;
    }

    public Instant getLastPollAt() {
        return lastPollAt;
    }

    public Instant getLastPushAt() {
        return lastPushAt;
    }

    public Instant getLastFullSyncAt() {
        return lastFullSyncAt;
    }

    public String getLastError() {
        return lastError;
    }

    public Instant getLastErrorAt() {
        return lastErrorAt;
    }

    public long getOrdersImported() {
        return ordersImported;
    }

    public long getStockConflicts() {
        return stockConflicts;
    }

    public long getThrottled() {
        return throttled;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
