package org.omnistock.tax.entity;

import java.math.BigDecimal;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import org.omnistock.messages.tax.TaxClass;
import org.omnistock.messages.tax.TaxRate;

/** A rate as the server keeps it: never changed but for its end, so what was taxed at it stays explained. */
@Entity
@Table(name = "tax_rate")
@NamedQuery(name = TaxRateRecord.ALL, query = "SELECT r FROM TaxRateRecord r ORDER BY r.country, r.region, "
        + "r.taxClass, r.hsnPrefix, r.validFrom, r.id")
public class TaxRateRecord {

    public static final String ALL = "TaxRateRecord.all";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 2)
    private String country;

    @Column(length = 6)
    private String region;

    @Enumerated(EnumType.STRING)
    @Column(name = "tax_class", nullable = false, length = 16)
    private TaxClass taxClass;

    @Column(name = "hsn_prefix", length = 8)
    private String hsnPrefix;

    @Column(nullable = false, precision = 7, scale = 4)
    private BigDecimal percent;

    @Column(nullable = false, length = 40)
    private String name;

    @Column(name = "valid_from", nullable = false)
    private Instant validFrom;

    @Column(name = "valid_to")
    private Instant validTo;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, length = 100)
    private String createdBy;

    protected TaxRateRecord() {
    }

    public TaxRateRecord(TaxRate rate, Instant now, String by) {
        this.country = rate.country();
        this.region = rate.region();
        this.taxClass = rate.taxClass();
        this.hsnPrefix = rate.hsnPrefix();
        this.percent = rate.percent();
        this.name = rate.name();
        this.validFrom = rate.validFrom();
        this.validTo = rate.validTo();
        this.createdAt = now;
        this.createdBy = by;
    }

    public TaxRate rate() {
        return new TaxRate(country, region, taxClass, hsnPrefix, TaxRate.plain(percent), name, validFrom, validTo);
    }

    /** Ends it: from {@code at} on, the rate that follows it counts. */
    public void endAt(Instant at) {
        this.validTo = at;
    }

    public Long getId() {
        return id;
    }

    public Instant getValidFrom() {
        return validFrom;
    }

    public Instant getValidTo() {
        return validTo;
    }
}
