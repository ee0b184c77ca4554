package org.omnistock.analytics.entity;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/** One line of goods that left or came back to a location; see the package documentation. */
@Entity
@Table(name = "sales_fact")
@NamedQuery(name = SalesFact.UNFOLDED, query = "SELECT f FROM SalesFact f WHERE f.folded = false ORDER BY f.id")
@NamedQuery(name = SalesFact.COUNT_FROM, query = "SELECT COUNT(f) FROM SalesFact f WHERE f.source LIKE :prefix")
public class SalesFact {

    public static final String UNFOLDED = "SalesFact.unfolded";
    public static final String COUNT_FROM = "SalesFact.countFrom";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 160)
    private String source;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(name = "sales_day", nullable = false)
    private LocalDate salesDay;

    @Column(nullable = false, length = 32)
    private String channel;

    @Column(name = "location_id", nullable = false)
    private long locationId;

    @Column(name = "sku_id", nullable = false)
    private long skuId;

    /** The SKU's category when it was sold, so that a later change of category does not rewrite the past. */
    @Column(length = 100)
    private String category;

    @Column(nullable = false)
    private int units;

    @Column(nullable = false, precision = 19, scale = 4)
    private BigDecimal revenue;

    @Column(precision = 19, scale = 4)
    private BigDecimal cost;

    @Column(nullable = false)
    private boolean folded;

    protected SalesFact() {
    }

    public SalesFact(String source, Instant occurredAt, LocalDate salesDay, String channel, long locationId,
                     long skuId, String category, int units, BigDecimal revenue, BigDecimal cost) {
        this.source = source;
        this.occurredAt = occurredAt;
        this.salesDay = salesDay;
        this.channel = channel;
        this.locationId = locationId;
        this.skuId = skuId;
        this.category = category;
        this.units = units;
        this.revenue = revenue;
        this.cost = cost;
    }

    public void folded() {
        folded = true;
    }

    public String getSource() {
        return source;
    }

    public LocalDate getSalesDay() {
        return salesDay;
    }

    public String getChannel() {
        return channel;
    }

    public long getLocationId() {
        return locationId;
    }

    public long getSkuId() {
        return skuId;
    }

    public String getCategory() {
        return category;
    }

    public int getUnits() {
        return units;
    }

    public BigDecimal getRevenue() {
        return revenue;
    }

    public BigDecimal getCost() {
        return cost;
    }
}
