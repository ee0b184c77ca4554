package org.omnistock.storedvalue.entity;

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

/** One change to a card, signed, with the balance after it; once per card, kind and reference. */
@Entity
@Table(name = "stored_value_movement")
@NamedQuery(name = StoredValueMovement.OF_CARD, query = "SELECT m FROM StoredValueMovement m "
        + "WHERE m.card.id = :card ORDER BY m.id")
@NamedQuery(name = StoredValueMovement.ONCE, query = "SELECT m FROM StoredValueMovement m "
        + "WHERE m.card.id = :card AND m.kind = :kind AND m.reference = :reference")
public class StoredValueMovement {

    public static final String OF_CARD = "StoredValueMovement.ofCard";
    public static final String ONCE = "StoredValueMovement.once";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "card_id")
    private StoredValueCard card;

    @Enumerated(EnumType.STRING)
    @Column(name = "movement_kind", nullable = false, length = 16)
    private MovementKind kind;

    @Column(nullable = false, precision = 19, scale = 4)
    private BigDecimal amount;

    @Column(name = "balance_after", nullable = false, precision = 19, scale = 4)
    private BigDecimal balanceAfter;

    @Column(nullable = false, length = 120)
    private String reference;

    @Column(name = "location_code", length = 32)
    private String location;

    @Column(length = 200)
    private String note;

    @Column(nullable = false, length = 100)
    private String actor;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected StoredValueMovement() {
    }

    /** Records the movement and moves the card's balance by its amount. */
    public StoredValueMovement(StoredValueCard card, MovementKind kind, BigDecimal amount, String reference,
                               String location, String note, String actor, Instant recordedAt) {
        this.card = card;
        this.kind = kind;
        this.amount = amount;
        this.balanceAfter = card.move(amount);
        this.reference = reference;
        this.location = location;
        this.note = note;
        this.actor = actor;
        this.recordedAt = recordedAt;
    }

    public Long getId() {
        return id;
    }

    public StoredValueCard getCard() {
        return card;
    }

    public MovementKind getKind() {
        return kind;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public BigDecimal getBalanceAfter() {
        return balanceAfter;
    }

    public String getReference() {
        return reference;
    }

    public String getLocation() {
        return location;
    }

    public String getNote() {
        return note;
    }

    public String getActor() {
        return actor;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }
}
