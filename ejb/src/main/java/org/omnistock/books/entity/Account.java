package org.omnistock.books.entity;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/** An account of the chart. Never deleted: entries name it. */
@Entity
@Table(name = "account")
@NamedQuery(name = Account.ALL, query = "SELECT a FROM Account a ORDER BY a.number")
public class Account {

    public static final String ALL = "Account.all";

    @Id
    @Column(name = "account_number", length = 16)
    private String number;

    @Column(nullable = false, length = 200)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "account_type", nullable = false, length = 16)
    private AccountType type;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Account() {
    }

    public Account(String number, String name, AccountType type, Instant createdAt) {
        this.number = number;
        this.name = name;
        this.type = type;
        this.createdAt = createdAt;
    }

    public String getNumber() {
        return number;
    }

    public String getName() {
        return name;
    }

    public AccountType getType() {
        return type;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
