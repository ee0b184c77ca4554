package org.omnistock.catalog.boundary;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import org.omnistock.messages.tax.TaxClass;

/** How a SKU is taxed: its class and, where rates go by it, its commodity (HSN) code. */
public record SkuTax(@NotNull TaxClass taxClass,
                     @Pattern(regexp = "[0-9]{4,8}", message = "must be 4 to 8 digits") String hsnCode) {
}
