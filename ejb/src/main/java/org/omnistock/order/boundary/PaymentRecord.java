package org.omnistock.order.boundary;

import java.math.BigDecimal;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.omnistock.messages.Limits;
import org.omnistock.order.entity.PaymentKind;

/**
 * How an order was paid: what the channel's payment provider did ({@code tender} {@code CARD}, the default:
 * authorised, captured or refunded an amount), or a gift card ({@code GIFT_CARD}, {@code card} the code the
 * customer typed) or the order's customer's store credit ({@code STORE_CREDIT}) the platform redeems itself, only
 * ever {@code CAPTURED}.
 */
public record PaymentRecord(@NotNull PaymentKind kind,
                            @NotNull @DecimalMin("0.01") @Digits(integer = Limits.MONEY_INTEGER_DIGITS,
                                    fraction = Limits.MONEY_FRACTION_DIGITS) BigDecimal amount,
                            @NotBlank @Size(max = 100) String reference,
                            @Pattern(regexp = "CARD|GIFT_CARD|STORE_CREDIT",
                                    message = "must be CARD, GIFT_CARD or STORE_CREDIT") String tender,
                            @Size(max = 40) String card) {

    /** A payment the channel's provider made, as every payment was before orders named their tenders. */
    public static PaymentRecord byProvider(PaymentKind kind, BigDecimal amount, String reference) {
        return new PaymentRecord(kind, amount, reference, null, null);
    }
}
