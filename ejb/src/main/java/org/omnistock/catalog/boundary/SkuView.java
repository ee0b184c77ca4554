package org.omnistock.catalog.boundary;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.omnistock.catalog.entity.Sku;
import org.omnistock.messages.tax.TaxClass;

/**
 * A SKU as clients see it; {@code unitCost} absent while unknown; {@code barcodes} its GTINs in stored form
 * ({@link org.omnistock.messages.catalog.Gtin}), in order; {@code sequence} the count of changes stores were told
 * of (a store's item master keeps the newer of this and an event); {@code taxClass} and {@code hsnCode} how it is
 * taxed.
 */
public record SkuView(String code, String name, String category, BigDecimal unitCost, List<String> barcodes,
                      long sequence, Instant createdAt, TaxClass taxClass, String hsnCode) implements Serializable {

    public static final String CODE_PATTERN = "[A-Z0-9][A-Z0-9._-]*";

    public SkuView {
        barcodes = barcodes == null ? List.of() : List.copyOf(barcodes);
    }

    static SkuView of(Sku sku, List<String> barcodes) {
        return new SkuView(sku.getCode(), sku.getName(), sku.getCategory(), sku.getUnitCost(), barcodes,
                sku.getSequence(), sku.getCreatedAt(), sku.getTaxClass(), sku.getHsnCode());
    }
}
