package org.omnistock.purchasing.entity;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/**
 * A supplier: what it is paid in, how long it takes to deliver, when it is paid, and how much more than ordered a
 * delivery of it may bring before receiving it needs someone allowed to exceed that.
 */
@Entity
@Table(name = "supplier")
@NamedQuery(name = Supplier.BY_CODE, query = "SELECT s FROM Supplier s WHERE s.code = :code")
@NamedQuery(name = Supplier.ALL, query = "SELECT s FROM Supplier s ORDER BY s.code")
public class Supplier {

    public static final String BY_CODE = "Supplier.byCode";
    public static final String ALL = "Supplier.all";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 32)
    private String code;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(nullable = false, length = 3)
    private String currency;

    @Column(name = "lead_time_days", nullable = false)
    private int leadTimeDays;

    @Column(name = "payment_terms_days", nullable = false)
    private int paymentTermsDays;

    @Column(name = "over_percent", nullable = false, precision = 7, scale = 2)
    private BigDecimal overPercent;

    @Column(name = "over_units", nullable = false)
    private int overUnits;

    @Column(name = "price_tolerance_percent", nullable = false, precision = 7, scale = 2)
    private BigDecimal priceTolerancePercent = BigDecimal.ZERO;

    @Column(nullable = false)
    private boolean active;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected Supplier() {
    }

    public Supplier(String code, String name, String currency, int leadTimeDays, int paymentTermsDays,
                    BigDecimal overPercent, int overUnits, Instant createdAt) {
        this.code = code;
        this.name = name;
        this.currency = currency;
        this.leadTimeDays = leadTimeDays;
        this.paymentTermsDays = paymentTermsDays;
        this.overPercent = overPercent;
        this.overUnits = overUnits;
        this.active = true;
        this.createdAt = createdAt;
    }

    /**
     * The most units a line of {@code ordered} may bring in all without someone allowed to exceed it: the order,
     * plus the larger of the supplier's percent (rounded down) and its units.
     */
    public long mostAccepted(long ordered) {
        return mostAccepted(overPercent, overUnits, ordered);
    }

    /** The tolerance rule, a supplier's or a category's: the order plus the larger of the percent and the units. */
    static long mostAccepted(BigDecimal overPercent, int overUnits, long ordered) {
        long byPercent = overPercent.multiply(BigDecimal.valueOf(ordered)).divide(BigDecimal.valueOf(100), 0,
                RoundingMode.DOWN).longValueExact();
        return ordered + Math.max(byPercent, overUnits);
    }

    /** How far an invoice's unit price may be from the order's (percent of the order's price) and still match. */
    public void priceTolerance(BigDecimal percent) {
        this.priceTolerancePercent = percent;
    }

    public boolean withinPriceTolerance(BigDecimal ordered, BigDecimal invoiced) {
        return invoiced.subtract(ordered).abs().multiply(BigDecimal.valueOf(100))
                .compareTo(priceTolerancePercent.multiply(ordered)) <= 0;
    }

    public BigDecimal getPriceTolerancePercent() {
        return priceTolerancePercent;
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public String getCurrency() {
        return currency;
    }

    public int getLeadTimeDays() {
        return leadTimeDays;
    }

    public int getPaymentTermsDays() {
        return paymentTermsDays;
    }

    public BigDecimal getOverPercent() {
        return overPercent;
    }

    public int getOverUnits() {
        return overUnits;
    }

    public boolean isActive() {
        return active;
    }
}
