package org.omnistock.purchasing.boundary;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.omnistock.messages.Limits;

/**
 * A supplier's invoice for goods of a purchase order, as the supplier wrote it.
 *
 * @param number      the supplier's own invoice number (once per supplier)
 * @param invoiceDate the date on the invoice; it may be in the past, the books take it now (docs/erp.md)
 * @param total       what the invoice says it comes to; if given, the lines must come to it exactly
 */
public record NewSupplierInvoice(@NotBlank @Size(max = 64) String number,
                                 @NotNull LocalDate invoiceDate,
                                 @Digits(integer = 15, fraction = 4) BigDecimal total,
                                 @NotEmpty @Size(max = 500) List<@NotNull @Valid Line> lines) {

    /**
     * One line of the order, invoiced.
     *
     * @param quantity  units billed: at most those received and not invoiced yet
     * @param unitPrice the supplier's price per unit (4 decimals at most)
     */
    public record Line(@Min(1) int lineNo, @Min(1) @Max(Limits.MAX_QUANTITY) long quantity,
                       @NotNull @DecimalMin("0") @Digits(integer = 15, fraction = 4) BigDecimal unitPrice) {
    }
}
