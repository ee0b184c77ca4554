package org.omnistock.promotion.boundary;

import java.math.BigDecimal;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.omnistock.messages.Limits;

/**
 * An order or sale being recorded: its basket is priced again, now, and the promotions it gets are counted.
 *
 * @param reference     the order or receipt id; a repeat with the same reference returns the first redemption
 * @param expectedTotal what the customer was shown; if the basket now costs something else (a budget ran out, a
 *                      price changed) nothing is counted and the answer is 409
 */
public record RedemptionRequest(@NotBlank @Size(max = 100) String reference,
                                @NotNull @Valid BasketRequest basket,
                                @NotNull @Digits(integer = Limits.MONEY_INTEGER_DIGITS,
                                        fraction = Limits.MONEY_FRACTION_DIGITS) BigDecimal expectedTotal) {
}
