package org.omnistock.sale.entity;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One component and rate of a receipt's tax: base and tax, sold less brought back. */
@Embeddable
public class SaleTax {

    @Column(nullable = false, length = 40)
    private String name;

    @Column(nullable = false, precision = 9, scale = 5)
    private BigDecimal percent;

    @Column(nullable = false, precision = 19, scale = 4)
    private BigDecimal base;

    @Column(nullable = false, precision = 19, scale = 4)
    private BigDecimal tax;

    protected SaleTax() {
    }

    public SaleTax(String name, BigDecimal percent, BigDecimal base, BigDecimal tax) {
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
