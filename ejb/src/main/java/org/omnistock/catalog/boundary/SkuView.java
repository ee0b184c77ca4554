package org.omnistock.catalog.boundary;

import java.math.BigDecimal;
import java.time.Instant;

import org.omnistock.catalog.entity.Sku;

/** A SKU as clients see it; {@code unitCost} absent while unknown. */
public record SkuView(String code, String name, String category, BigDecimal unitCost, Instant createdAt) {

    public static final String CODE_PATTERN = "[A-Z0-9][A-Z0-9._-]*";

    static SkuView of(Sku sku) {
        return new SkuView(sku.getCode(), sku.getName(), sku.getCategory(), sku.getUnitCost(),
                sku.getCreatedAt());
    }
}
