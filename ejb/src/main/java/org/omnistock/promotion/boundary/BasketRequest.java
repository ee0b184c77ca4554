package org.omnistock.promotion.boundary;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.omnistock.messages.Limits;

/**
 * A basket to price: its lines, where and for whom, and the coupon codes presented.
 *
 * @param channel    a channel code, or null (in store)
 * @param location   the store or the location whose price zone applies; null for none
 * @param customerId counts per-customer limits, as the channel's own system names the customer; null for an
 *                   anonymous customer
 * @param at         null for now; a later instant previews
 * @param shipping   the shipping charge before promotions; null for none
 * @param points     loyalty points the customer spends on the goods (the profile must be known); null for none. A
 *                   quote spends at most the balance; recording it refuses if the balance no longer holds them
 */
public record BasketRequest(@NotBlank @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code") String currency,
                            @Size(max = 32) String channel,
                            @Size(max = 32) String location,
                            @Size(max = 64) String customerId,
                            @Size(max = 32) String customerGroup,
                            Instant at,
                            @NotEmpty @Size(max = Limits.MAX_LINES) List<@NotNull @Valid BasketItem> lines,
                            @DecimalMin("0") @Digits(integer = Limits.MONEY_INTEGER_DIGITS,
                                    fraction = Limits.MONEY_FRACTION_DIGITS) BigDecimal shipping,
                            @Size(max = 10) List<@NotBlank @Size(max = 64) String> codes,
                            @Min(0) @Max(MAX_POINTS) Long points) {

    /** The most points one basket may spend. */
    public static final long MAX_POINTS = 1_000_000_000L;

    public BasketRequest {
        codes = codes == null ? List.of() : List.copyOf(codes);
    }
}
