package org.omnistock.tax.entity;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * One component and rate of a document's tax (a till receipt's, sold less brought back; an order's): base and tax,
 * kept with the document by its capability.
 */
@Embeddable
public class TaxSummaryLine {

    @Column(nullable = false, length = 40)
    private String name;

    @Column(nullable = false, precision = 9, scale = 5)
    private BigDecimal percent;

    @Column(nullable = false, precision = 19, scale = 4)
    private BigDecimal base;

    @Column(nullable = false, precision = 19, scale = 4)
    private BigDecimal tax;

    protected TaxSummaryLine() {
    }

    public TaxSummaryLine(String name, BigDecimal percent, BigDecimal base, BigDecimal tax) {
        this.name = name;
        this.percent = percent;
        this.base = base;
        this.tax = tax;
    }

    public String getName() {
        return name;
    }

    public BigDecimal getPercent() {
        return percent;
    }

    public BigDecimal getBase() {
        return base;
    }

    public BigDecimal getTax() {
        return tax;
    }
}
