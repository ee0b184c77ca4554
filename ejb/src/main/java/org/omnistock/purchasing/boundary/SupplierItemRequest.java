package org.omnistock.purchasing.boundary;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * What a supplier supplies of a SKU.
 *
 * @param unitPrice       in the supplier's currency, at most four decimals (a unit cost)
 * @param packSize        orders are rounded up to whole packs; 1 if left out
 * @param minimumQuantity the least it sells at once; 1 if left out
 */
public record SupplierItemRequest(@NotBlank @Size(max = 64) String sku, @Size(max = 64) String supplierCode,
                                  @NotNull @DecimalMin("0") @Digits(integer = 12, fraction = 4) BigDecimal unitPrice,
                                  @Min(1) @Max(100_000) Integer packSize,
                                  @Min(1) @Max(1_000_000) Integer minimumQuantity) {
}
