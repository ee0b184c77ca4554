package org.omnistock.purchasing.boundary;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.omnistock.purchasing.entity.SupplierInvoice;

/**
 * A bill of costs landed on a purchase order's goods (freight, duty, insurance), from its supplier or another one.
 *
 * @param supplier    who bills it (a carrier is a supplier too); the order's supplier if left out
 * @param number      the biller's own document number (once per supplier)
 * @param billDate    the date on the bill; it may be in the past, the books take it now (docs/erp.md)
 * @param amount      what it comes to, at the currency's digits
 * @param spreadBy    how it is shared over the lines received: by their value (the default) or their units
 * @param description what it is for, as the bill says
 */
public record NewLandedCost(@Size(max = 32) String supplier,
                            @NotBlank @Size(max = 64) String number,
                            @NotNull LocalDate billDate,
                            @NotNull @DecimalMin("0.01") @Digits(integer = 15, fraction = 4) BigDecimal amount,
                            SupplierInvoice.SpreadBy spreadBy,
                            @Size(max = 200) String description) {
}
