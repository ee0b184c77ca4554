package org.omnistock.sale.entity;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

import org.omnistock.catalog.entity.Sku;
import org.omnistock.stock.entity.StockState;

/** One line of a POS receipt. */
@Entity
@Table(name = "sale_line")
public class SaleLine {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "sale_id")
    private Sale sale;

    @Column(name = "line_no", nullable = false)
    private int lineNo;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "sku_id")
    private Sku sku;

    @Column(nullable = false)
    private int quantity;

    @Column(name = "unit_price", nullable = false, precision = 19, scale = 4)
    private BigDecimal unitPrice;

    /** Null on a sold line; on a returned one, the state its units went back into. */
    @Enumerated(EnumType.STRING)
    @Column(name = "return_condition", length = 16)
    private StockState returnCondition;

    protected SaleLine() {
    }

    SaleLine(Sale sale, int lineNo, Sku sku, int quantity, BigDecimal unitPrice, StockState returnCondition) {
        this.sale = sale;
        this.lineNo = lineNo;
        this.sku = sku;
        this.quantity = quantity;
        this.unitPrice = unitPrice;
        this.returnCondition = returnCondition;
    }

    public int getLineNo() {
        return lineNo;
    }

    public Sku getSku() {
        return sku;
    }

    public int getQuantity() {
        return quantity;
    }

    public BigDecimal getUnitPrice() {
        return unitPrice;
    }

    public StockState getReturnCondition() {
        return returnCondition;
    }
}
