package org.omnistock.catalog.entity;

import java.time.Instant;

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

/** One barcode of a SKU (a GTIN in stored form, {@link org.omnistock.messages.catalog.Gtin}); a code has one SKU. */
@Entity
@Table(name = "sku_barcode")
@NamedQuery(name = SkuBarcode.FIND_BY_CODE, query = "SELECT b FROM SkuBarcode b JOIN FETCH b.sku "
        + "WHERE b.code = :code")
@NamedQuery(name = SkuBarcode.FIND_BY_CODES, query = "SELECT b FROM SkuBarcode b JOIN FETCH b.sku "
        + "WHERE b.code IN :codes")
@NamedQuery(name = SkuBarcode.OF_SKUS, query = "SELECT b FROM SkuBarcode b WHERE b.sku IN :skus ORDER BY b.code")
public class SkuBarcode {

    public static final String FIND_BY_CODE = "SkuBarcode.findByCode";
    public static final String FIND_BY_CODES = "SkuBarcode.findByCodes";
    public static final String OF_SKUS = "SkuBarcode.ofSkus";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false, fetch = FetchType.LAZY)
    @JoinColumn(name = "sku_id")
    private Sku sku;

    @Column(nullable = false, unique = true, length = 14)
    private String code;

    @Column(name = "added_at", nullable = false)
    private Instant addedAt;

    protected SkuBarcode() {
    }

    public SkuBarcode(Sku sku, String code, Instant addedAt) {
        this.sku = sku;
        this.code = code;
        this.addedAt = addedAt;
    }

    public Sku getSku() {
        return sku;
    }

    public String getCode() {
        return code;
    }
}
