package org.omnistock.purchasing.entity;

import java.math.BigDecimal;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/**
 * A category's delivery tolerance: for SKUs of the category it takes the place of the supplier's, whoever supplies
 * them (the more specific rule wins). Same rule as a supplier's: the larger of a percent of the order (rounded down)
 * and a number of units more.
 */
@Entity
@Table(name = "category_tolerance")
@NamedQuery(name = CategoryTolerance.ALL, query = "SELECT t FROM CategoryTolerance t ORDER BY t.category")
public class CategoryTolerance {

    public static final String ALL = "CategoryTolerance.all";

    @Id
    @Column(length = 100)
    private String category;

    @Column(name = "over_percent", nullable = false, precision = 7, scale = 2)
    private BigDecimal overPercent;

    @Column(name = "over_units", nullable = false)
    private int overUnits;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by", nullable = false, length = 100)
    private String updatedBy;

    protected CategoryTolerance() {
    }

    public CategoryTolerance(String category) {
        this.category = category;
    }

    public void set(BigDecimal percent, int units, Instant now, String by) {
        this.overPercent = percent;
        this.overUnits = units;
        this.updatedAt = now;
        this.updatedBy = by;
    }

    /** The most units a line of {@code ordered} of the category may bring in all without someone allowed to exceed. */
    public long mostAccepted(long ordered) {
        return Supplier.mostAccepted(overPercent, overUnits, ordered);
    }

    public String getCategory() {
        return category;
    }

    public BigDecimal getOverPercent() {
        return overPercent;
    }

    public int getOverUnits() {
        return overUnits;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public String getUpdatedBy() {
        return updatedBy;
    }
}
