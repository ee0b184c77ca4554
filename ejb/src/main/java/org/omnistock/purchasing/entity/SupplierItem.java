package org.omnistock.purchasing.entity;

import java.math.BigDecimal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

import org.omnistock.catalog.entity.Sku;

/** What a supplier supplies of one SKU: its code for it, its price, its pack and the least it sells. */
@Entity
@Table(name = "supplier_item")
@NamedQuery(name = SupplierItem.OF_SUPPLIER, query = "SELECT i FROM SupplierItem i JOIN FETCH i.sku "
        + "WHERE i.supplier = :supplier ORDER BY i.sku.code")
@NamedQuery(name = SupplierItem.FIND, query = "SELECT i FROM SupplierItem i WHERE i.supplier = :supplier "
        + "AND i.sku = :sku")
public class SupplierItem {

    public static final String OF_SUPPLIER = "SupplierItem.ofSupplier";
    public static final String FIND = "SupplierItem.find";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "supplier_id")
    private Supplier supplier;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "sku_id")
    private Sku sku;

    @Column(name = "supplier_code", length = 64)
    private String supplierCode;

    @Column(name = "unit_price", nullable = false, precision = 19, scale = 4)
    private BigDecimal unitPrice;

    @Column(name = "pack_size", nullable = false)
    private int packSize;

    @Column(name = "minimum_quantity", nullable = false)
    private int minimumQuantity;

    protected SupplierItem() {
    }

    public SupplierItem(Supplier supplier, Sku sku) {
        this.supplier = supplier;
        this.sku = sku;
    }

    public void set(String supplierCode, BigDecimal unitPrice, int packSize, int minimumQuantity) {
        this.supplierCode = supplierCode;
        this.unitPrice = unitPrice;
        this.packSize = packSize;
        this.minimumQuantity = minimumQuantity;
    }

    /** What an order of {@code wanted} units becomes: at least the minimum, rounded up to whole packs. */
    public long orderable(long wanted) {
        long atLeast = Math.max(wanted, minimumQuantity);
        return (atLeast + packSize - 1) / packSize * packSize;
    }

    public Supplier getSupplier() {
        return supplier;
    }

    public Sku getSku() {
        return sku;
    }

    public String getSupplierCode() {
        return supplierCode;
    }

    public BigDecimal getUnitPrice() {
        return unitPrice;
    }

    public int getPackSize() {
        return packSize;
    }

    public int getMinimumQuantity() {
        return minimumQuantity;
    }
}
