package org.omnistock.customer.entity;

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

/** An identity key, normalised; it names one customer only. */
@Entity
@Table(name = "customer_key")
@NamedQuery(name = CustomerKey.FIND, query = "SELECT k FROM CustomerKey k JOIN FETCH k.customer "
        + "WHERE k.kind = :kind AND k.value = :value")
@NamedQuery(name = CustomerKey.FIND_ANY_KIND, query = "SELECT k FROM CustomerKey k JOIN FETCH k.customer "
        + "WHERE k.value = :value")
@NamedQuery(name = CustomerKey.FIND_EXTERNAL_OF, query = "SELECT k.value FROM CustomerKey k "
        + "WHERE k.customer = :customer AND k.kind = org.omnistock.customer.entity.KeyKind.EXTERNAL")
public class CustomerKey {

    public static final String FIND = "CustomerKey.find";
    public static final String FIND_ANY_KIND = "CustomerKey.findAnyKind";
    public static final String FIND_EXTERNAL_OF = "CustomerKey.findExternalOf";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "customer_id")
    private Customer customer;

    @Enumerated(EnumType.STRING)
    @Column(name = "key_kind", nullable = false, length = 16)
    private KeyKind kind;

    @Column(name = "key_value", nullable = false, length = 120)
    private String value;

    @Column(name = "added_at", nullable = false)
    private Instant addedAt;

    protected CustomerKey() {
    }

    CustomerKey(Customer customer, KeyKind kind, String value, Instant addedAt) {
        this.customer = customer;
        this.kind = kind;
        this.value = value;
        this.addedAt = addedAt;
    }

    void movedTo(Customer survivor) {
        this.customer = survivor;
    }

    public Long getId() {
        return id;
    }

    public Customer getCustomer() {
        return customer;
    }

    public KeyKind getKind() {
        return kind;
    }

    public String getValue() {
        return value;
    }

    public Instant getAddedAt() {
        return addedAt;
    }
}
