package org.omnistock.order.boundary;

import java.math.BigDecimal;
import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.omnistock.fulfilment.routing.DeliveryMode;
import org.omnistock.messages.Limits;
import org.omnistock.promotion.boundary.BasketRequest;

/**
 * An order as a channel places it.
 *
 * @param externalId        the channel's own id of the order: the same id again is the same order
 * @param channel           the channel it was sold through; a client bound to a channel may leave it out
 * @param customerId        the channel's customer id, for per-customer promotion limits and the customer's trail
 * @param sellingLocationId the store that sold it (an endless-aisle order), whose price zone prices it
 * @param codes             coupon codes the customer entered
 * @param shipping          the shipping charge before promotions
 * @param expectedTotal     what the customer was shown: if the order now costs something else, it is refused (409)
 * @param deliveryGroups    how the lines reach the customer: shipped to an address, or collected at a store
 * @param authorisation     what the channel's payment provider authorised
 * @param points            loyalty points the customer spends on the goods (the customer must be a known profile);
 *                          {@code expectedTotal} is after them
 * @param shortage          what becomes of units no location of the channel can give now (none, or more than the
 *                          channel may sell): they {@code WAIT} for stock (when absent), are {@code CANCEL}led at
 *                          once while the rest is placed, or the order is refused ({@code REFUSE})
 */
public record NewOrder(
        @NotBlank @Size(max = 64) @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._:/-]*",
                message = "must be letters, digits and . _ : / -") String externalId,
        @Size(max = 32) String channel,
        @NotBlank @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code") String currency,
        @Size(max = 64) String customerId,
        @Size(max = 32) String sellingLocationId,
        @Size(max = 10) List<@NotBlank @Size(max = 64) String> codes,
        @DecimalMin("0") @Digits(integer = Limits.MONEY_INTEGER_DIGITS, fraction = Limits.MONEY_FRACTION_DIGITS)
        BigDecimal shipping,
        @NotNull @DecimalMin("0") @Digits(integer = Limits.MONEY_INTEGER_DIGITS,
                fraction = Limits.MONEY_FRACTION_DIGITS) BigDecimal expectedTotal,
        @NotEmpty @Size(max = MAX_LINES) List<@NotNull @Valid Line> lines,
        @NotEmpty @Size(max = 10) List<@NotNull @Valid Delivery> deliveryGroups,
        @Valid Authorisation authorisation,
        @Min(0) @Max(BasketRequest.MAX_POINTS) Long points,
        Shortage shortage) {

    /** An order has at most this many lines: a basket, not a bulk import. */
    public static final int MAX_LINES = 100;

    /** What becomes of units that cannot be allocated when the order is placed. */
    public enum Shortage {
        WAIT, CANCEL, REFUSE
    }

    /** How the order asks its short units to be treated: {@link Shortage#WAIT} when it does not say. */
    public Shortage shortageOrWait() {
        return shortage == null ? Shortage.WAIT : shortage;
    }

    public NewOrder {
        codes = codes == null ? List.of() : List.copyOf(codes);
    }

    /**
     * @param deliveryGroup the id of the group it goes with; may be left out when there is one group
     */
    public record Line(@NotBlank @Size(max = Limits.MAX_SKU_CODE) String sku,
                       @NotNull @Min(1) @Max(10_000) Integer quantity,
                       @Size(max = 32) String deliveryGroup) {
    }

    /**
     * @param address          for {@code SHIP}: where to
     * @param pickupLocationId for {@code PICKUP}: the store the customer collects at
     * @param recipient        for {@code PICKUP}: who collects
     */
    public record Delivery(@NotBlank @Size(max = 32) @Pattern(regexp = "[A-Za-z0-9._-]+",
                                   message = "must be letters, digits and . _ -") String id,
                           @NotNull DeliveryMode mode,
                           @Valid Address address,
                           @Size(max = 32) String pickupLocationId,
                           @Size(max = 200) String recipient) {
    }

    /**
     * A postal address, with the coordinates routing measures distances from (the shop geocodes it), and its
     * region (ISO 3166-2, GST's state: where a taxed order is supplied) when the shop knows it.
     */
    public record Address(@Size(max = 200) String recipient,
                          @NotBlank @Size(max = 200) String line1,
                          @Size(max = 200) String line2,
                          @NotBlank @Size(max = 20) String postalCode,
                          @NotBlank @Size(max = 100) String city,
                          @NotBlank @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166 code") String country,
                          @NotNull @DecimalMin("-90") @DecimalMax("90") @Digits(integer = 2, fraction = 6)
                          BigDecimal latitude,
                          @NotNull @DecimalMin("-180") @DecimalMax("180") @Digits(integer = 3, fraction = 6)
                          BigDecimal longitude,
                          @Pattern(regexp = "[A-Z]{2}-[A-Z0-9]{1,3}", message = "must be an ISO 3166-2 code such "
                                  + "as IN-KA") String region) {
    }

    public record Authorisation(@NotNull @DecimalMin("0.01") @Digits(integer = Limits.MONEY_INTEGER_DIGITS,
                                        fraction = Limits.MONEY_FRACTION_DIGITS) BigDecimal amount,
                                @NotBlank @Size(max = 100) String reference) {
    }
}
