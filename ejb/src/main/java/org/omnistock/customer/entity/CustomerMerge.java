package org.omnistock.customer.entity;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/** The record that one profile was folded into another, and what moved. */
@Entity
@Table(name = "customer_merge")
@NamedQuery(name = CustomerMerge.FIND_BY_SURVIVOR, query = "SELECT m FROM CustomerMerge m "
        + "WHERE m.survivor = :survivor ORDER BY m.id")
public class CustomerMerge {

    public static final String FIND_BY_SURVIVOR = "CustomerMerge.findBySurvivor";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "survivor_id")
    private Customer survivor;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "merged_id")
    private Customer merged;

    @Column(name = "keys_moved", nullable = false)
    private int keysMoved;

    @Column(name = "addresses_moved", nullable = false)
    private int addressesMoved;

    @Column(name = "points_moved", nullable = false)
    private long pointsMoved;

    @Column(name = "merged_at", nullable = false)
    private Instant mergedAt;

    @Column(name = "merged_by", nullable = false, length = 80)
    private String mergedBy;

    protected CustomerMerge() {
    }

    public CustomerMerge(Customer survivor, Customer merged, int keysMoved, int addressesMoved, long pointsMoved,
                         Instant mergedAt, String mergedBy) {
        this.survivor = survivor;
        this.merged = merged;
        this.keysMoved = keysMoved;
        this.addressesMoved = addressesMoved;
        this.pointsMoved = pointsMoved;
        this.mergedAt = mergedAt;
        this.mergedBy = mergedBy;
    }

    public Customer getSurvivor() {
        return survivor;
    }

    public Customer getMerged() {
        return merged;
    }

    public int getKeysMoved() {
        return keysMoved;
    }

    public int getAddressesMoved() {
        return addressesMoved;
    }

    public long getPointsMoved() {
        return pointsMoved;
    }

    public Instant getMergedAt() {
        return mergedAt;
    }

    public String getMergedBy() {
        return mergedBy;
    }
}
