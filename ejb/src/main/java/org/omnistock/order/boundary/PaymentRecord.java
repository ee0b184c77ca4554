package org.omnistock.order.boundary;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.omnistock.messages.Limits;
import org.omnistock.order.entity.PaymentKind;

/** What the channel's payment provider did for an order: authorised, captured or refunded an amount. */
public record PaymentRecord(@NotNull PaymentKind kind,
                            @NotNull @DecimalMin("0.01") @Digits(integer = Limits.MONEY_INTEGER_DIGITS,
                                    fraction = Limits.MONEY_FRACTION_DIGITS) BigDecimal amount,
                            @NotBlank @Size(max = 100) String reference) {
}
