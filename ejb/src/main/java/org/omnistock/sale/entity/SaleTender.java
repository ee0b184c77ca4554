package org.omnistock.sale.entity;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** How part of a receipt was paid: signed, negative when money was paid back. */
@Embeddable
public class SaleTender {

    @Column(name = "tender_type", nullable = false, length = 16)
    private String type;

    @Column(nullable = false, precision = 19, scale = 4)
    private BigDecimal amount;

    @Column(length = 64)
    private String reference;

    /** Cash only: what was handed over; the change is the difference. */
    @Column(precision = 19, scale = 4)
    private BigDecimal given;

    protected SaleTender() {
    }

    public SaleTender(String type, BigDecimal amount, String reference, BigDecimal given) {
        this.type = type;
        this.amount = amount;
        this.reference = reference;
        this.given = given;
    }

    public String getType() {
        return type;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public String getReference() {
        return reference;
    }

    public BigDecimal getGiven() {
        return given;
    }
}
