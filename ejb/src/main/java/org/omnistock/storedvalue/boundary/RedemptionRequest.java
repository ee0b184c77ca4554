package org.omnistock.storedvalue.boundary;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.omnistock.messages.Limits;

/**
 * Pay part of a sale with a gift card (its code) or a customer's store credit (the customer's number), at a
 * location (none for a channel selling online), under the sale's reference ({@code <store>/<receipt>} for a till,
 * the order's id for an order): once per card and reference, so a request sent again redeems nothing more.
 */
public record RedemptionRequest(@Size(max = 40) String code, @Size(max = 32) String customerNumber,
                                @NotNull @DecimalMin("0.01") @Digits(integer = Limits.MONEY_INTEGER_DIGITS,
                                        fraction = 2) BigDecimal amount,
                                @NotBlank @Size(max = 120) String reference, @Size(max = 32) String location) {
}
