package org.omnistock.catalog.entity;

import java.math.BigDecimal;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import org.omnistock.messages.tax.SkuTax;
import org.omnistock.messages.tax.TaxClass;

@Entity
@Table(name = "sku")
@NamedQuery(name = Sku.FIND_BY_CODE, query = "SELECT s FROM Sku s WHERE s.code = :code")
@NamedQuery(name = Sku.CATEGORIES, query = "SELECT DISTINCT s.category FROM Sku s WHERE s.category IS NOT NULL "
        + "ORDER BY s.category")
@NamedQuery(name = Sku.FIND_BY_CODES, query = "SELECT s FROM Sku s WHERE s.code IN :codes")
@NamedQuery(name = Sku.FIND_MATCHING, query = "SELECT s FROM Sku s WHERE UPPER(s.code) LIKE :pattern "
        + "OR UPPER(s.name) LIKE :pattern ORDER BY s.code")
@NamedQuery(name = Sku.COUNT_MATCHING, query = "SELECT COUNT(s) FROM Sku s WHERE UPPER(s.code) LIKE :pattern "
        + "OR UPPER(s.name) LIKE :pattern")
public class Sku {

    public static final String FIND_BY_CODE = "Sku.findByCode";
    public static final String FIND_BY_CODES = "Sku.findByCodes";
    public static final String CATEGORIES = "Sku.categories";
    public static final String FIND_MATCHING = "Sku.findMatching";
    public static final String COUNT_MATCHING = "Sku.countMatching";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, length = 64)
    private String code;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(length = 100)
    private String category;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** What a unit costs the retailer; null while unknown (margin then leaves the SKU out). */
    @Column(name = "unit_cost", precision = 19, scale = 4)
    private BigDecimal unitCost;

    /** How it is taxed wherever it is sold (docs/sale-to-cash.md). */
    @Enumerated(EnumType.STRING)
    @Column(name = "tax_class", nullable = false, length = 16)
    private TaxClass taxClass = TaxClass.STANDARD;

    /** Its commodity (HSN) code, where rates go by it; null if none is needed. */
    @Column(name = "hsn_code", length = 8)
    private String hsnCode;

    /** Grows by one with each change stores are told of (name, category, barcodes): they keep the newest. */
    @Column(nullable = false)
    private long sequence;

    protected Sku() {
    }

    public Sku(String code, String name, String category, Instant createdAt) {
        this.code = code;
        this.name = name;
        this.category = category;
        this.createdAt = createdAt;
    }

    public BigDecimal getUnitCost() {
        return unitCost;
    }

    public void setUnitCost(BigDecimal unitCost) {
        this.unitCost = unitCost;
    }

    public TaxClass getTaxClass() {
        return taxClass;
    }

    public String getHsnCode() {
        return hsnCode;
    }

    /** How it is taxed, as the tax engine reads it. */
    public SkuTax tax() {
        return new SkuTax(taxClass, hsnCode);
    }

    public void setTax(TaxClass taxClass, String hsnCode) {
        this.taxClass = taxClass;
        this.hsnCode = hsnCode;
    }

    public void rename(String name, String category) {
        this.name = name;
        this.category = category;
    }

    /** The sequence of the next change stores are told of. */
    public long nextSequence() {
        return ++sequence;
    }

    public long getSequence() {
        return sequence;
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

    public String getCategory() {
        return category;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
