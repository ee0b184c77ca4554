package org.omnistock.order.entity;

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
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * An amount authorised, captured or refunded for an order, as recorded here, and by which tender: the channel's
 * payment provider, or a gift card or store credit the platform redeemed or credited itself.
 */
@Entity
@Table(name = "order_payment")
public class Payment {

    @Id
    @SequenceGenerator(name = "order_payment_id", sequenceName = "order_row_id_block", allocationSize = 50)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "order_payment_id")
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "order_id")
    private CustomerOrder order;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private PaymentKind kind;

    @Column(nullable = false, precision = 19, scale = 4)
    private BigDecimal amount;

    /** Who holds the money: the channel's payment provider ({@code CARD}), a gift card, the store credit. */
    @Column(nullable = false, length = 16)
    private String tender;

    /** The gift card as it may be shown ({@code ****1234}); never its code. */
    @Column(name = "card_shown", length = 24)
    private String cardShown;

    @Column(nullable = false, length = 100)
    private String reference;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @Column(name = "recorded_by", nullable = false, length = 80)
    private String recordedBy;

    protected Payment() {
    }

    Payment(CustomerOrder order, PaymentKind kind, String tender, String cardShown, BigDecimal amount,
            String reference, Instant recordedAt, String recordedBy) {
        this.order = order;
        this.kind = kind;
        this.tender = tender;
        this.cardShown = cardShown;
        this.amount = amount;
        this.reference = reference;
        this.recordedAt = recordedAt;
        this.recordedBy = recordedBy;
    }

    public PaymentKind getKind() {
        return kind;
    }

    public String getTender() {
        return tender;
    }

    public String getCardShown() {
        return cardShown;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public String getReference() {
        return reference;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }

    public String getRecordedBy() {
        return recordedBy;
    }
}
