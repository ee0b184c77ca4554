package org.omnistock.customer.entity;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/**
 * A level of the loyalty programme (silver, gold) that a customer reaches when what they earned or spent over the
 * programme's window comes to its threshold; its benefit is its customer group.
 */
@Entity
@Table(name = "loyalty_tier")
@NamedQuery(name = LoyaltyTier.LIST_ALL, query = "SELECT t FROM LoyaltyTier t ORDER BY t.threshold")
public class LoyaltyTier {

    public static final String LIST_ALL = "LoyaltyTier.listAll";

    @Id
    @Column(length = 32)
    private String code;

    @Column(nullable = false, length = 80)
    private String name;

    @Column(nullable = false, precision = 14, scale = 2)
    private BigDecimal threshold;

    @Column(name = "customer_group", length = 32)
    private String customerGroup;

    protected LoyaltyTier() {
    }

    public LoyaltyTier(String code, String name, BigDecimal threshold, String customerGroup) {
        this.code = code;
        describe(name, threshold, customerGroup);
    }

    public void describe(String name, BigDecimal threshold, String customerGroup) {
        this.name = name;
        this.threshold = threshold;
        this.customerGroup = customerGroup;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public BigDecimal getThreshold() {
        return threshold;
    }

    public String getCustomerGroup() {
        return customerGroup;
    }
}
