package org.omnistock.analytics.entity;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** Units, revenue, and the revenue whose cost is known with that cost: what every total of sales facts keeps. */
@Embeddable
public class SalesSums {

    @Column(nullable = false)
    private int units;

    @Column(nullable = false, precision = 19, scale = 4)
    private BigDecimal revenue = BigDecimal.ZERO;

    @Column(name = "costed_revenue", nullable = false, precision = 19, scale = 4)
    private BigDecimal costedRevenue = BigDecimal.ZERO;

    @Column(nullable = false, precision = 19, scale = 4)
    private BigDecimal cost = BigDecimal.ZERO;

    /** Adds one fact; its revenue counts towards the margin only if its cost is known. */
    void add(SalesFact fact) {
        units += fact.getUnits();
        revenue = revenue.add(fact.getRevenue());
        if (fact.getCost() != null) {
            costedRevenue = costedRevenue.add(fact.getRevenue());
            cost = cost.add(fact.getCost());
        }
    }
}
