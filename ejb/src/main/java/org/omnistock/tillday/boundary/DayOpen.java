package org.omnistock.tillday.boundary;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;

import org.omnistock.messages.Limits;

/** The cash the tills start the day with. */
public record DayOpen(@NotNull @DecimalMin("0") @Digits(integer = Limits.MONEY_INTEGER_DIGITS,
        fraction = 2) BigDecimal openingFloat) {
}
