package org.omnistock.customer.entity;

import java.math.BigDecimal;
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
import jakarta.persistence.Table;

/** One movement of a customer's points, append-only; a source is counted once per kind. */
@Entity
@Table(name = "loyalty_movement")
@NamedQuery(name = LoyaltyMovement.FIND_BY_SOURCE, query = "SELECT m FROM LoyaltyMovement m "
        + "WHERE m.kind = :kind AND m.sourceReference = :source")
@NamedQuery(name = LoyaltyMovement.FIND_BY_CUSTOMERS, query = "SELECT m FROM LoyaltyMovement m "
        + "WHERE m.customer.id IN :customers ORDER BY m.occurredAt DESC, m.id DESC")
@NamedQuery(name = LoyaltyMovement.FIND_BY_CUSTOMERS_SINCE, query = "SELECT m FROM LoyaltyMovement m "
        + "WHERE m.customer.id IN :customers AND m.occurredAt >= :since")
@NamedQuery(name = LoyaltyMovement.CUSTOMERS_WITH_EXPIRY_DUE, query = "SELECT DISTINCT m.customer.id "
        + "FROM LoyaltyMovement m WHERE m.expiryOpen = TRUE AND m.expiresAt <= :now")
@NamedQuery(name = LoyaltyMovement.SUM_DUE_CREDITS, query = "SELECT SUM(m.points) FROM LoyaltyMovement m "
        + "WHERE m.customer.id IN :customers AND m.expiresAt <= :now")
@NamedQuery(name = LoyaltyMovement.SUM_DEBITS, query = "SELECT SUM(m.points) FROM LoyaltyMovement m "
        + "WHERE m.customer.id IN :customers AND (m.kind IN :debits OR m.kind = "
        + "org.omnistock.customer.entity.LoyaltyKind.ADJUST AND m.points < 0)")
@NamedQuery(name = LoyaltyMovement.CLOSE_EXPIRY, query = "UPDATE LoyaltyMovement m SET m.expiryOpen = FALSE "
        + "WHERE m.customer.id IN :customers AND m.expiryOpen = TRUE AND m.expiresAt <= :now")
@NamedQuery(name = LoyaltyMovement.SUM_PURCHASES_SINCE, query = "SELECT SUM(m.points), SUM(CASE WHEN m.kind = "
        + "org.omnistock.customer.entity.LoyaltyKind.EARN THEN m.amount ELSE -m.amount END) "
        + "FROM LoyaltyMovement m WHERE m.customer.id IN :customers AND m.occurredAt >= :since AND m.kind IN "
        + "(org.omnistock.customer.entity.LoyaltyKind.EARN, org.omnistock.customer.entity.LoyaltyKind.REVERSE)")
@NamedQuery(name = LoyaltyMovement.CUSTOMERS_PURCHASING_SINCE, query = "SELECT DISTINCT m.customer.id "
        + "FROM LoyaltyMovement m WHERE m.occurredAt >= :since AND m.kind IN "
        + "(org.omnistock.customer.entity.LoyaltyKind.EARN, org.omnistock.customer.entity.LoyaltyKind.REVERSE)")
@NamedQuery(name = LoyaltyMovement.COUNT_BY_CUSTOMERS, query = "SELECT COUNT(m) FROM LoyaltyMovement m "
        + "WHERE m.customer.id IN :customers")
public class LoyaltyMovement {

    public static final String FIND_BY_SOURCE = "LoyaltyMovement.findBySource";
    public static final String FIND_BY_CUSTOMERS = "LoyaltyMovement.findByCustomers";
    public static final String FIND_BY_CUSTOMERS_SINCE = "LoyaltyMovement.findByCustomersSince";
    public static final String COUNT_BY_CUSTOMERS = "LoyaltyMovement.countByCustomers";
    public static final String CUSTOMERS_WITH_EXPIRY_DUE = "LoyaltyMovement.customersWithExpiryDue";
    public static final String SUM_DUE_CREDITS = "LoyaltyMovement.sumDueCredits";
    public static final String SUM_DEBITS = "LoyaltyMovement.sumDebits";
    public static final String CLOSE_EXPIRY = "LoyaltyMovement.closeExpiry";
    public static final String CUSTOMERS_PURCHASING_SINCE = "LoyaltyMovement.customersPurchasingSince";
    public static final String SUM_PURCHASES_SINCE = "LoyaltyMovement.sumPurchasesSince";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "customer_id")
    private Customer customer;

    @Enumerated(EnumType.STRING)
    @Column(name = "movement_kind", nullable = false, length = 16)
    private LoyaltyKind kind;

    @Column(nullable = false)
    private long points;

    @Column(name = "balance_after", nullable = false)
    private long balanceAfter;

    @Column(name = "source_reference", nullable = false, length = 120)
    private String sourceReference;

    @Column(name = "channel_code", length = 32)
    private String channel;

    @Column(name = "location_code", length = 32)
    private String location;

    @Column(precision = 14, scale = 2)
    private BigDecimal amount;

    @Column(length = 200)
    private String reason;

    @Column(nullable = false, length = 80)
    private String actor;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    /** When points earned or given expire; null for points that do not, and for every other movement. */
    @Column(name = "expires_at")
    private Instant expiresAt;

    /** Until the expiry run has counted this movement's points, once they are due. */
    @Column(name = "expiry_open", nullable = false)
    private boolean expiryOpen;

    protected LoyaltyMovement() {
    }

    public LoyaltyMovement(Customer customer, LoyaltyKind kind, long points, long balanceAfter, String sourceReference,
                           String channel, String location, BigDecimal amount, String reason, String actor,
                           Instant occurredAt, Instant recordedAt) {
        this.customer = customer;
        this.kind = kind;
        this.points = points;
        this.balanceAfter = balanceAfter;
        this.sourceReference = sourceReference;
        this.channel = channel;
        this.location = location;
        this.amount = amount;
        this.reason = reason;
        this.actor = actor;
        this.occurredAt = occurredAt;
        this.recordedAt = recordedAt;
    }

    /** Points that expire at this instant unless spent first. */
    public void expiresAt(Instant at) {
        this.expiresAt = at;
        this.expiryOpen = at != null;
    }

    public Instant getExpiresAt() {
        return expiresAt;
    }

    public Long getId() {
        return id;
    }

    public Customer getCustomer() {
        return customer;
    }

    public LoyaltyKind getKind() {
        return kind;
    }

    public long getPoints() {
        return points;
    }

    public long getBalanceAfter() {
        return balanceAfter;
    }

    public String getSourceReference() {
        return sourceReference;
    }

    public String getChannel() {
        return channel;
    }

    public String getLocation() {
        return location;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public String getReason() {
        return reason;
    }

    public String getActor() {
        return actor;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }
}
