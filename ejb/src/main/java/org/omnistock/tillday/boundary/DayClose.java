package org.omnistock.tillday.boundary;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.omnistock.messages.Limits;

/** The cash counted at the close, and why it differs from what was expected when it does. */
public record DayClose(@NotNull @DecimalMin("0") @Digits(integer = Limits.MONEY_INTEGER_DIGITS,
        fraction = 2) BigDecimal countedCash, @Size(max = 200) String reason) {
}
