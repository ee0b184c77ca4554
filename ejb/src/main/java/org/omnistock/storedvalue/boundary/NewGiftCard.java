package org.omnistock.storedvalue.boundary;

import java.math.BigDecimal;
import java.time.LocalDate;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.omnistock.messages.Limits;

/**
 * A gift card sold: its value, how the buyer paid for it, where (a store, whose till day counts the payment; none
 * for one sold online), and the seller's reference for the sale, once per card: sent again it issues nothing.
 *
 * @param paidWith         CASH (at a store) or CARD
 * @param paymentReference a card payment's reference from the terminal or the payment provider
 * @param expiresOn        the last day it may be used; none: it does not expire
 */
public record NewGiftCard(@NotNull @DecimalMin("0.01") @Digits(integer = Limits.MONEY_INTEGER_DIGITS, fraction = 2)
                          BigDecimal amount, @Size(max = 32) String location,
                          @NotBlank @Size(max = 100) String reference,
                          @NotNull @Pattern(regexp = "CASH|CARD") String paidWith,
                          @Size(max = 64) String paymentReference, LocalDate expiresOn) {
}
