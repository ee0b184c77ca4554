package org.omnistock.purchasing.boundary;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

import org.omnistock.messages.Limits;

/** A draft purchase order: a supplier and lines of SKUs for locations. */
public record NewPurchaseOrder(@NotBlank @Size(max = 32) String supplier,
                               @NotEmpty @Size(max = 500) List<@NotNull @Valid Line> lines) {

    /**
     * One SKU for one location.
     *
     * @param quantity   rounded up to the supplier's pack and minimum
     * @param unitPrice  the supplier's price for the SKU if left out (a SKU it has no price for needs one)
     * @param expectedAt today plus the supplier's lead time if left out
     */
    public record Line(@NotBlank @Size(max = 64) String sku, @NotBlank @Size(max = 32) String locationId,
                       @NotNull @Positive @Max(Limits.MAX_QUANTITY) Long quantity,
                       @DecimalMin("0") @Digits(integer = 12, fraction = 4) BigDecimal unitPrice,
                       Instant expectedAt) implements Serializable {
    }
}
