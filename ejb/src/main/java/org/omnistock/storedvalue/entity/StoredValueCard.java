package org.omnistock.storedvalue.entity;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

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

/**
 * A gift card or a customer's store credit: its balance is the sum of its movements, kept on the row that a
 * redemption locks, so two tills on the last of a card take turns and the second finds it spent.
 */
@Entity
@Table(name = "stored_value_card")
@NamedQuery(name = StoredValueCard.BY_CODE, query = "SELECT c FROM StoredValueCard c WHERE c.codeHash = :hash")
@NamedQuery(name = StoredValueCard.BY_OWNER, query = "SELECT c FROM StoredValueCard c WHERE c.creditOwner = :owner")
@NamedQuery(name = StoredValueCard.BY_ISSUE, query = "SELECT c FROM StoredValueCard c "
        + "WHERE c.issueReference = :reference")
@NamedQuery(name = StoredValueCard.EXPIRY_DUE, query = "SELECT c.id FROM StoredValueCard c "
        + "WHERE c.state <> org.omnistock.storedvalue.entity.CardState.EXPIRED AND c.expiresOn < :today "
        + "ORDER BY c.id")
@NamedQuery(name = StoredValueCard.OUTSTANDING, query = "SELECT SUM(c.balance) FROM StoredValueCard c")
public class StoredValueCard {

    public static final String BY_CODE = "StoredValueCard.byCode";
    public static final String BY_OWNER = "StoredValueCard.byOwner";
    public static final String BY_ISSUE = "StoredValueCard.byIssue";
    public static final String EXPIRY_DUE = "StoredValueCard.expiryDue";
    public static final String OUTSTANDING = "StoredValueCard.outstanding";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "card_kind", nullable = false, length = 16)
    private CardKind kind;

    @Column(name = "code_hash", length = 64)
    private String codeHash;

    @Column(name = "last_four", length = 4)
    private String lastFour;

    @Column(name = "credit_owner", length = 32)
    private String creditOwner;

    @Column(nullable = false, length = 3)
    private String currency;

    @Column(nullable = false, precision = 19, scale = 4)
    private BigDecimal balance;

    @Enumerated(EnumType.STRING)
    @Column(name = "card_state", nullable = false, length = 16)
    private CardState state;

    @Column(name = "expires_on")
    private LocalDate expiresOn;

    @Column(name = "state_reason", length = 200)
    private String stateReason;

    @Column(name = "issue_reference", nullable = false, length = 120)
    private String issueReference;

    @Column(name = "issued_at", nullable = false)
    private Instant issuedAt;

    @Column(name = "issued_location", length = 32)
    private String issuedLocation;

    @Version
    private long version;

    protected StoredValueCard() {
    }

    /** A gift card, its code already hashed; its balance comes with its ISSUE movement. */
    public static StoredValueCard giftCard(String codeHash, String lastFour, String currency, LocalDate expiresOn,
                                           String issueReference, Instant issuedAt, String location) {
        StoredValueCard card = new StoredValueCard(CardKind.GIFT_CARD, currency, issueReference, issuedAt, location);
        card.codeHash = codeHash;
        card.lastFour = lastFour;
        card.expiresOn = expiresOn;
        return card;
    }

    /** A customer's store credit, opened by its first credit; it does not expire. */
    public static StoredValueCard storeCredit(String customerNumber, String currency, Instant openedAt,
                                              String location) {
        return new StoredValueCard(CardKind.STORE_CREDIT, currency, "store-credit " + customerNumber, openedAt,
                location).ownedBy(customerNumber);
    }

    private StoredValueCard(CardKind kind, String currency, String issueReference, Instant issuedAt,
                            String location) {
        this.kind = kind;
        this.currency = currency;
        this.balance = BigDecimal.ZERO;
        this.state = CardState.ACTIVE;
        this.issueReference = issueReference;
        this.issuedAt = issuedAt;
        this.issuedLocation = location;
    }

    private StoredValueCard ownedBy(String customerNumber) {
        this.creditOwner = customerNumber;
        return this;
    }

    /** Adds a signed amount to the balance; the movement recording it carries the balance after. */
    public BigDecimal move(BigDecimal amount) {
        balance = balance.add(amount);
        return balance;
    }

    public void block(String reason) {
        state = CardState.BLOCKED;
        stateReason = reason;
    }

    public void unblock() {
        state = CardState.ACTIVE;
        stateReason = null;
    }

    public void expireOn(LocalDate date) {
        expiresOn = date;
    }

    /** Expired: nothing more pays with it; what it held went to breakage by the caller's EXPIRE movement. */
    public void expired() {
        state = CardState.EXPIRED;
        stateReason = "expired on " + expiresOn;
    }

    /** Whether the card's expiry has passed on this day: it may be used through its expiry date. */
    public boolean isPastExpiry(LocalDate today) {
        return expiresOn != null && expiresOn.isBefore(today);
    }

    public Long getId() {
        return id;
    }

    public CardKind getKind() {
        return kind;
    }

    public String getLastFour() {
        return lastFour;
    }

    public String getCreditOwner() {
        return creditOwner;
    }

    public String getCurrency() {
        return currency;
    }

    public BigDecimal getBalance() {
        return balance;
    }

    public CardState getState() {
        return state;
    }

    public LocalDate getExpiresOn() {
        return expiresOn;
    }

    public String getStateReason() {
        return stateReason;
    }

    public String getIssueReference() {
        return issueReference;
    }

    public Instant getIssuedAt() {
        return issuedAt;
    }

    public String getIssuedLocation() {
        return issuedLocation;
    }
}
